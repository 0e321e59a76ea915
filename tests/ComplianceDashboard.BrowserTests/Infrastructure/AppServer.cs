using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Infrastructure;

/// <summary>
/// Starts the real app (what <c>dotnet run</c> starts: the built app in the project folder, Development, so static
/// web assets are served as in development) on a free loopback port over a fresh SQLite file with the demo county,
/// and one headless Debian Chromium for all tests.
/// </summary>
public class AppServer : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cd-browser", Guid.NewGuid().ToString("N"));
    private Process? _app;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = default!;

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ComplianceDashboard.sln")))
            {
                dir = dir.Parent;
            }
            return dir?.FullName ?? throw new InvalidOperationException("ComplianceDashboard.sln not found above the test folder");
        }
    }

    public static string ArtifactsFolder
    {
        get
        {
            var path = Path.Combine(RepoRoot, "artifacts", "screenshots");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    /// <summary>The app's own folder (database, attachments, logs), deleted at the end.</summary>
    protected string Folder => _folder;

    /// <summary>
    /// ASPNETCORE_ENVIRONMENT of the app: Production, as scripts/run.sh starts it (assets from the build output's static
    /// web assets manifest, the friendly error pages, the Content-Security-Policy that PageSecurityPolicyTests checks).
    /// Development would differ only in showing the developer exception page, which no browser test wants.
    /// </summary>
    protected virtual string Environment => "Production";

    /// <summary>Whether the app grades the county when it starts (App:Grading:CatchUpOnStart), as a fresh install does.</summary>
    protected virtual bool CatchUpOnStart => true;

    private static string Configuration => AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        await SeededTemplate.CopyToAsync(_folder);
        BaseUrl = $"http://127.0.0.1:{FreePort()}";
        _app = StartApp(Command(_folder, CatchUpOnStart, Environment, ["--urls", BaseUrl]), _output);
        await WaitUntilHealthyAsync(_app, BaseUrl, _output);
        await OnAppReadyAsync();

        // Expectations wait for the app as long as actions do (Playwright's own default is 5 s): on a machine busy
        // with other builds a page may take longer to render, and a passing expectation returns at once anyway.
        Assertions.SetDefaultExpectTimeout(ActionTimeout);
        Browser = await SharedBrowser.AcquireAsync();
        _hasBrowser = true;
    }

    private bool _hasBrowser;

    /// <summary>
    /// One Playwright driver and one headless Chromium for every app server of the run (each server's tests work in
    /// browser contexts of their own, which share nothing): a driver and a browser with its GPU and network processes
    /// less per server. Started by the first server that needs it, closed when the last one is done.
    /// </summary>
    private static class SharedBrowser
    {
        private static readonly SemaphoreSlim Gate = new(1, 1);
        private static IPlaywright? s_playwright;
        private static IBrowser? s_browser;
        private static int s_users;

        public static async Task<IBrowser> AcquireAsync()
        {
            await Gate.WaitAsync();
            try
            {
                if (s_browser is null)
                {
                    s_playwright = await Playwright.CreateAsync();
                    s_browser = await s_playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                    {
                        ExecutablePath = ChromiumPath,
                        Headless = true,
                        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
                    });
                }
                s_users++;
                return s_browser;
            }
            finally
            {
                Gate.Release();
            }
        }

        public static async Task ReleaseAsync()
        {
            await Gate.WaitAsync();
            try
            {
                if (--s_users == 0)
                {
                    await s_browser!.DisposeAsync();
                    s_playwright!.Dispose();
                    s_browser = null;
                    s_playwright = null;
                }
            }
            finally
            {
                Gate.Release();
            }
        }
    }

    /// <summary>
    /// Debian's chromium-headless-shell (scripts/test.sh installs it): Chromium's own headless build — the same Blink,
    /// V8 and Skia as the chromium package, without the desktop browser around them (what Playwright itself runs for
    /// headless Chromium) — at about half the CPU for the same pages (docs/performance.md, "Fourth round"). The full
    /// chromium package when it is missing.
    /// </summary>
    private static string ChromiumPath => File.Exists("/usr/bin/chromium-headless-shell") ? "/usr/bin/chromium-headless-shell" : "/usr/bin/chromium";

    /// <summary>
    /// How long an action or expectation may wait for the page: a ceiling for a machine busy with other builds (a
    /// passing step returns as soon as the page is there), not a budget a green run comes near.
    /// </summary>
    public const float ActionTimeout = 60_000;

    private static Process StartApp(ProcessStartInfo command, System.Text.StringBuilder output)
    {
        var app = Process.Start(command) ?? throw new InvalidOperationException("could not start the app");
        app.OutputDataReceived += (_, e) => Log(output, e.Data);
        app.ErrorDataReceived += (_, e) => Log(output, e.Data);
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        return app;
    }

    /// <summary>Runs once the app is ready, before the browser starts: a fixture's own data (e.g. an import).</summary>
    protected virtual Task OnAppReadyAsync() => Task.CompletedTask;

    /// <summary>Runs one of the app's commands (README: grade, import) over the same database; fails on a non-zero exit.</summary>
    protected async Task RunCommandAsync(params string[] args)
    {
        using var process = Process.Start(Command(_folder, catchUpOnStart: true, Environment, args)) ?? throw new InvalidOperationException("could not run " + args[0]);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{args[0]} failed ({process.ExitCode}):\n{await stdout}\n{await stderr}");
        }
    }

    /// <summary>
    /// What <c>dotnet run --no-build --no-launch-profile</c> runs (the built app, with the project folder as working
    /// directory and so as content root), started directly: dotnet run would first evaluate the project with MSBuild
    /// on every start, seconds of CPU each time.
    /// </summary>
    private static ProcessStartInfo Command(string folder, bool catchUpOnStart, string environment, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet", [WebAssembly, .. args]) { WorkingDirectory = WebProject };
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        // A test server lives a few minutes: its methods stay at their first (quick or ReadyToRun) code instead of
        // being compiled a second time once hot — loops still move to optimised code (on-stack replacement). The
        // same program, about a quarter less CPU for the servers (docs/performance.md, "Fourth round").
        start.Environment["DOTNET_TC_CallCounting"] = "0";
        start.Environment["App__DatabasePath"] = Path.Combine(folder, "browser.db");
        start.Environment["App__AttachmentsPath"] = Path.Combine(folder, "attachments");
        start.Environment["App__LogPath"] = Path.Combine(folder, "logs");
        start.Environment["App__Grading__CatchUpOnStart"] = catchUpOnStart ? "true" : "false";
        // Every test signs in from 127.0.0.1; the per-address sign-in limit has its own integration tests.
        start.Environment["App__Security__SignInAttemptsPerMinute"] = "100000";
        start.Environment["App__Security__SignInAttemptsPerLockoutPeriod"] = "100000";
        return start;
    }

    private static string WebProject => Path.Combine(RepoRoot, "src", "ComplianceDashboard.Web");

    private static string WebAssembly => Path.Combine(WebProject, "bin", Configuration, "net10.0", "ComplianceDashboard.Web.dll");

    /// <summary>A new page in a new browser context of its own (not signed in), closed after the test.</summary>
    public async Task<IPage> NewPageAsync() => await NewPageAsync(await NewContextAsync(storageState: null));

    private async Task<IBrowserContext> NewContextAsync(string? storageState, bool closeAfterTest = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
            Locale = "zh-CN",
            AcceptDownloads = true,
            StorageState = storageState,
        });
        if (closeAfterTest)
        {
            _contexts.Add(context);
        }
        return context;
    }

    private readonly ConcurrentBag<IBrowserContext> _contexts = [];

    private readonly ConcurrentBag<IPage> _pages = [];

    /// <summary>
    /// Closes every page a test opened and every browser context of its own (<see cref="BrowserTest"/> calls it after
    /// each test): an open page keeps its Blazor circuit and its Chromium renderer busy for the rest of the run. The
    /// signed-in context of each user (<see cref="NewSignedInPageAsync"/>) stays open for the next test.
    /// </summary>
    public async Task CloseOpenPagesAsync()
    {
        while (_pages.TryTake(out var page))
        {
            await page.CloseAsync();
        }
        while (_contexts.TryTake(out var context))
        {
            await context.CloseAsync();
        }
    }

    private async Task<IPage> NewPageAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(ActionTimeout);
        _pages.Add(page);
        return page;
    }

    /// <summary>Each demo user's signed-in browser context (cookies, and the page sign-in landed on), shared by the tests of this server.</summary>
    private readonly ConcurrentDictionary<string, (IBrowserContext Context, string State, string Landing)> _signIns = new();

    /// <summary>
    /// A new page (tab) signed in as a demo user (see README for the demo users), on the page sign-in lands on, signed
    /// in and interactive. The first time for a user this signs in through the login page as a person does, in a
    /// browser context that later calls for the same user reuse — as a person opens another tab: the context's cache
    /// then holds the app's scripts and styles, so later pages do not fetch and compile them again. Before reusing it an
    /// API call confirms the sign-in is still valid (it answers 401 otherwise, e.g. after the user signed out; then it
    /// signs in through the page again). The page opens the landing page — or <paramref name="path"/> straight away,
    /// which spares a test that goes elsewhere the landing page's load. That skips the login page and the password
    /// hash, not what a test sees afterwards. With <paramref name="ownContext"/> the page gets a context of its own
    /// with the same cookies, closed after the test: for a test that changes what the context carries (the language
    /// cookie, signing out). Sign-in itself is tested with <see cref="Pages.LoginPage"/> in Security/SignInTests.
    /// </summary>
    public async Task<IPage> NewSignedInPageAsync(string userName, string? path = null, bool ownContext = false)
    {
        if (_signIns.TryGetValue(userName, out var signIn))
        {
            var context = ownContext ? await NewContextAsync(signIn.State) : signIn.Context;
            var check = await context.APIRequest.GetAsync("/api/stations", new() { MaxRedirects = 0 });
            if (check.Status == (int)HttpStatusCode.OK)
            {
                var reused = await NewPageAsync(context);
                await reused.GotoAsync(path ?? signIn.Landing);
                await reused.GetByTestId("user-menu").WaitForAsync();
                await reused.Locator("html[data-interactive='true']").WaitForAsync();
                return reused;
            }
            if (!ownContext)
            {
                _signIns.TryRemove(userName, out _);
            }
            await context.CloseAsync();
        }
        var shared = await NewContextAsync(storageState: null, closeAfterTest: ownContext);
        var page = await NewPageAsync(shared);
        await new Pages.LoginPage(page).SignInAsync(userName);
        if (!ownContext)
        {
            _signIns[userName] = (shared, await shared.StorageStateAsync(), page.Url);
        }
        if (path is not null)
        {
            // Interactive before the test acts, as on the reuse path above: a prerendered page already shows what a
            // test waits for, and a field filled in before the circuit takes the page over is lost.
            await page.GotoAsync(path);
            await page.GetByTestId("user-menu").WaitForAsync();
            await page.Locator("html[data-interactive='true']").WaitForAsync();
        }
        return page;
    }

    /// <summary>For a test that changed <paramref name="userName"/>'s password or roles: the next page signs in through the form again.</summary>
    public void ForgetSignIn(string userName)
    {
        if (_signIns.TryRemove(userName, out var signIn))
        {
            _contexts.Add(signIn.Context); // closed after the test
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var signIn in _signIns.Values)
        {
            await signIn.Context.CloseAsync();
        }
        if (_hasBrowser)
        {
            await SharedBrowser.ReleaseAsync();
        }
        if (_app is { HasExited: false })
        {
            _app.Kill(entireProcessTree: true);
            await _app.WaitForExitAsync();
        }
        _app?.Dispose();
        // The app's console output (its log: requests, warnings, errors) stays with the screenshots, for a failed run.
        var logs = Path.Combine(RepoRoot, "artifacts", "app-logs");
        Directory.CreateDirectory(logs);
        await File.WriteAllTextAsync(Path.Combine(logs, $"{GetType().Name}-{new Uri(BaseUrl).Port}.log"), Text(_output));
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    /// <summary>
    /// Waits for readiness, not for a start-up budget: the app listens at once and /healthz says "starting: …"
    /// while it prepares the database, so on a busy machine this simply waits longer. The process exiting fails
    /// at once; the 15-minute cap only stops a hung start from blocking CI for ever.
    /// </summary>
    private static async Task WaitUntilHealthyAsync(Process app, string baseUrl, System.Text.StringBuilder output)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var cap = DateTime.UtcNow.AddMinutes(15);
        while (DateTime.UtcNow < cap)
        {
            if (app.HasExited)
            {
                throw new InvalidOperationException($"the app exited with {app.ExitCode}:\n{Text(output)}");
            }
            try
            {
                var response = await http.GetAsync($"{baseUrl}/healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet (the process is still starting)
            }
            catch (TaskCanceledException)
            {
                // a busy machine: ask again
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"the app did not become ready within 15 minutes:\n{Text(output)}");
    }

    private readonly System.Text.StringBuilder _output = new();

    private static void Log(System.Text.StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private static string Text(System.Text.StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// The demo county as the app seeds and grades it on a first start today (the browser tests use the real clock):
    /// made once per build and day by starting the app over an empty folder and waiting for the catch-up run that
    /// grades a brand-new database, then copied into every app server's folder. Each server then starts like an app
    /// that has run before — the county graded, no catch-up run (there was a run) — without generating and grading the
    /// county again; a fixture that grades itself (HostileStationApp) still does. Kept in
    /// /tmp/cd-browser/templates/&lt;key&gt;, the key hashing the built web and domain assemblies, the settings and
    /// the date in Shanghai.
    /// </summary>
    private static class SeededTemplate
    {
        private static readonly SemaphoreSlim Gate = new(1, 1);

        public static async Task CopyToAsync(string folder)
        {
            var template = await GetAsync();
            foreach (var file in Directory.GetFiles(template, "browser.db*"))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }
        }

        private static async Task<string> GetAsync()
        {
            var root = Path.Combine(Path.GetTempPath(), "cd-browser", "templates");
            var folder = Path.Combine(root, Key());
            await Gate.WaitAsync();
            try
            {
                if (!File.Exists(Path.Combine(folder, "ready")))
                {
                    await BuildAsync(folder);
                }
            }
            finally
            {
                Gate.Release();
            }
            foreach (var old in Directory.GetDirectories(root).Where(d => d != folder && Directory.GetLastWriteTimeUtc(d) < DateTime.UtcNow.AddDays(-1)))
            {
                try { Directory.Delete(old, recursive: true); } catch (IOException) { }
            }
            return folder;
        }

        private static async Task BuildAsync(string folder)
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true); // an earlier build that did not finish
            }
            Directory.CreateDirectory(folder);
            var output = new System.Text.StringBuilder();
            var baseUrl = $"http://127.0.0.1:{FreePort()}";
            using var app = StartApp(Command(folder, catchUpOnStart: true, "Production", ["--urls", baseUrl]), output);
            try
            {
                await WaitUntilHealthyAsync(app, baseUrl, output); // ready = migrated, seeded, accounts created
                await WaitUntilGradedAsync(app, output); // the first start's catch-up run has graded the county
            }
            finally
            {
                // Committed transactions are in browser.db and its WAL file, which the copies take along.
                app.Kill(entireProcessTree: true);
                await app.WaitForExitAsync();
            }
            foreach (var extra in Directory.GetFiles(folder, "browser.db-shm").Concat(Directory.GetFiles(folder, "hangfire.db*")))
            {
                File.Delete(extra);
            }
            await File.WriteAllTextAsync(Path.Combine(folder, "ready"), DateTime.UtcNow.ToString("O"));
        }

        /// <summary>
        /// Waits until the app logs that its grading run finished (readiness, not a budget: the 15-minute cap only
        /// stops a run that never ends); fails at once if the run failed or the app exited.
        /// </summary>
        private static async Task WaitUntilGradedAsync(Process app, System.Text.StringBuilder output)
        {
            var cap = DateTime.UtcNow.AddMinutes(15);
            while (DateTime.UtcNow < cap)
            {
                var finished = System.Text.RegularExpressions.Regex.Match(Text(output), @"Grading run \d+ finished (\w+)");
                if (finished.Success)
                {
                    if (finished.Groups[1].Value == "Succeeded")
                    {
                        return;
                    }
                    throw new InvalidOperationException($"the template's grading run finished {finished.Groups[1].Value}:\n{Text(output)}");
                }
                if (app.HasExited)
                {
                    throw new InvalidOperationException($"the app exited with {app.ExitCode} before grading the template:\n{Text(output)}");
                }
                await Task.Delay(250);
            }
            throw new TimeoutException($"the template's grading run did not finish within 15 minutes:\n{Text(output)}");
        }

        private static string Key()
        {
            using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
            hash.AppendData("seeded and graded by the first start's catch-up run"u8); // what a template holds: change it when that changes
            var output = Path.GetDirectoryName(WebAssembly)!;
            foreach (var file in new[] { WebAssembly, Path.Combine(output, "ComplianceDashboard.Domain.dll") }
                         .Concat(Directory.GetFiles(WebProject, "appsettings*.json").Order(StringComparer.Ordinal)))
            {
                hash.AppendData(File.ReadAllBytes(file));
            }
            var shanghai = TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Asia/Shanghai");
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(shanghai.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            return Convert.ToHexString(hash.GetHashAndReset())[..16].ToLowerInvariant();
        }
    }
}

/// <summary>
/// Browser test classes sharing one app server (one county, one Chromium); the classes of a group run one after
/// another, the groups side by side (xunit.runner.json): the suite mostly waits for pages, not for the CPU. This group
/// reads and signs in; <see cref="WritingAppServerGroup"/> changes data on a server of its own.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AppServerGroup : ICollectionFixture<AppServer>
{
    public const string Name = "app";
}

/// <summary>The browser tests that save, import or change users, on their own app server beside <see cref="AppServerGroup"/>.</summary>
[CollectionDefinition(Name)]
public sealed class WritingAppServerGroup : ICollectionFixture<AppServer>
{
    public const string Name = "app-writes";
}
