using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Users;
using Hangfire;
using Hangfire.InMemory;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplianceDashboard.IntegrationTests.TestSupport;

/// <summary>
/// The real app over a fresh SQLite file in a temp folder, with the demo county (small) and a fixed clock,
/// so every run sees the same data. The county is copied from <see cref="SeededDatabase"/> (seeded once per build)
/// rather than generated again; <see cref="SignInAsync"/> issues the app's real sign-in cookie without posting the
/// login form (docs/decisions/ADR-010-test-suite-shortcuts.md).
/// </summary>
public partial class TestApp : WebApplicationFactory<Program>
{
    public const string DemoPassword = UserSeeder.DemoPassword;

    public static readonly DateTimeOffset FixedNow = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero); // 2026-11-20 10:00 in Shanghai

    private readonly string _folder;
    private readonly bool _ownsFolder;

    public TestApp() : this(null)
    {
    }

    /// <summary>An app over the files in <paramref name="folder"/> (kept on dispose), e.g. to start "the same server" twice.</summary>
    protected TestApp(string? folder)
    {
        _ownsFolder = folder is null;
        _folder = folder ?? Path.Combine(Path.GetTempPath(), "cd-tests", Guid.NewGuid().ToString("N"));
    }

    public string Folder => _folder;

    public const int DefaultDemoStations = 14;

    // The EF Core model and compiled queries of the test apps in this process, per provider (a model is provider-specific).
    private static readonly Microsoft.Extensions.Caching.Memory.MemoryCache SqliteEfCache = new(new Microsoft.Extensions.Caching.Memory.MemoryCacheOptions());
    private static readonly Microsoft.Extensions.Caching.Memory.MemoryCache PostgreSqlEfCache = new(new Microsoft.Extensions.Caching.Memory.MemoryCacheOptions());

    protected virtual int DemoStations => DefaultDemoStations;

    protected virtual bool DemoEnabled => true;

    /// <summary>False for tests of the start-up itself.</summary>
    protected virtual bool WaitForStartup => true;

    /// <summary>Hangfire on its in-memory storage (fast, nothing left behind); false: the app's own hangfire.db.</summary>
    protected virtual bool InMemoryJobs => true;

    /// <summary>
    /// Start from a copy of the seeded demo county (<see cref="SeededDatabase"/>) when the folder has no database yet;
    /// the app then finds its data and users in place, exactly as after its own first start. Only for the default county.
    /// </summary>
    protected virtual bool UseSeededTemplate => DemoEnabled && DemoStations == DefaultDemoStations;

    /// <summary>
    /// The app logs into one logger factory shared by every test host in the process (warnings and errors on the
    /// console) instead of its own. Hangfire's log provider is process-wide and points at the factory of the host that
    /// started last: with a shared factory, a host that is disposed while another runs never leaves Hangfire logging
    /// into a disposed factory, so test classes can run in parallel. False: the app's own logging (for logging tests).
    /// </summary>
    protected virtual bool SharedTestLogging => true;

    /// <summary>
    /// Passwords of accounts a test creates or changes are hashed with 1,000 PBKDF2 iterations instead of Identity's
    /// 100,000 (≈ 0.5 ms instead of ≈ 55 ms; stored hashes keep their own count, so the demo users' are checked as
    /// seeded). False where hashing is what the test is about (sign-in hardening) and for the seeded template.
    /// </summary>
    protected virtual bool CheapPasswordHashing => true;

    /// <summary>On the PostgreSQL test server (the PostgreSQL run, <see cref="TestDatabase.IsPostgreSql"/>) or on a SQLite file.</summary>
    protected virtual bool UsePostgreSql => TestDatabase.IsPostgreSql;

    /// <summary>PostgreSQL: keep this app's database on dispose (the seeded template is built this way).</summary>
    protected virtual bool KeepDatabase => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        var database = Path.Combine(_folder, "test.db");
        builder.UseEnvironment("Testing");
        if (UsePostgreSql)
        {
            // Its own database on the test server, named after the folder (the same folder is the same server's database).
            var name = TestDatabase.NameFor(_folder);
            if (UseSeededTemplate && !TestDatabase.Exists(name))
            {
                SeededDatabase.CreatePostgreSqlCopy(name);
            }
            builder.UseSetting("App:Database:Provider", "PostgreSql");
            builder.UseSetting("App:Database:ConnectionString", TestDatabase.ConnectionString(name));
        }
        else if (UseSeededTemplate && !File.Exists(database))
        {
            SeededDatabase.CopyTo(database);
        }
        builder.UseSetting("App:DatabasePath", database);
        builder.UseSetting("App:AttachmentsPath", Path.Combine(_folder, "attachments"));
        builder.UseSetting("App:LogPath", "");
        if (SharedTestLogging)
        {
            // The app's own Serilog logger still writes the request lines: warnings and errors only, as TestLogging.
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        }
        builder.UseSetting("App:DemoData:Enabled", DemoEnabled ? "true" : "false");
        builder.UseSetting("App:DemoData:Stations", DemoStations.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("App:Grading:CatchUpOnStart", "false");
        // Only used when demo data is off and there are no accounts yet (import tests).
        builder.UseSetting("App:Security:InitialAdminPassword", "Admin@2026x");
        // Every test client signs in from the same (unknown) address: the per-address limit has its own tests (SignInHardeningTests).
        builder.UseSetting("App:Security:SignInAttemptsPerMinute", "100000");
        builder.UseSetting("App:Security:SignInAttemptsPerLockoutPeriod", "100000");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(new FixedTimeProvider(FixedNow));
            // Migrate() first diffs the whole model against the migrations' snapshot to warn about a model change
            // without its migration — about a fifth of a host start, in every test app. Data/SchemaEqualityTests makes
            // that check once per provider (HasPendingModelChanges), so the test hosts skip it (ADR-010).
            // A query that loads two collections must say how (AsSplitQuery, or AsSingleQuery where the rows are few): EF
            // Core's default single query multiplies their rows and only logs a warning.
            services.ConfigureDbContext<AppDbContext>(db => db.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)
                .Throw(RelationalEventId.MultipleCollectionIncludeWarning)));
            if (CheapPasswordHashing)
            {
                services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
            }
            // EF Core keeps the built model and every compiled query in a memory cache of the app's own: each test app
            // would build the model and compile (and JIT) each query again. One cache per provider for every test app in
            // the process shares them, as one long-running server shares them between requests (ADR-010).
            var efCache = UsePostgreSql ? PostgreSqlEfCache : SqliteEfCache;
            services.ConfigureDbContext<AppDbContext>(db => db.UseMemoryCache(efCache));
            if (InMemoryJobs)
            {
                services.RemoveAll<JobStorage>();
                services.AddSingleton<JobStorage>(_ => new InMemoryStorage());
            }
            if (SharedTestLogging)
            {
                services.RemoveAll<Microsoft.Extensions.Logging.ILoggerFactory>();
                services.AddSingleton(TestLogging.Factory);
            }
        });
    }

    /// <summary>The host listens before its database is ready (StartupInitializer); tests start once it is.</summary>
    protected override Microsoft.Extensions.Hosting.IHost CreateHost(Microsoft.Extensions.Hosting.IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (WaitForStartup)
        {
            host.Services.GetRequiredService<Web.Infrastructure.Startup.StartupState>().WhenReady.GetAwaiter().GetResult();
        }
        return host;
    }

    public AppDbContext CreateDbContext() => Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();

    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public HttpClient CreateManualClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>
    /// A client signed in as <paramref name="userName"/>, for tests where sign-in itself is not under test: the app's own
    /// cookie handler issues the sign-in cookie (same claims principal factory, same <c>amr=pwd</c> claim, same cookie
    /// options as the login form), so authorization, sign-out and security-stamp revalidation behave as after a real
    /// sign-in — without rendering the login page and hashing the password. Refused like the login form refuses a
    /// disabled or locked-out user. A password other than the demo password goes through the real login form
    /// (<see cref="SignInWithPasswordAsync"/>), since such a test is about that password.
    /// </summary>
    public async Task<HttpClient> SignInAsync(string userName, string password = DemoPassword)
    {
        if (password != DemoPassword)
        {
            return await SignInWithPasswordAsync(userName, password);
        }
        var cookies = new CookieContainer();
        foreach (var cookie in await SignInCookiesAsync(userName))
        {
            cookies.SetCookies(ClientOptions.BaseAddress, cookie);
        }
        return CreateDefaultClient(ClientOptions.BaseAddress, new CookieContainerHandler(cookies));
    }

    /// <summary>A client signed in as <paramref name="userName"/> by really posting the login form (antiforgery token and all).</summary>
    public async Task<HttpClient> SignInWithPasswordAsync(string userName, string password = DemoPassword)
    {
        var client = CreateManualClient();
        var response = await PostLoginAsync(client, userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"sign-in as {userName} failed: {(int)response.StatusCode}");
        }
        return client;
    }

    /// <summary>The Set-Cookie values the app's sign-in (SignInManager → cookie handler) writes for <paramref name="userName"/>.</summary>
    private async Task<string[]> SignInCookiesAsync(string userName)
    {
        using var scope = Services.CreateScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Request.Scheme = ClientOptions.BaseAddress.Scheme;
        http.Request.Host = new HostString(ClientOptions.BaseAddress.Authority);
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
        signIn.Context = http;
        var user = await signIn.UserManager.FindByNameAsync(userName);
        if (user is null || !await signIn.CanSignInAsync(user) || await signIn.UserManager.IsLockedOutAsync(user))
        {
            throw new InvalidOperationException($"sign-in as {userName} failed: unknown, disabled or locked out");
        }
        // SignInManager.PasswordSignInAsync signs in with exactly this claim.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "pwd")]);
        return [.. http.Response.Headers.SetCookie.Select(c => c!)];
    }

    /// <summary>GETs the login page, then posts its hidden fields (antiforgery token, form name) with the credentials.</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string userName, string password, string? returnUrl = null)
    {
        var url = returnUrl is null ? "/account/login" : $"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}";
        var fields = HiddenFields(await client.GetStringAsync(url));
        fields["Input.UserName"] = userName;
        fields["Input.Password"] = password;
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public static Dictionary<string, string> HiddenFields(string html) =>
        HiddenInput().Matches(html).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));

    /// <summary>Creates a user directly (for tests that lock or disable an account without touching the demo users).</summary>
    public async Task<AppUser> CreateUserAsync(string userName, string role, params int[] stations)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = userName, DisplayName = userName };
        user.Stations.AddRange(stations.Select(id => new UserStationScope { UserId = user.Id, StationId = id }));
        var created = await users.CreateAsync(user, DemoPassword);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user;
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (UsePostgreSql && _ownsFolder && !KeepDatabase)
            {
                TestDatabase.Drop(TestDatabase.NameFor(_folder));
            }
            if (_ownsFolder)
            {
                try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
            }
        }
    }
}

public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
