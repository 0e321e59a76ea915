using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using ComplianceDashboard.IntegrationTests.Infrastructure.Localization;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Account;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ComplianceDashboard.IntegrationTests.Account;

/// <summary>
/// The app with the shipped sign-in limits (10 a minute, 30 per lockout period), a password hasher that counts its
/// work, a log that the test can read, and the client address taken from a test header (the test server has none).
/// </summary>
public sealed class SignInHardeningApp : TestApp
{
    /// <summary>Its own logging: the tests read what was logged.</summary>
    protected override bool SharedTestLogging => false;

    /// <summary>Real PBKDF2: the tests time and count password checks.</summary>
    protected override bool CheapPasswordHashing => false;

    public const string AddressHeader = "X-Test-Remote-Ip";

    public CountingPasswordHasher Hasher { get; } = new();

    public ConcurrentQueue<(LogLevel Level, string Category, string Message)> Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("App:Security:SignInAttemptsPerMinute", "10");
        builder.UseSetting("App:Security:SignInAttemptsPerLockoutPeriod", "30");
        builder.ConfigureLogging(logging => logging.AddProvider(new QueueLoggerProvider(Log)));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<IPasswordHasher<AppUser>>();
            services.AddSingleton<IPasswordHasher<AppUser>>(Hasher);
            services.AddTransient<IStartupFilter, TestRemoteAddress>();
        });
    }

    /// <summary>A client (cookies kept, redirects shown) whose requests come from <paramref name="address"/>.</summary>
    public HttpClient ClientFrom(string address)
    {
        var client = CreateManualClient();
        client.DefaultRequestHeaders.Add(AddressHeader, address);
        return client;
    }

    public sealed class CountingPasswordHasher : PasswordHasher<AppUser>
    {
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public override PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    private sealed class TestRemoteAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[AddressHeader].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private sealed class QueueLoggerProvider(ConcurrentQueue<(LogLevel, string, string)> queue) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new QueueLogger(queue, categoryName);

        public void Dispose()
        {
        }

        private sealed class QueueLogger(ConcurrentQueue<(LogLevel, string, string)> queue, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    queue.Enqueue((logLevel, category, formatter(state, exception)));
                }
            }
        }
    }
}

/// <summary>Account enumeration and lockout abuse. Each test signs in from its own address.</summary>
public partial class SignInHardeningTests(SignInHardeningApp app) : IClassFixture<SignInHardeningApp>
{
    private const string WrongPassword = "Wrong-pass1";

    [Fact]
    public async Task Unknown_user_locked_user_and_wrong_password_each_cost_exactly_one_password_hash()
    {
        await app.CreateUserAsync("hash.real", Roles.Secretary, 1);
        await LockAsync(await app.CreateUserAsync("hash.locked", Roles.Secretary, 1));
        await DisableAsync(await app.CreateUserAsync("hash.disabled", Roles.Secretary, 1));
        using var client = app.ClientFrom("10.1.0.1");

        foreach (var userName in new[] { "no.such.user", "hash.real", "hash.locked", "hash.disabled" })
        {
            var login = await client.GetStringAsync("/account/login");
            var before = app.Hasher.Verifications;
            await PostAsync(client, login, userName, WrongPassword);
            Assert.True(app.Hasher.Verifications - before == 1, $"{userName}: {app.Hasher.Verifications - before} password hashes");
        }
    }

    [Fact]
    public async Task Unknown_user_wrong_password_and_locked_account_get_the_same_answer()
    {
        await app.CreateUserAsync("same.real", Roles.Secretary, 1);
        await LockAsync(await app.CreateUserAsync("same.locked", Roles.Secretary, 1));
        await DisableAsync(await app.CreateUserAsync("same.disabled", Roles.Secretary, 1));
        using var client = app.ClientFrom("10.2.0.1");

        var answers = new Dictionary<string, string>();
        foreach (var (userName, password) in new[]
        {
            ("nobody.here", WrongPassword), ("same.real", WrongPassword), ("same.locked", WrongPassword),
            ("same.locked", TestApp.DemoPassword), ("same.disabled", WrongPassword),
        })
        {
            var response = await TestApp.PostLoginAsync(client, userName, password);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("用户名或密码错误", Alert(html), StringComparison.Ordinal);
            Assert.DoesNotContain("锁定，请", html, StringComparison.Ordinal);
            Assert.DoesNotContain("已停用", html, StringComparison.Ordinal);
            Assert.DoesNotContain($"value=\"{password}\"", html, StringComparison.Ordinal); // the password is not echoed into the form
            answers[$"{userName}/{password}"] = Normalise(html, userName);
        }
        var first = answers.First();
        foreach (var (key, page) in answers.Skip(1))
        {
            var at = Enumerable.Range(0, Math.Min(page.Length, first.Value.Length)).FirstOrDefault(i => page[i] != first.Value[i], -1);
            Assert.True(page == first.Value, $"{key} differs from {first.Key} at {at}: …{Around(page, at)}… vs …{Around(first.Value, at)}…");
        }
    }

    [Fact]
    public async Task Unknown_and_real_user_names_take_about_the_same_time()
    {
        await app.CreateUserAsync("time.real", Roles.Secretary, 1);
        using var client = app.ClientFrom("10.3.0.1");
        var login = await client.GetStringAsync("/account/login");
        await PostAsync(client, login, "warm.up", WrongPassword);

        var unknown = new List<double>();
        var real = new List<double>();
        for (var i = 0; i < 4; i++) // 8 posts: within the per-minute limit of this address
        {
            unknown.Add(await TimeAsync(() => PostAsync(client, login, $"time.unknown{i}", WrongPassword)));
            real.Add(await TimeAsync(() => PostAsync(client, login, "time.real", WrongPassword)));
        }

        // Before the fix: ~270 ms against ~11 ms. A generous band, for a busy machine.
        var ratio = Median(unknown) / Median(real);
        Assert.InRange(ratio, 0.25, 4.0);
    }

    [Fact]
    public async Task The_eleventh_sign_in_from_one_address_within_a_minute_is_refused_while_another_address_signs_in()
    {
        using var attacker = app.ClientFrom("10.4.0.1");
        var login = await attacker.GetStringAsync("/account/login");
        for (var i = 1; i <= 10; i++)
        {
            var response = await PostAsync(attacker, login, "admin", WrongPassword + i);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"attempt {i}: {(int)response.StatusCode}");
        }

        var refused = await PostAsync(attacker, login, "admin", TestApp.DemoPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("登录尝试过于频繁，请1分钟后再试", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(refused.Headers.RetryAfter is not null, "Retry-After is set");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostAsync(attacker, login, "jiwei", TestApp.DemoPassword)).StatusCode);

        // Another address is not affected: the right password still signs in (even as the account under attack).
        using var colleague = app.ClientFrom("10.4.0.2");
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostLoginAsync(colleague, "jiwei", TestApp.DemoPassword)).StatusCode);

        await using var db = app.CreateDbContext();
        var audit = await db.SignInAudits.Where(a => a.RemoteIp == "10.4.0.1" && a.Detail == SignInRateLimit.AuditDetail).ToListAsync();
        var row = Assert.Single(audit); // the second refusal within the minute is logged but not audited again
        Assert.Equal("admin", row.UserName);
        Assert.False(row.Succeeded);
        Assert.Contains(app.Log, l => l.Level == LogLevel.Warning && l.Message.Contains("Sign-in rate limit", StringComparison.Ordinal)
            && l.Message.Contains("10.4.0.1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Five_failures_still_lock_the_account_from_any_address()
    {
        await app.CreateUserAsync("still.locks", Roles.Secretary, 1);
        using var client = app.ClientFrom("10.5.0.1");
        for (var i = 0; i < 5; i++)
        {
            await TestApp.PostLoginAsync(client, "still.locks", WrongPassword);
        }
        using var other = app.ClientFrom("10.5.0.2");
        var response = await TestApp.PostLoginAsync(other, "still.locks", TestApp.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // refused (locked), not signed in
        await using var db = app.CreateDbContext();
        Assert.Equal("账户已锁定", (await db.SignInAudits.Where(a => a.UserName == "still.locks").OrderBy(a => a.Id).LastAsync()).Detail);
    }

    [Fact]
    public async Task A_disabled_account_says_so_only_to_someone_who_knows_its_password()
    {
        await DisableAsync(await app.CreateUserAsync("disabled.known", Roles.Secretary, 1));
        using var client = app.ClientFrom("10.6.0.1");
        var right = await TestApp.PostLoginAsync(client, "disabled.known", TestApp.DemoPassword);
        Assert.Contains("账户已停用", Alert(await right.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var wrong = await TestApp.PostLoginAsync(client, "disabled.known", WrongPassword);
        Assert.DoesNotContain("账户已停用", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("192.0.2.7", "192.0.2.7")]
    [InlineData("::ffff:192.0.2.7", "192.0.2.7")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:ffff:eeee:dddd:9", "2001:db8:1:2::/64")]
    [InlineData(null, "unknown")]
    public void Addresses_count_per_IPv4_address_and_per_IPv6_network(string? address, string key) =>
        Assert.Equal(key, SignInRateLimit.ClientKey(address is null ? null : IPAddress.Parse(address)));

    [Fact]
    public void Every_sign_in_audit_detail_has_an_English_translation()
    {
        var english = UiStrings.EnglishEntries();
        string[] details = ["用户不存在", "密码错误", "账户已锁定", "账户已停用", "登录成功", "退出登录", SignInRateLimit.AuditDetail];
        Assert.DoesNotContain(details, d => !english.ContainsKey(d));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string loginPage, string userName, string password)
    {
        var fields = TestApp.HiddenFields(loginPage);
        fields["Input.UserName"] = userName;
        fields["Input.Password"] = password;
        return client.PostAsync("/account/login", new FormUrlEncodedContent(fields));
    }

    private async Task LockAsync(AppUser user)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var stored = (await users.FindByIdAsync(user.Id))!;
        await users.SetLockoutEndDateAsync(stored, DateTimeOffset.UtcNow.AddYears(1));
    }

    private async Task DisableAsync(AppUser user)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var stored = (await users.FindByIdAsync(user.Id))!;
        stored.IsDisabled = true;
        await users.UpdateAsync(stored);
    }

    private static async Task<double> TimeAsync(Func<Task> action)
    {
        var watch = Stopwatch.StartNew();
        await action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Around(string text, int at) => at < 0 ? "(length)" : text.Substring(Math.Max(0, at - 60), Math.Min(160, text.Length - Math.Max(0, at - 60)));

    private static string Alert(string html) => AlertPattern().Match(html) is { Success: true } m ? m.Value : "";

    /// <summary>The page without what legitimately differs: the typed user name, the antiforgery token, Blazor's encrypted state.</summary>
    private static string Normalise(string html, string userName) =>
        BlazorState().Replace(HiddenValue().Replace(html.Replace(userName, "USER", StringComparison.Ordinal), "value=\"\""), "<!--Blazor-->");

    [GeneratedRegex("role=\"alert\".*?<form", RegexOptions.Singleline)]
    private static partial Regex AlertPattern();

    [GeneratedRegex("<!--Blazor.*?-->", RegexOptions.Singleline)]
    private static partial Regex BlazorState();

    [GeneratedRegex("(?<=name=\"__RequestVerificationToken\" )value=\"[^\"]*\"")]
    private static partial Regex HiddenValue();
}
