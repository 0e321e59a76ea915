using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ComplianceDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Charts;

/// <summary>
/// Its own app and database (the shared <see cref="AppServer"/> county must stay as the other tests expect): the
/// demo county plus one station imported with a hostile name (<see cref="HostileName"/>) through the real
/// <c>import</c> command; <see cref="GradeAllAsync"/> runs the recompute from the 任务 page so it reaches every chart.
/// </summary>
public sealed class HostileStationApp : IAsyncLifetime
{
    public const string HostileName = "<img src=x onerror=alert(1)>";
    public const string HostileCode = "XSS001";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cd-browser", "xss-" + Guid.NewGuid().ToString("N"));
    private Process? _app;
    private IPlaywright? _playwright;
    private readonly System.Text.StringBuilder _output = new();

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = default!;

    private string Configuration => AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

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

        var file = Path.Combine(_folder, "hostile.json");
        await File.WriteAllTextAsync(file, ImportJson);
        await RunCommandAsync(["import", "--file", file]);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>As the administrator: 任务 → 立即重算全部评分 (the overview reloads by itself when the run finishes).</summary>
    public async Task GradeAllAsync()
    {
        var admin = await NewSignedInPageAsync("admin");
        await admin.GotoAsync("/jobs");
        await admin.Locator("html[data-interactive='true']").WaitForAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "立即重算全部评分" }).ClickAsync();
        await admin.Context.CloseAsync();
    }

    public async Task<IPage> NewSignedInPageAsync(string userName)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = 1440, Height = 900 }, Locale = "zh-CN", AcceptDownloads = true });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await new Pages.LoginPage(page).SignInAsync(userName);
        return page;
    }

    private ProcessStartInfo Command(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet", ["run", "--no-build", "-c", Configuration, "--no-launch-profile", "--project", Path.Combine(AppServer.RepoRoot, "src", "ComplianceDashboard.Web"), "--", .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["App__DatabasePath"] = Path.Combine(_folder, "xss.db");
        start.Environment["App__AttachmentsPath"] = Path.Combine(_folder, "attachments");
        start.Environment["App__LogPath"] = Path.Combine(_folder, "logs");
        start.Environment["App__Grading__CatchUpOnStart"] = "true";
        return start;
    }

    private async Task RunCommandAsync(string[] args)
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

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (_app!.HasExited)
            {
                throw new InvalidOperationException($"the app exited with {_app.ExitCode}:\n{_output}");
            }
            try
            {
                if ((await http.GetAsync($"{BaseUrl}/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(500);
        }
        throw new TimeoutException($"the app did not become healthy:\n{_output}");
    }

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

    private static string ImportJson => $$"""
        {
          "format": "compliance-dashboard-import/1",
          "stations": [
            {
              "code": "{{HostileCode}}",
              "name": "{{HostileName}}",
              "township": "<b>镇</b>",
              "servicePoints": [
                {
                  "key": "sp-1", "name": "<script>alert(2)</script>站点", "village": "东村", "venue": "BusinessHall",
                  "openedOn": "2024-10-01", "services": ["consultation", "query", "billPayment"],
                  "facilities": { "DoorPlate": 1, "ManagerCards": 1, "Brochures": 30, "DeskAndChairs": 1, "SmartTerminal": 1 }
                }
              ]
            }
          ]
        }
        """;
}
