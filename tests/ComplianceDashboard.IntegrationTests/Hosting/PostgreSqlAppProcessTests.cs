using System.Diagnostics;
using System.Net;
using System.Text;
using ComplianceDashboard.IntegrationTests.Data;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Grading.Jobs;
using ComplianceDashboard.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ComplianceDashboard.IntegrationTests.Hosting;

/// <summary>
/// The app as scripts/run.sh starts it — the built ComplianceDashboard.Web.dll in its own folder, with its own deps.json
/// — on PostgreSQL, as two servers of the provincial sample (appsettings.samples/appsettings.Provincial.json): two
/// processes on one database. In-process test hosts cannot show this: this test project references the PostgreSQL
/// migrations assembly, which the app itself can only find beside it (DatabaseSetup), and two hosts in one process
/// share what two servers never do (TwoServerTests proves the spread of batches over both servers in process).
/// </summary>
public sealed class PostgreSqlAppProcessTests : IDisposable
{
    /// <summary>Ends only a failed test: the app is ready in seconds.</summary>
    private static readonly TimeSpan Ceiling = TimeSpan.FromMinutes(5);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cd-tests", Guid.NewGuid().ToString("N"));
    private readonly List<AppProcess> _servers = [];

    [PostgreSqlFact]
    public async Task The_built_app_starts_on_an_empty_database_with_no_error_logged_and_a_second_server_shares_its_sign_ins_and_its_nightly_run()
    {
        var database = TestDatabase.NameFor(_folder);
        TestDatabase.CreateEmpty(database);

        // The first server on the new database: migrates it, seeds it, grades it (catch-up run of a first start).
        var a = Start(database);
        Assert.Equal("Healthy", await a.WaitUntilHealthyAsync());
        await using var db = DataMigrator.Create(DatabaseProvider.PostgreSql, TestDatabase.ConnectionString(database));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(3, await db.Stations.CountAsync());
        var catchUp = await Poll.UntilAsync(() => db.JobRuns.AsNoTracking()
            .FirstOrDefaultAsync(r => r.JobName == GradingRuns.JobName && r.Trigger == "catch-up" && r.Status != JobRunStatus.Running), (int)Ceiling.TotalSeconds);
        Assert.Equal(JobRunStatus.Succeeded, catchUp.Status);

        // The second server joins the same database: it migrates nothing, seeds nothing and grades nothing again.
        var b = Start(database);
        Assert.Equal("Healthy", await b.WaitUntilHealthyAsync());
        Assert.Equal(3, await db.Stations.CountAsync());
        Assert.Equal([catchUp.Id], await db.JobRuns.Where(r => r.JobName == GradingRuns.JobName && r.Trigger != "nightly").Select(r => r.Id).ToListAsync());
        // Both are servers of one Hangfire cluster (ids "name:process:…").
        var servers = (await db.Database.SqlQueryRaw<string>("SELECT id AS \"Value\" FROM hangfire.server").ToListAsync())
            .Select(id => id[..id.IndexOf(':', StringComparison.Ordinal)]).Distinct(StringComparer.Ordinal).ToList();
        Assert.Equal(2, servers.Count);

        // Signed in on A through the login form: B accepts the cookie and A's antiforgery token.
        var cookies = new CookieContainer();
        using var onA = a.Client(cookies);
        using var onB = b.Client(cookies);
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostLoginAsync(onA, "admin", TestApp.DemoPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/jobs/hangfire/recurring")).StatusCode);
        var token = TestApp.HiddenFields(await onA.GetStringAsync("/stations"))["__RequestVerificationToken"];

        // The administrator starts the nightly job from both servers' Hangfire dashboards at once. Two starts by hand may
        // make two runs (the first can end before the second trigger is taken), but never two at once: a start while a
        // run is in progress is refused across processes too. (Hangfire enqueues a scheduled occurrence once across the
        // cluster; TwoServerTests holds the first run open and shows the second trigger refused.)
        var triggered = await Task.WhenAll(new[] { onA, onB }.Select(server => server.PostAsync("/jobs/hangfire/recurring/trigger",
            new FormUrlEncodedContent([new("jobs[]", NightlyGradingJob.Id), new("__RequestVerificationToken", token)]))));
        Assert.All(triggered, response => Assert.Equal(HttpStatusCode.NoContent, response.StatusCode));
        await Poll.UntilAsync(async () => await db.Database.SqlQueryRaw<long>(
            "SELECT count(*) AS \"Value\" FROM hangfire.job WHERE statename IS NULL OR statename IN ('Enqueued', 'Processing', 'Awaiting')").SingleAsync() == 0
            ? "done" : null, (int)Ceiling.TotalSeconds);
        var runs = await db.JobRuns.AsNoTracking().Where(r => r.JobName == GradingRuns.JobName).OrderBy(r => r.Id).ToListAsync();
        var nightly = runs.Where(r => r.Id > catchUp.Id).ToList();
        Assert.InRange(nightly.Count, 1, 2);
        Assert.All(runs.Zip(runs.Skip(1)), pair => Assert.True(pair.First.FinishedAt <= pair.Second.StartedAt, $"run {pair.Second.Id} started while run {pair.First.Id} ran"));
        Assert.All(nightly, run =>
        {
            Assert.Equal("nightly", run.Trigger);
            Assert.True(run.Status == JobRunStatus.Succeeded, run.Error);
            Assert.Equal((run.StationsTotal, 0), (run.StationsDone, run.StationsFailed));
        });
        // Every batch (a station each) ran on a server of the cluster.
        var executedBy = await db.JobRunBatches.Where(x => x.JobRunId > catchUp.Id).Select(x => x.ExecutedBy).ToListAsync();
        Assert.Equal(nightly.Sum(r => r.StationsTotal), executedBy.Count);
        Assert.All(executedBy, by =>
        {
            Assert.NotNull(by);
            Assert.Contains(by[..by.IndexOf(':', StringComparison.Ordinal)], servers);
        });

        // Signed out on B with A's token: signed out on A too.
        Assert.Equal(HttpStatusCode.Redirect, (await onB.PostAsync("/account/logout", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await onA.GetAsync("/stations")).StatusCode);

        // A new install's first log holds no errors (EF Core's read of its missing history table, Data Protection's of
        // its missing key table, both before the migrations, used to log three), nor does the second server's.
        Assert.All(_servers, server => Assert.DoesNotContain("[EROR]", server.Output(), StringComparison.Ordinal));
    }

    private AppProcess Start(string database)
    {
        var server = new AppProcess(Path.Combine(_folder, $"server-{_servers.Count + 1}"), database, Path.Combine(_folder, "attachments"));
        _servers.Add(server);
        return server;
    }

    public void Dispose()
    {
        foreach (var server in _servers)
        {
            server.Dispose();
        }
        if (TestDatabase.IsPostgreSql)
        {
            TestDatabase.Drop(TestDatabase.NameFor(_folder));
        }
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    /// <summary>One app server: the built app on a free loopback port, its output kept for a failure's message.</summary>
    private sealed class AppProcess : IDisposable
    {
        private readonly StringBuilder _output = new();
        private readonly Process _app;

        /// <param name="folder">The server's own folder (logs; the SQLite path, unused on PostgreSQL).</param>
        /// <param name="attachments">Shared by the servers, as the provincial sample's network folder.</param>
        public AppProcess(string folder, string database, string attachments)
        {
            BaseUrl = $"http://127.0.0.1:{Repository.FreePort()}";
            var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
            var web = Repository.WebProject;
            var start = new ProcessStartInfo("dotnet", [Path.Combine(web, "bin", configuration, "net10.0", "ComplianceDashboard.Web.dll"), "--urls", BaseUrl])
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
            start.Environment["App__Grading__BatchSize"] = "1";
            start.Environment["App__DatabasePath"] = Path.Combine(folder, "app.db"); // keeps App_Data out of the source tree
            start.Environment["App__AttachmentsPath"] = attachments;
            start.Environment["App__LogPath"] = Path.Combine(folder, "logs");
            _app = Process.Start(start) ?? throw new InvalidOperationException("could not start the app");
            _app.OutputDataReceived += (_, e) => Append(e.Data);
            _app.ErrorDataReceived += (_, e) => Append(e.Data);
            _app.BeginOutputReadLine();
            _app.BeginErrorReadLine();
        }

        public string BaseUrl { get; }

        /// <summary>A client of this server that keeps its cookies in <paramref name="cookies"/> and shows redirects as they are.</summary>
        public HttpClient Client(CookieContainer cookies) =>
            new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(BaseUrl) };

        /// <summary>/healthz answers 503 ("starting: …") until start-up is done; a process that exits fails at once, with its output.</summary>
        public async Task<string> WaitUntilHealthyAsync()
        {
            using var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
            var until = DateTime.UtcNow + Ceiling;
            while (DateTime.UtcNow < until)
            {
                if (_app.HasExited)
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

        public string Output()
        {
            lock (_output)
            {
                return _output.ToString();
            }
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

        public void Dispose()
        {
            if (!_app.HasExited)
            {
                _app.Kill(entireProcessTree: true);
                _app.WaitForExit();
            }
            _app.Dispose();
        }
    }
}
