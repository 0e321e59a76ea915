using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Domain.Supervision;
using ComplianceDashboard.IntegrationTests.Records;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Features.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Supervision;

/// <summary>
/// Two steps taken at once from the same state of a case (a double click, two leaders): both pass the rules on what they
/// read, but only the first is saved; the second is refused as a conflict, so the history has no two steps of one version.
/// </summary>
public class CaseStepRaceTests(RendezvousApp app) : IClassFixture<RendezvousApp>
{
    private const string Stale = "该件刚刚已被更新，请刷新后查看当前状态";
    private static readonly DateOnly Today = RecordTestHelpers.Today;

    [Fact]
    public async Task A_second_accept_of_the_same_case_at_the_same_time_is_refused()
    {
        var (first, second) = (await LeaderAsync(), await LeaderAsync());
        var id = await RegisterAsync(first);

        var results = await app.Rendezvous.RunTogetherAsync(() => first.AcceptAsync(id, Today.AddDays(-4)), () => second.AcceptAsync(id, Today.AddDays(-4)));

        Assert.Single(results, r => r.Succeeded);
        var refused = Assert.Single(results, r => !r.Succeeded);
        Assert.True(refused.IsConflict);
        Assert.Equal(Stale, refused.Error);
        Assert.Equal([(1, CaseService.Registered), (2, CaseService.Accepted)], await StepsAsync(id));
        // Afterwards the rules refuse it too: the case is no longer waiting to be accepted.
        Assert.False((await second.AcceptAsync(id, Today.AddDays(-4))).Succeeded);
        Assert.Equal(2, (await StepsAsync(id)).Count);
    }

    [Fact]
    public async Task The_same_progress_note_sent_twice_at_once_is_saved_once()
    {
        var (first, second) = (await LeaderAsync(), await LeaderAsync());
        var id = await RegisterAsync(first);
        Assert.True((await first.AcceptAsync(id, Today.AddDays(-4))).Succeeded);

        var results = await app.Rendezvous.RunTogetherAsync(() => first.AddProgressAsync(id, "约谈当事人"), () => second.AddProgressAsync(id, "约谈当事人"));

        Assert.Single(results, r => r.Succeeded);
        Assert.Equal(Stale, Assert.Single(results, r => !r.Succeeded).Error);
        Assert.Equal([(1, CaseService.Registered), (2, CaseService.Accepted), (3, CaseService.Progress)], await StepsAsync(id));
    }

    [Fact]
    public async Task Two_leaders_concluding_the_same_case_at_once_leave_one_risk_record_not_two()
    {
        var (first, second) = (await LeaderAsync(), await LeaderAsync());
        var id = await RegisterAsync(first);
        Assert.True((await first.AcceptAsync(id, Today.AddDays(-4))).Succeeded);
        ConcludeInput Conclusion() => new() { Outcome = CaseOutcome.Substantiated, Basis = "收费台账与客户陈述一致", ConcludedOn = Today.AddDays(-1), RiskKind = RecordKind.ServiceComplaint };

        // Both create their risk record (the first write of each) before either saves its step.
        var results = await app.Rendezvous.RunTogetherAsync(() => first.ConcludeAsync(id, Conclusion()), () => second.ConcludeAsync(id, Conclusion()));

        Assert.Single(results, r => r.Succeeded);
        Assert.Equal(Stale, Assert.Single(results, r => !r.Succeeded).Error);
        await using var db = app.CreateDbContext();
        var number = await db.ComplaintCases.Where(c => c.Id == id).Select(c => c.Number).SingleAsync();
        var created = await db.Records.IgnoreQueryFilters().Where(r => r.StationId == 1 && r.Title.Contains(number)).ToListAsync();
        Assert.Equal(2, created.Count);
        // The one the saved conclusion points to counts; the other is taken back, with the reason in its history.
        var kept = Assert.Single(created, r => !r.IsDeleted);
        Assert.Equal(kept.Id, await db.ComplaintCases.Where(c => c.Id == id).Select(c => c.RiskRecordId).SingleAsync());
        var withdrawn = Assert.Single(created, r => r.IsDeleted).Id;
        Assert.Contains(await db.RecordChanges.Where(c => c.RecordId == withdrawn).Select(c => c.Reason).ToListAsync(), r => r != null && r.Contains("办结未保存", StringComparison.Ordinal));
    }

    private async Task<CaseService> LeaderAsync() => (await app.SignedInScopeAsync("jiwei")).ServiceProvider.GetRequiredService<CaseService>();

    private static async Task<long> RegisterAsync(CaseService cases)
    {
        var registered = await cases.RegisterAsync(new CaseInput
        {
            Channel = CaseChannel.Phone, ReceivedOn = Today.AddDays(-5), Subject = "反映抄表员重复收费", StationId = 1, Handler = "李干事", AnonymousReporter = true,
        });
        Assert.True(registered.Succeeded, registered.Error);
        return registered.Value;
    }

    private async Task<List<(int Version, string Action)>> StepsAsync(long id)
    {
        await using var db = app.CreateDbContext();
        var steps = await db.CaseSteps.Where(s => s.CaseId == id).OrderBy(s => s.Version).ThenBy(s => s.Id).Select(s => new { s.Version, s.Action }).ToListAsync();
        return [.. steps.Select(s => (s.Version, s.Action))];
    }
}
