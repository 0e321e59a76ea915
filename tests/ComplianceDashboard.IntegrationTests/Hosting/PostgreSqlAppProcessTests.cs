using System.Diagnostics;
using System.Net;
using System.Text;
using ComplianceDashboard.IntegrationTests.Data;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ComplianceDashboard.IntegrationTests.Hosting;

/// <summary>
/// The app as scripts/run.sh starts it — the built ComplianceDashboard.Web.dll in its own folder, with its own deps.json
/// — on PostgreSQL. In-process test hosts cannot show this: this test project references the PostgreSQL migrations
/// assembly, which the app itself can only find beside it (DatabaseSetup).
/// </summary>
public sealed class PostgreSqlAppProcessTests : IDisposable
{
    /// <summary>Ends only a failed test: the app is ready in seconds.</summary>
    private static readonly TimeSpan Ceiling = TimeSpan.FromMinutes(5);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cd-tests", Guid.NewGuid().ToString("N"));
    private readonly StringBuilder _output = new();
    private Process? _app;

    [PostgreSqlFact]
    public async Task The_built_app_starts_on_an_empty_PostgreSQL_database_migrates_it_seeds_it_and_reports_healthy_with_no_error_logged()
    {
        var database = TestDatabase.NameFor(_folder);
        TestDatabase.CreateEmpty(database);
        var baseUrl = $"http://127.0.0.1:{Repository.FreePort()}";
        _app = Start(database, baseUrl);

        using var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var health = await WaitUntilHealthyAsync(client);

        Assert.Equal("Healthy", health);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
        await using var db = DataMigrator.Create(DatabaseProvider.PostgreSql, TestDatabase.ConnectionString(database));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(3, await db.Stations.CountAsync());
        // A new install's first log holds no errors (EF Core's read of its missing history table, Data Protection's of
        // its missing key table, both before the migrations, used to log three).
        Assert.DoesNotContain("[EROR]", Output(), StringComparison.Ordinal);
    }

    private Process Start(string database, string baseUrl)
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var web = Repository.WebProject;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(web, "bin", configuration, "net10.0", "ComplianceDashboard.Web.dll"), "--urls", baseUrl])
        {
            WorkingDirectory = web, // the content root, as with dotnet run
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["App__Database__Provider"] = "PostgreSql";
        start.Environment["App__Database__ConnectionString"] = TestDatabase.ConnectionString(database);
        start.Environment["App__DemoData__Stations"] = "3";
        start.Environment["App__DatabasePath"] = Path.Combine(_folder, "app.db"); // unused on PostgreSQL; keeps App_Data out of the source tree
        start.Environment["App__AttachmentsPath"] = Path.Combine(_folder, "attachments");
        start.Environment["App__LogPath"] = Path.Combine(_folder, "logs");
        var app = Process.Start(start) ?? throw new InvalidOperationException("could not start the app");
        app.OutputDataReceived += (_, e) => Append(e.Data);
        app.ErrorDataReceived += (_, e) => Append(e.Data);
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        return app;
    }

    /// <summary>/healthz answers 503 ("starting: …") until start-up is done; a process that exits fails at once, with its output.</summary>
    private async Task<string> WaitUntilHealthyAsync(HttpClient client)
    {
        var until = DateTime.UtcNow + Ceiling;
        while (DateTime.UtcNow < until)
        {
            if (_app!.HasExited)
            {
                Assert.Fail($"the app exited with {_app.ExitCode} before it was healthy:\n{Output()}");
            }
            try
            {
                var response = await client.GetAsync("/healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return await response.Content.ReadAsStringAsync();
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"the app was not healthy within {Ceiling}:\n{Output()}");
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    public void Dispose()
    {
        if (_app is { HasExited: false })
        {
            _app.Kill(entireProcessTree: true);
            _app.WaitForExit();
        }
        _app?.Dispose();
        if (TestDatabase.IsPostgreSql)
        {
            TestDatabase.Drop(TestDatabase.NameFor(_folder));
        }
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
