using System.Net;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Account;

/// <summary>The app with App:Security:MaxFailedAccessAttempts = 3, to show the number comes from configuration.</summary>
public sealed class LockoutTestApp : TestApp
{
    public const int MaxFailures = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("App:Security:MaxFailedAccessAttempts", MaxFailures.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

public class LockoutTests(LockoutTestApp app) : IClassFixture<LockoutTestApp>
{
    [Fact]
    public async Task Account_locks_after_the_configured_number_of_failures_and_the_audit_shows_them()
    {
        await app.CreateUserAsync("lock.me", Roles.Secretary, 1);
        using var client = app.CreateManualClient();
        for (var i = 1; i < LockoutTestApp.MaxFailures; i++)
        {
            var failed = await TestApp.PostLoginAsync(client, "lock.me", "Wrong-pass1");
            Assert.Contains("用户名或密码错误", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        // The page does not say "locked" (that would confirm the account exists); the audit does.
        var last = await TestApp.PostLoginAsync(client, "lock.me", "Wrong-pass1");
        var lastHtml = await last.Content.ReadAsStringAsync();
        Assert.Contains("用户名或密码错误", lastHtml, StringComparison.Ordinal);
        Assert.Contains("连续输错3次后账户将锁定15分钟", lastHtml, StringComparison.Ordinal);

        // Even the right password is refused while locked.
        var right = await TestApp.PostLoginAsync(client, "lock.me", TestApp.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("用户名或密码错误", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);

        await using var db = app.CreateDbContext();
        var audit = await db.SignInAudits.Where(a => a.UserName == "lock.me").OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(LockoutTestApp.MaxFailures + 1, audit.Count);
        Assert.All(audit, a => Assert.False(a.Succeeded));
        Assert.Equal("账户已锁定", audit[^1].Detail);
    }

    [Fact]
    public async Task Successful_sign_in_is_audited()
    {
        using var client = await app.SignInWithPasswordAsync("kaoping");
        await using var db = app.CreateDbContext();
        Assert.True(await db.SignInAudits.AnyAsync(a => a.UserName == "kaoping" && a.Succeeded && a.Detail == "登录成功"));
    }

    [Fact]
    public async Task Disabled_user_cannot_sign_in()
    {
        var user = await app.CreateUserAsync("disabled.one", Roles.CustomerManager, 1);
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Web.Data.Entities.AppUser>>();
            var stored = await users.FindByIdAsync(user.Id);
            stored!.IsDisabled = true;
            await users.UpdateAsync(stored);
        }
        using var client = app.CreateManualClient();
        var response = await TestApp.PostLoginAsync(client, "disabled.one", TestApp.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("账户已停用", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = app.CreateDbContext();
        Assert.True(await db.SignInAudits.AnyAsync(a => a.UserName == "disabled.one" && !a.Succeeded && a.Detail == "账户已停用"));
    }

    [Fact]
    public async Task Disabling_a_signed_in_user_ends_their_cookie()
    {
        var user = await app.CreateUserAsync("soon.disabled", Roles.Secretary, 1);
        using var client = await app.SignInAsync("soon.disabled");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/stations")).StatusCode);
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Web.Data.Entities.AppUser>>();
            var stored = await users.FindByIdAsync(user.Id);
            stored!.IsDisabled = true;
            await users.UpdateSecurityStampAsync(stored);
        }
        // The cookie is re-validated against the security stamp every App:Security:RevalidateMinutes.
        var clock = (FixedTimeProvider)app.Services.GetRequiredService<TimeProvider>();
        clock.Now = clock.Now.AddMinutes(2);
        try
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/stations")).StatusCode);
        }
        finally
        {
            clock.Now = TestApp.FixedNow;
        }
    }
}
