using System.Collections.Concurrent;
using System.Net;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Domain.Scoring;
using ComplianceDashboard.IntegrationTests.Data;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Grading;
using ComplianceDashboard.Web.Grading.Jobs;
using ComplianceDashboard.Web.Infrastructure;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ComplianceDashboard.IntegrationTests.Grading.Jobs;

/// <summary>
/// One of two app servers on one PostgreSQL database (the same folder gives the same database), with Hangfire's
/// PostgreSQL storage in it and one station per batch job. Its grader is the real engine behind a two-server barrier:
/// the first station each server grades waits until the other server grades one too, so the spread of batches over both
/// servers is certain rather than a matter of timing (the barrier is a readiness wait with a ceiling, not a sleep).
/// </summary>
public sealed class ClusterServerApp(string folder, ServerBarrier barrier) : TestApp(folder)
{
    protected override bool UsePostgreSql => true;

    protected override bool InMemoryJobs => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("App:Grading:BatchSize", "1"); // 14 stations × 2 years: 28 batch jobs
        // Hangfire schedules on the real clock: 02:00 in Shanghai must not start a run of its own during the test.
        builder.UseSetting("App:Grading:NightlyCron", "0 2 29 2 *");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<SchemeGrader>();
            services.AddSingleton<SchemeGrader>(sp => new BarrierGrader(sp.GetRequiredService<IOptions<AppOptions>>(), barrier));
        });
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    private sealed class BarrierGrader(IOptions<AppOptions> options, ServerBarrier barrier) : SchemeGrader(options)
    {
        public override StationGrade Grade(StationFacts facts, int year, DateOnly asOf)
        {
            barrier.Arrive(this);
            return base.Grade(facts, year, asOf);
        }
    }
}

/// <summary>Lets graders through once <c>servers</c> different graders (one per server) have arrived.</summary>
public sealed class ServerBarrier(int servers) : IDisposable
{
    private readonly ConcurrentDictionary<object, bool> _arrived = new(ReferenceEqualityComparer.Instance);
    private readonly ManualResetEventSlim _all = new();

    public void Arrive(object server)
    {
        if (_arrived.TryAdd(server, true) && _arrived.Count >= servers)
        {
            _all.Set();
        }
        if (!_all.Wait(TimeSpan.FromMinutes(5))) // the ceiling only ends a failed test
        {
            throw new TimeoutException($"only {_arrived.Count} of {servers} servers took a batch job within 5 minutes");
        }
    }

    public void Dispose() => _all.Dispose();
}

/// <summary>
/// Two app servers on one PostgreSQL database (the provincial set-up, ADR-018): the nightly run starts once however many servers trigger it,
/// its batch jobs run on both servers' workers and add up to one run record; a user signed in on one server works on
/// the other (cookie and antiforgery token); grading on one server reaches the other's open pages, and a save on one
/// empties the other's kept side cards.
/// </summary>
public sealed class TwoServerTests : IDisposable
{
    private static readonly TimeSpan Ceiling = TimeSpan.FromMinutes(5);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cd-tests", Guid.NewGuid().ToString("N"));
    private readonly ServerBarrier _barrier = new(2);

    [PostgreSqlFact]
    public async Task Two_servers_run_the_nightly_recompute_once_share_sign_in_and_hear_each_others_grading()
    {
        using var a = new ClusterServerApp(_folder, _barrier);
        _ = a.Services; // A creates the database, then B joins it
        using var b = new ClusterServerApp(_folder, _barrier);
        _ = b.Services;
        Assert.NotEqual(a.Get<JobServerName>().Name, b.Get<JobServerName>().Name);
        await a.Get<PostgreSqlGradingNotifications>().Listening.WaitAsync(Ceiling);
        await b.Get<PostgreSqlGradingNotifications>().Listening.WaitAsync(Ceiling);

        // Both servers registered the recurring job at start: one job in the shared storage.
        using (var connection = a.Get<JobStorage>().GetConnection())
        {
            Assert.Single(connection.GetRecurringJobs(), j => j.Id == NightlyGradingJob.Id);
        }

        await using var db = a.CreateDbContext();
        var stations = await db.Stations.CountAsync();
        var lastRunBefore = await db.JobRuns.MaxAsync(r => (long?)r.Id) ?? 0;
        var finishedOnA = new TaskCompletionSource<JobProgress>(TaskCreationOptions.RunContinuationsAsynchronously);
        var finishedOnB = new TaskCompletionSource<JobProgress>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnA(JobProgress p) { if (p.Finished && p.RunId > lastRunBefore) finishedOnA.TrySetResult(p); }
        void OnB(JobProgress p) { if (p.Finished && p.RunId > lastRunBefore) finishedOnB.TrySetResult(p); }
        a.Get<GradingNotifier>().ProgressChanged += OnA;
        b.Get<GradingNotifier>().ProgressChanged += OnB;

        // The nightly job triggered on both servers at once: one run.
        string[] triggers =
        [
            ((IRecurringJobManagerV2)a.Get<IRecurringJobManager>()).TriggerJob(NightlyGradingJob.Id),
            ((IRecurringJobManagerV2)b.Get<IRecurringJobManager>()).TriggerJob(NightlyGradingJob.Id),
        ];
        var run = await Poll.UntilAsync(async () =>
        {
            await using var check = a.CreateDbContext();
            var done = await check.JobRuns.AsNoTracking().Where(r => r.Id > lastRunBefore && r.Status != JobRunStatus.Running).FirstOrDefaultAsync();
            using var connection = a.Get<JobStorage>().GetConnection();
            return done is not null && triggers.All(id => connection.GetStateData(id)?.Name == "Succeeded") ? done : null;
        }, timeoutSeconds: (int)Ceiling.TotalSeconds);

        Assert.Equal([run.Id], await db.JobRuns.Where(r => r.Id > lastRunBefore).Select(r => r.Id).ToListAsync());
        Assert.Equal("nightly", run.Trigger);
        Assert.True(run.Status == JobRunStatus.Succeeded, run.Error);
        Assert.Equal((stations * 2, stations * 2, 0), (run.StationsTotal, run.StationsDone, run.StationsFailed));
        var batches = await db.JobRunBatches.AsNoTracking().Where(x => x.JobRunId == run.Id).ToListAsync();
        Assert.Equal(stations * 2, batches.Count);
        Assert.All(batches, x => Assert.NotNull(x.FinishedAt));
        Assert.Equal((run.StationsDone, run.StationsFailed), (batches.Sum(x => x.Done), batches.Sum(x => x.Failed)));
        // Spread over both servers: each batch names the Hangfire server that ran it, and both servers appear.
        Assert.All(batches, x => Assert.True(x.ExecutedBy is { } by && (a.Get<JobServerName>().IsThisHost(by) || b.Get<JobServerName>().IsThisHost(by)), x.ExecutedBy));
        Assert.Contains(batches, x => a.Get<JobServerName>().IsThisHost(x.ExecutedBy!));
        Assert.Contains(batches, x => b.Get<JobServerName>().IsThisHost(x.ExecutedBy!));
        Assert.Equal(2, batches.Select(x => x.ExecutedBy).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(2, (await Web.Features.Jobs.JobRunsQuery.ServersAsync(db, [run.Id]))[run.Id].Count); // the 任务 page names both

        // Both servers' pages saw the run finish, whichever server closed it (the other one heard it over NOTIFY).
        Assert.Equal((run.Id, run.StationsDone), ((await finishedOnA.Task.WaitAsync(Ceiling)).RunId, (await finishedOnA.Task).Done));
        Assert.Equal((run.Id, run.StationsDone), ((await finishedOnB.Task.WaitAsync(Ceiling)).RunId, (await finishedOnB.Task).Done));

        // Two starts at the same moment on the two servers: the database lets one through.
        var started = await Task.WhenAll(a.Get<GradingRuns>().TryStartAsync("manual"), b.Get<GradingRuns>().TryStartAsync("manual"));
        var second = Assert.Single(started, id => id is not null)!.Value;
        Assert.Equal(JobRunStatus.Succeeded, (await WaitForRunAsync(a, second)).Status);
        Assert.Equal(2, await db.JobRuns.CountAsync(r => r.Id > lastRunBefore));

        // Signed in on A (the real login form): B accepts the cookie and A's antiforgery token.
        var cookies = new CookieContainer();
        using var onA = a.CreateDefaultClient(a.ClientOptions.BaseAddress, new CookieContainerHandler(cookies));
        using var onB = b.CreateDefaultClient(b.ClientOptions.BaseAddress, new CookieContainerHandler(cookies));
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostLoginAsync(onA, "kaoping", TestApp.DemoPassword)).StatusCode);
        var page = await onB.GetAsync("/stations");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var token = TestApp.HiddenFields(await onA.GetStringAsync("/stations")).Where(f => f.Key == "__RequestVerificationToken").ToList();
        Assert.Single(token);
        Assert.Equal(HttpStatusCode.BadRequest, (await onB.PostAsync("/account/logout", new FormUrlEncodedContent([new("__RequestVerificationToken", "forged")]))).StatusCode);
        var signOut = await onB.PostAsync("/account/logout", new FormUrlEncodedContent(token));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await onA.GetAsync("/stations")).StatusCode); // signed out on B: out on A too

        // A regrade on A reaches B's open pages.
        var heardOnB = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Heard(int stationId) => heardOnB.TrySetResult(stationId);
        b.Get<GradingNotifier>().StationRegraded += Heard;
        var station = await db.Stations.OrderBy(s => s.Id).Select(s => s.Id).LastAsync();
        await a.Get<GradingService>().RegradeStationAsync(station, TestApp.FixedNow.Year);
        Assert.Equal(station, await heardOnB.Task.WaitAsync(Ceiling));

        // A save on A that no regrade follows (a service point's village, shown only by the station page's side cards)
        // empties B's kept side cards.
        var cardsOnB = b.Get<SideCardCache>();
        var cardsBefore = cardsOnB.Generation;
        var point = await db.ServicePoints.OrderBy(p => p.Id).FirstAsync();
        point.Village += "（改）";
        await db.SaveChangesAsync();
        await Poll.UntilAsync(() => Task.FromResult(cardsOnB.Generation > cardsBefore ? "emptied" : null), timeoutSeconds: (int)Ceiling.TotalSeconds);

        // B's listening connection is cut (as by a database restart or a network drop): B listens again and hears A.
        var listener = b.Get<PostgreSqlGradingNotifications>();
        var before = listener.Connections;
        var cacheOnB = b.Get<GradeReadCache>();
        var cacheBefore = cacheOnB.Generation;
        await db.Database.ExecuteSqlRawAsync(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'ComplianceDashboard notifications'");
        await Poll.UntilAsync(() => Task.FromResult(listener.Connections > before ? "again" : null), timeoutSeconds: (int)Ceiling.TotalSeconds);
        // What A did while B was deaf is unknown to B: B's cached read models are emptied.
        await Poll.UntilAsync(() => Task.FromResult(cacheOnB.Generation > cacheBefore ? "emptied" : null), timeoutSeconds: (int)Ceiling.TotalSeconds);
        heardOnB = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        await a.Get<GradingService>().RegradeStationAsync(station - 1, TestApp.FixedNow.Year);
        Assert.Equal(station - 1, await heardOnB.Task.WaitAsync(Ceiling));

        b.Get<GradingNotifier>().StationRegraded -= Heard;
        a.Get<GradingNotifier>().ProgressChanged -= OnA;
        b.Get<GradingNotifier>().ProgressChanged -= OnB;
    }

    /// <summary>
    /// The run once it has ended; past the ceiling, a failure that says where the run stood (its unfinished batches and
    /// the Hangfire queue's counts and failed jobs), since a run that never ends leaves no other trace in the test output.
    /// </summary>
    private static async Task<JobRun> WaitForRunAsync(ClusterServerApp app, long runId)
    {
        try
        {
            return await app.Get<GradingRuns>().WaitAsync(runId).WaitAsync(Ceiling);
        }
        catch (TimeoutException timeout)
        {
            await using var db = app.CreateDbContext();
            var open = await db.JobRunBatches.AsNoTracking().Where(b => b.JobRunId == runId && b.FinishedAt == null)
                .Select(b => b.Id).ToListAsync();
            var monitor = app.Get<JobStorage>().GetMonitoringApi();
            var failed = monitor.FailedJobs(0, 10).Select(j => $"{j.Key}: {j.Value.ExceptionType} {j.Value.ExceptionMessage}");
            throw new TimeoutException($"run {runId} did not end within {Ceiling}: unfinished batches [{string.Join(", ", open)}]; Hangfire enqueued "
                + $"{monitor.EnqueuedCount("default")}, processing {monitor.ProcessingCount()}, failed {monitor.FailedCount()}: {string.Join(" | ", failed)}", timeout);
        }
    }

    public void Dispose()
    {
        _barrier.Dispose();
        if (TestDatabase.IsPostgreSql)
        {
            TestDatabase.Drop(TestDatabase.NameFor(_folder));
        }
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
