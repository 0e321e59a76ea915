using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ComplianceDashboard.IntegrationTests.Records;

/// <summary>
/// A second record for a once-per-period duty: RecordService refuses it unless the caller confirms
/// (so a client that skips the form's question cannot add one silently), and once confirmed it changes no score.
/// </summary>
public class DuplicateRecordTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_second_March_group_meeting_is_refused_without_confirmation_and_names_the_first_one()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var first = await FirstRecordAsync(RecordKind.GroupMeeting, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));
        var counts = await app.CountsAsync();

        var result = await scope.Records().CreateAsync(await app.ValidInputAsync(RecordKind.GroupMeeting, new DateOnly(2026, 3, 27)));

        Assert.False(result.Succeeded);
        Assert.Empty(result.Errors);
        var duplicate = Assert.IsType<DuplicateRecord>(result.Duplicate);
        Assert.Equal((first.Id, first.EventDate, first.Title, "2026-03", (string?)null),
            (duplicate.RecordId, duplicate.EventDate, duplicate.Title, duplicate.Period.Key, duplicate.SubjectName));
        Assert.Equal(counts, await app.CountsAsync());
        Assert.Equal($"本站所 2026年3月 已有一条监督小组会议记录（{first.EventDate:yyyy-MM-dd}），再保存一条不会重复计分。确定要保存吗？",
            InChinese(() => DuplicateWarning.Message(Localizer(), duplicate)));
        Assert.Equal($"records/{first.Id}", DuplicateWarning.LinkHref(duplicate));
    }

    [Fact]
    public async Task Confirmed_the_second_meeting_is_saved_and_the_grade_stays_the_same()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var before = await app.ItemsAsync(1, 2026);
        var cellBefore = (await app.CalendarAsync(1, 2026)).Single(c => c.ObligationId == "O5" && c.Period.Key == "2026-04");

        var result = await scope.Records().CreateAsync(await app.ValidInputAsync(RecordKind.GroupMeeting, new DateOnly(2026, 4, 28)), confirmDuplicate: true);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        var cell = (await app.CalendarAsync(1, 2026)).Single(c => c.ObligationId == "O5" && c.Period.Key == "2026-04");
        Assert.Contains(result.RecordId, cell.RecordIds);
        Assert.Equal(cellBefore.RecordIds.Count + 1, cell.RecordIds.Count);
        Assert.Equal(cellBefore.Status, cell.Status);
        Assert.Equal(before.Select(i => (i.Code, i.Points)), (await app.ItemsAsync(1, 2026)).Select(i => (i.Code, i.Points)));
    }

    [Fact]
    public async Task A_per_service_point_duty_is_a_duplicate_only_for_the_same_service_point()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var day = new DateOnly(2026, 10, 12);
        await using var db = app.CreateDbContext();
        var managers = await db.PostAssignments.Where(a => a.ServicePoint!.StationId == 1 && a.Role == PostRole.CustomerManager && a.From <= day && (a.To == null || a.To >= day))
            .OrderBy(a => a.ServicePointId).Select(a => new { PointId = a.ServicePointId, a.PersonId, a.ServicePoint!.Name }).Take(2).ToListAsync();
        Assert.Equal(2, managers.Count);
        var (a, b) = (managers[0], managers[1]);
        await db.Records.Where(r => r.Kind == RecordKind.DemandLedger && r.ServicePointId == b.PointId && r.EventDate >= new DateOnly(2026, 10, 1) && r.EventDate <= new DateOnly(2026, 10, 31))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.IsDeleted, true)); // point B has no October ledger
        var ledgerA = await app.ValidInputAsync(RecordKind.DemandLedger, day);
        (ledgerA.ServicePointId, ledgerA.PersonId) = (a.PointId, a.PersonId);
        Assert.True((await scope.Records().CreateAsync(ledgerA, confirmDuplicate: true)).Succeeded);

        var againA = await app.ValidInputAsync(RecordKind.DemandLedger, day);
        (againA.ServicePointId, againA.PersonId) = (a.PointId, a.PersonId);
        Assert.Equal(a.Name, (await scope.Records().CreateAsync(againA)).Duplicate?.SubjectName);

        var ledgerB = await app.ValidInputAsync(RecordKind.DemandLedger, day);
        (ledgerB.ServicePointId, ledgerB.PersonId) = (b.PointId, b.PersonId);
        var result = await scope.Records().CreateAsync(ledgerB);
        Assert.Null(result.Duplicate);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
    }

    [Fact]
    public async Task Event_driven_records_and_edits_within_their_own_period_never_ask()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var day = new DateOnly(2026, 11, 2);
        Assert.True((await scope.Records().CreateAsync(await app.ValidInputAsync(RecordKind.InstantDisclosure, day))).Succeeded);
        Assert.True((await scope.Records().CreateAsync(await app.ValidInputAsync(RecordKind.InstantDisclosure, day))).Succeeded);

        var created = await scope.Records().CreateAsync(await app.ValidInputAsync(RecordKind.SpecialInspection, new DateOnly(2026, 9, 9)), confirmDuplicate: true);
        var edit = (await scope.Records().LoadInputAsync(created.RecordId))!;
        edit.Content = "补充：营业厅收费公示已更新。";
        var updated = await scope.Records().UpdateAsync(created.RecordId, edit);
        Assert.True(updated.Succeeded, string.Join("; ", updated.Errors.SelectMany(e => e.Value)));
    }

    [Fact]
    public async Task Moving_a_record_by_edit_into_a_period_that_has_one_asks_first()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var first = await FirstRecordAsync(RecordKind.SupervisionResultsDisclosure, new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31));
        var created = await scope.Records().CreateAsync(await app.ValidInputAsync(RecordKind.SupervisionResultsDisclosure, new DateOnly(2026, 11, 3)), confirmDuplicate: true);
        var edit = (await scope.Records().LoadInputAsync(created.RecordId))!;
        edit.ForPeriod = new DateOnly(2026, 5, 1);

        var asked = await scope.Records().UpdateAsync(created.RecordId, edit);
        Assert.Equal(first.Id, asked.Duplicate?.RecordId);

        var confirmed = await scope.Records().UpdateAsync(created.RecordId, edit, confirmDuplicate: true);
        Assert.True(confirmed.Succeeded, string.Join("; ", confirmed.Errors.SelectMany(e => e.Value)));
    }

    [Fact]
    public async Task A_rejected_record_does_not_count_as_the_one_already_there()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var first = await FirstRecordAsync(RecordKind.JointMeeting, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));
        await using (var db = app.CreateDbContext())
        {
            await db.Records.Where(r => r.StationId == 1 && r.Kind == RecordKind.JointMeeting && r.EventDate >= new DateOnly(2026, 1, 1) && r.EventDate <= new DateOnly(2026, 3, 31))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Review, ReviewStatus.Rejected));
        }

        var result = await scope.Records().CreateAsync(await app.ValidInputAsync(RecordKind.JointMeeting, new DateOnly(2026, 3, 20)));

        Assert.True(result.Succeeded, $"{first.Id} is rejected and must not be named: {result.Duplicate}");
    }

    // The demo county's record of station 1 for the kind in the period (the earliest, as the question names it); one is made when there is none.
    private async Task<Web.Data.Entities.EvidenceRecord> FirstRecordAsync(RecordKind kind, DateOnly from, DateOnly to)
    {
        await using var db = app.CreateDbContext();
        var query = db.Records.AsNoTracking().Where(r => r.StationId == 1 && r.Kind == kind && r.Review != ReviewStatus.Rejected
            && (r.ForPeriod ?? r.EventDate) >= from && (r.ForPeriod ?? r.EventDate) <= to).OrderBy(r => r.EventDate).ThenBy(r => r.Id);
        if (await query.FirstOrDefaultAsync() is { } found)
        {
            return found;
        }
        using var scope = await app.SignedInScopeAsync("shuji1");
        Assert.True((await scope.Records().CreateAsync(await app.ValidInputAsync(kind, from.AddDays(9)))).Succeeded);
        return await query.FirstAsync();
    }

    private static IStringLocalizer Localizer() =>
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(SharedResource));

    private static string InChinese(Func<string> text)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        try
        {
            return text();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task The_same_responsibility_list_entered_twice_is_refused_the_second_time()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var lists = scope.ServiceProvider.GetRequiredService<ResponsibilityListService>();
        ResponsibilityListInput Input() => new() { StationId = 1, Role = PostRole.CustomerManager, IssuedOn = new DateOnly(2026, 2, 3), Title = "驻村客户经理工作责任清单（2026）" };

        Assert.True((await lists.CreateAsync(Input())).Succeeded);
        Assert.Equal("该站所已登记同一日期印发的同名清单", (await lists.CreateAsync(Input())).ErrorFor(nameof(ResponsibilityListInput.Title)));
        Assert.Single(await lists.ListAsync(1), l => l.Title == "驻村客户经理工作责任清单（2026）");
    }
}
