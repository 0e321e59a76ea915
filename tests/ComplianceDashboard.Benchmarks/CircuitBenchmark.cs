using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace ComplianceDashboard.Benchmarks;

/// <summary>
/// Memory per connected user: starts the real app (Kestrel, demo county) as a child process, opens K signed-in
/// interactive overview pages in headless Chromium, and reads the server's resident memory before and after.
/// </summary>
public static class CircuitBenchmark
{
    public static async Task RunAsync(int circuits)
    {
        var folder = Path.Combine(Path.GetTempPath(), "cd-bench-circuits", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet", ["run", "--no-build", "-c", "Release", "--no-launch-profile", "--project", Path.Combine(RepoRoot(), "src", "ComplianceDashboard.Web"), "--urls", url])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["App__DatabasePath"] = Path.Combine(folder, "circuits.db");
        start.Environment["App__LogPath"] = "";
        start.Environment["App__Security__SignInAttemptsPerMinute"] = "100000"; // every circuit signs in from 127.0.0.1
        start.Environment["App__Security__SignInAttemptsPerLockoutPeriod"] = "100000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var app = Process.Start(start)!;
        app.OutputDataReceived += (_, _) => { };
        app.ErrorDataReceived += (_, _) => { };
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        try
        {
            await WaitHealthyAsync(url);
            var server = ServerProcess(app.Id);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
            var pages = new List<IPage>();
            await OpenAsync(browser, url, pages, 2); // warm-up: JIT, caches
            await Task.Delay(2000);
            var before = ResidentKiB(server);
            await OpenAsync(browser, url, pages, circuits);
            await Task.Delay(3000);
            var after = ResidentKiB(server);
            Console.WriteLine();
            Console.WriteLine($"## Memory per connected user ({circuits} interactive overview pages, 14-station demo county)");
            Console.WriteLine("| measure | value |");
            Console.WriteLine("|---|---|");
            Console.WriteLine($"| server resident memory before | {before / 1024:N0} MiB |");
            Console.WriteLine($"| server resident memory after {circuits} more circuits | {after / 1024:N0} MiB |");
            Console.WriteLine($"| per circuit | {(after - before) / (double)circuits / 1024:F1} MiB |");
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task OpenAsync(IBrowser browser, string url, List<IPage> pages, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var context = await browser.NewContextAsync(new() { BaseURL = url, Locale = "zh-CN" });
            var page = await context.NewPageAsync();
            await page.GotoAsync("/account/login");
            await page.GetByLabel("用户名").FillAsync("jiwei");
            await page.GetByLabel("密码", new() { Exact = true }).FillAsync("Demo@2026");
            await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
            await page.Locator("html[data-interactive='true']").WaitForAsync(new() { Timeout = 60_000 });
            await page.Locator("rect.apexcharts-heatmap-rect").First.WaitForAsync(new() { Timeout = 60_000 });
            pages.Add(page);
        }
    }

    /// <summary>dotnet run starts the app as a child; measure the process that listens (the app itself).</summary>
    private static int ServerProcess(int dotnetRunPid)
    {
        foreach (var dir in Directory.GetDirectories("/proc").Select(Path.GetFileName))
        {
            if (int.TryParse(dir, CultureInfo.InvariantCulture, out var pid)
                && File.Exists($"/proc/{pid}/stat")
                && File.ReadAllText($"/proc/{pid}/stat").Split(' ')[3] == dotnetRunPid.ToString(CultureInfo.InvariantCulture)
                && File.ReadAllText($"/proc/{pid}/cmdline").Contains("ComplianceDashboard.Web", StringComparison.Ordinal))
            {
                return pid;
            }
        }
        return dotnetRunPid;
    }

    private static long ResidentKiB(int pid) =>
        long.Parse(File.ReadAllLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

    private static async Task WaitHealthyAsync(string url)
    {
        using var http = new HttpClient();
        for (var i = 0; i < 240; i++)
        {
            try
            {
                if ((await http.GetAsync($"{url}/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(500);
        }
        throw new TimeoutException("the app did not start");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ComplianceDashboard.sln")))
        {
            dir = dir.Parent;
        }
        return dir!.FullName;
    }
}
