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
    private IPlaywright? _playwright;

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

    private static string Configuration => AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        BaseUrl = $"http://127.0.0.1:{FreePort()}";
        _app = Process.Start(Command(["--urls", BaseUrl])) ?? throw new InvalidOperationException("could not start the app");
        _app.OutputDataReceived += (_, e) => Log(e.Data);
        _app.ErrorDataReceived += (_, e) => Log(e.Data);
        _app.BeginOutputReadLine();
        _app.BeginErrorReadLine();
        await WaitUntilHealthyAsync();
        await OnAppReadyAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>Runs once the app is ready, before the browser starts: a fixture's own data (e.g. an import).</summary>
    protected virtual Task OnAppReadyAsync() => Task.CompletedTask;

    /// <summary>Runs one of the app's commands (README: grade, import) over the same database; fails on a non-zero exit.</summary>
    protected async Task RunCommandAsync(params string[] args)
    {
        using var process = Process.Start(Command(args)) ?? throw new InvalidOperationException("could not run " + args[0]);
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
    private ProcessStartInfo Command(IEnumerable<string> args)
    {
        var project = Path.Combine(RepoRoot, "src", "ComplianceDashboard.Web");
        var app = Path.Combine(project, "bin", Configuration, "net10.0", "ComplianceDashboard.Web.dll");
        var start = new ProcessStartInfo("dotnet", [app, .. args]) { WorkingDirectory = project };
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["App__DatabasePath"] = Path.Combine(_folder, "browser.db");
        start.Environment["App__AttachmentsPath"] = Path.Combine(_folder, "attachments");
        start.Environment["App__LogPath"] = Path.Combine(_folder, "logs");
        start.Environment["App__Grading__CatchUpOnStart"] = "true";
        return start;
    }

    public async Task<IPage> NewPageAsync() => await NewPageAsync(await NewContextAsync(storageState: null));

    private Task<IBrowserContext> NewContextAsync(string? storageState) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
            Locale = "zh-CN",
            AcceptDownloads = true,
            StorageState = storageState,
        });

    private static async Task<IPage> NewPageAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        return page;
    }

    /// <summary>Cookies of each demo user's first sign-in through the login page, reused by later tests.</summary>
    private readonly ConcurrentDictionary<string, string> _signIns = new();

    /// <summary>
    /// A new page signed in as a demo user (see README for the demo users). The first time for a user this signs in
    /// through the login page as a person does and waits for the signed-in, interactive app shell; later calls start
    /// a new browser context with that sign-in's cookies, once the app has confirmed they are still valid (an API call
    /// that answers 401 otherwise, e.g. after the user signed out — then it signs in through the page again). The page
    /// is not navigated anywhere yet in that case: tests open their page first. Sign-in itself is tested with
    /// <see cref="Pages.LoginPage"/> in Security/SignInTests.
    /// </summary>
    public async Task<IPage> NewSignedInPageAsync(string userName)
    {
        if (_signIns.TryGetValue(userName, out var state))
        {
            var context = await NewContextAsync(state);
            var check = await context.APIRequest.GetAsync("/api/stations", new() { MaxRedirects = 0 });
            if (check.Status == (int)HttpStatusCode.OK)
            {
                return await NewPageAsync(context);
            }
            await context.CloseAsync();
        }
        var page = await NewPageAsync();
        await new Pages.LoginPage(page).SignInAsync(userName);
        _signIns[userName] = await page.Context.StorageStateAsync();
        return page;
    }

    /// <summary>For a test that changed <paramref name="userName"/>'s password or roles: the next page signs in through the form again.</summary>
    public void ForgetSignIn(string userName) => _signIns.TryRemove(userName, out _);

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_app is { HasExited: false })
        {
            _app.Kill(entireProcessTree: true);
            await _app.WaitForExitAsync();
        }
        _app?.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    /// <summary>
    /// Waits for readiness, not for a start-up budget: the app listens at once and /healthz says "starting: …"
    /// while it prepares the database, so on a busy machine this simply waits longer. The process exiting fails
    /// at once; the 15-minute cap only stops a hung start from blocking CI for ever.
    /// </summary>
    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var cap = DateTime.UtcNow.AddMinutes(15);
        while (DateTime.UtcNow < cap)
        {
            if (_app!.HasExited)
            {
                throw new InvalidOperationException($"the app exited with {_app.ExitCode}:\n{_output}");
            }
            try
            {
                var response = await http.GetAsync($"{BaseUrl}/healthz");
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
        throw new TimeoutException($"the app did not become ready within 15 minutes:\n{_output}");
    }

    private readonly System.Text.StringBuilder _output = new();

    private void Log(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class AppServerGroup : ICollectionFixture<AppServer>
{
    public const string Name = "app";
}
