using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Evaluation;
using ComplianceDashboard.Web.Grading;
using ComplianceDashboard.Web.Grading.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Evaluation;

/// <summary>
/// The demo county graded once (2025 is over on the fixed clock, so its snapshots are final) with one
/// "2025年度清廉供电站所评价" round over all 14 stations. Tests use different stations so they do not disturb each other.
/// </summary>
public sealed class EvaluationApp : TestApp, IAsyncLifetime
{
    public long RoundId { get; private set; }

    public async Task InitializeAsync()
    {
        // A run already in progress (e.g. the nightly job) makes TryRunAllAsync return null: wait for that run to
        // end and run again, so the snapshots are surely graded as of the fixed clock.
        long? runId;
        while ((runId = await Runs.TryRunAllAsync("test")) is null)
        {
            await using var busy = CreateDbContext();
            if (await busy.JobRuns.AsNoTracking().Where(r => r.Status == JobRunStatus.Running).Select(r => (long?)r.Id).FirstOrDefaultAsync() is { } running)
            {
                await Runs.WaitAsync(running);
            }
        }
        await using (var db = CreateDbContext())
        {
            var run = await db.JobRuns.SingleAsync(r => r.Id == runId);
            if (run.Status != JobRunStatus.Succeeded)
            {
                throw new InvalidOperationException($"grading run {run.Status}: {run.Error}");
            }
        }
        RoundId = await (await AsUserAsync("kaoping")).Rounds.CreateAsync(
            new RoundInput(2025, "2025年度清廉供电站所评价", new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 15), ["kaoping"], [])).OkAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public GradingService Grading => Services.GetRequiredService<GradingService>();

    public GradingRuns Runs => Services.GetRequiredService<GradingRuns>();

    /// <summary>The evaluation services as <paramref name="userName"/> calls them (the real claims principal factory: roles, station claims).</summary>
    public Task<EvaluationCaller> AsUserAsync(string userName) => EvaluationCaller.SignInAsync(this, userName);

    /// <summary>
    /// The antiforgery token a signed-in page carries (the header's sign-out form), to send as the
    /// RequestVerificationToken header with an API post, the way a same-origin script would.
    /// </summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client)
    {
        var fields = TestApp.HiddenFields(await client.GetStringAsync("/stations"));
        return fields["__RequestVerificationToken"];
    }

    /// <summary>Posts <paramref name="content"/> with the page's antiforgery token in the header.</summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(HttpClient client, string url, HttpContent? content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        request.Headers.Add("RequestVerificationToken", await AntiforgeryTokenAsync(client));
        return await client.SendAsync(request);
    }

    public async Task<GradeSnapshot> LatestAsync(int stationId, int year = 2025)
    {
        await using var db = CreateDbContext();
        return await db.GradeSnapshots.AsNoTracking().SingleAsync(s => s.StationId == stationId && s.Year == year && s.IsLatest);
    }
}
