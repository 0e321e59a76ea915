using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ComplianceDashboard.Benchmarks;

/// <summary>Server render time of the overview and a drill-down (prerendered HTML over the in-process server).</summary>
public static partial class PageBenchmark
{
    public static async Task RunAsync(BenchmarkApp app, int requests)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await SignInAsync(client);
        var overview = await TimeAsync(client, $"/?year={app.Year}", requests);
        var drillDown = await TimeAsync(client, $"/stations/1/months/{app.Year}-03", requests);
        var station = await TimeAsync(client, $"/stations/1?year={app.Year}", requests);

        Console.WriteLine();
        Console.WriteLine($"## Page server render ({app.Stations} stations, {requests} requests each after 3 warm-ups)");
        Console.WriteLine("| page | median | p95 | HTML size |");
        Console.WriteLine("|---|---|---|---|");
        Console.WriteLine($"| overview `/?year={app.Year}` | {overview.Median:F0} ms | {overview.P95:F0} ms | {overview.Bytes / 1024:N0} KiB |");
        Console.WriteLine($"| drill-down station-month | {drillDown.Median:F0} ms | {drillDown.P95:F0} ms | {drillDown.Bytes / 1024:N0} KiB |");
        Console.WriteLine($"| station page | {station.Median:F0} ms | {station.P95:F0} ms | {station.Bytes / 1024:N0} KiB |");
    }

    private static async Task<(double Median, double P95, int Bytes)> TimeAsync(HttpClient client, string url, int requests)
    {
        var times = new List<double>();
        var bytes = 0;
        for (var i = 0; i < requests + 3; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            watch.Stop();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}");
            }
            bytes = body.Length;
            if (i >= 3)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }
        times.Sort();
        return (times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.95) - 1], bytes);
    }

    private static async Task SignInAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/account/login");
        var fields = HiddenInput().Matches(html).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields["Input.UserName"] = BenchmarkApp.UserName;
        fields["Input.Password"] = BenchmarkApp.Password;
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(fields));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"sign-in failed: {(int)response.StatusCode}");
        }
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();
}
