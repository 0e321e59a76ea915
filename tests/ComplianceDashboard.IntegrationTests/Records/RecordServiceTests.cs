using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Records;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ComplianceDashboard.IntegrationTests.Records;

/// <summary>Recording evidence through <see cref="RecordService"/> as shuji1 (支部书记 of station 1) and what the grade then shows.</summary>
public class RecordServiceTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Deleting_Marchs_group_meeting_makes_O5_missing_and_re_adding_it_makes_it_on_time_again()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var march = await app.CalendarAsync(1, 2026);
        var cell = march.Single(c => c.ObligationId == "O5" && c.Period.Key == "2026-03");
        Assert.NotEmpty(cell.RecordIds);

        foreach (var id in cell.RecordIds)
        {
            Assert.True((await scope.Records().DeleteAsync(id, null)).Succeeded);
        }
        Assert.Equal(ObligationStatus.Missing, (await app.CalendarAsync(1, 2026)).Single(c => c.ObligationId == "O5" && c.Period.Key == "2026-03").Status);

        var input = await app.ValidInputAsync(RecordKind.GroupMeeting, new DateOnly(2026, 3, 27));
        var result = await scope.Records().CreateAsync(input);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        var after = (await app.CalendarAsync(1, 2026)).Single(c => c.ObligationId == "O5" && c.Period.Key == "2026-03");
        Assert.Equal(ObligationStatus.OnTime, after.Status);
        Assert.Equal([result.RecordId], after.RecordIds);
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public async Task Every_record_kind_saves_with_history_and_counts_in_the_latest_grade(RecordKind kind)
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var day = new DateOnly(2026, 10, 14);
        // The demo station has most of October's records already: this one is an additional, confirmed record (DuplicateRecordTests).
        var result = await scope.Records().CreateAsync(await app.ValidInputAsync(kind, day), confirmDuplicate: true);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => $"{e.Key}: {string.Join(",", e.Value)}")));

        await using var db = app.CreateDbContext();
        var change = await db.RecordChanges.SingleAsync(c => c.RecordId == result.RecordId);
        Assert.Equal((ChangeAction.Created, 1, "shuji1"), (change.Action, change.Version, change.ChangedBy));
        Assert.Contains(kind.ToString(), change.AfterJson, StringComparison.Ordinal);

        var inCalendar = (await app.CalendarAsync(1, 2026)).Any(c => c.RecordIds.Contains(result.RecordId));
        var inItems = (await app.ItemsAsync(1, 2026)).Any(i => i.RecordIds.Contains(result.RecordId) || i.Gaps.Any(g => g.RecordIds?.Contains(result.RecordId) == true));
        Assert.True(inCalendar || inItems || kind == RecordKind.InstantDisclosure, $"{kind} is not in the calendar or any item");
    }

    public static TheoryData<RecordKind> AllKinds() => [.. Enum.GetValues<RecordKind>()];

    [Fact]
    public async Task A_future_date_is_refused_on_the_date_field_and_nothing_is_saved()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var before = await app.CountsAsync();
        var input = await app.ValidInputAsync(RecordKind.GroupMeeting, RecordTestHelpers.Today);
        input.EventDate = RecordTestHelpers.Today.AddDays(1);
        var result = await scope.Records().CreateAsync(input);
        Assert.Equal("日期不能晚于今天（2026-11-20）", result.ErrorFor(nameof(RecordInput.EventDate)));
        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task An_attendee_who_is_not_a_group_member_on_the_meeting_date_is_refused()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var day = new DateOnly(2026, 11, 2);
        var people = await app.PeopleAsync(1, day);
        var before = await app.CountsAsync();
        var input = await app.ValidInputAsync(RecordKind.GroupMeeting, day);
        input.PresentMemberIds = [.. people.Members, people.OutsiderId];
        var result = await scope.Records().CreateAsync(input);
        Assert.Contains("在会议日期不是监督小组成员", result.ErrorFor(nameof(RecordInput.PresentMemberIds)), StringComparison.Ordinal);
        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task An_outage_notice_without_its_outage_is_refused_field_by_field()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var before = await app.CountsAsync();
        var input = new RecordInput { StationId = 1, Kind = RecordKind.OutageNotice, EventDate = RecordTestHelpers.Today, Title = "计划停电公告" };
        var result = await scope.Records().CreateAsync(input);
        Assert.Equal("请选择停电类型", result.ErrorFor(nameof(RecordInput.OutageType)));
        Assert.Equal("请填写停电开始时间", result.ErrorFor(nameof(RecordInput.OutageStart)));
        Assert.Equal("请填写公告发布时间", result.ErrorFor(nameof(RecordInput.PublishedAt)));
        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task Required_fields_period_after_the_event_and_a_person_of_another_station_are_refused()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var before = await app.CountsAsync();
        var ledger = await app.ValidInputAsync(RecordKind.DemandLedger, new DateOnly(2026, 9, 10));
        ledger.Title = " ";
        ledger.Content = "";
        ledger.ForPeriod = new DateOnly(2026, 10, 1);
        await using (var db = app.CreateDbContext())
        {
            ledger.PersonId = await db.People.Where(p => p.StationId == 2).Select(p => p.Id).FirstAsync();
        }
        var result = await scope.Records().CreateAsync(ledger);
        Assert.Equal("请填写标题", result.ErrorFor(nameof(RecordInput.Title)));
        Assert.Equal("请填写收集的需求及解决情况", result.ErrorFor(nameof(RecordInput.Content)));
        Assert.Equal("所属期间不能晚于日期所在的期间", result.ErrorFor(nameof(RecordInput.ForPeriod)));
        Assert.Equal("该人员不属于所选站所", result.ErrorFor(nameof(RecordInput.PersonId)));
        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task A_late_entry_for_an_earlier_month_shows_as_late_in_that_month()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var cell = (await app.CalendarAsync(1, 2026)).Single(c => c.ObligationId == "O7" && c.Period.Key == "2026-06");
        foreach (var id in cell.RecordIds)
        {
            Assert.True((await scope.Records().DeleteAsync(id, null)).Succeeded);
        }
        var input = await app.ValidInputAsync(RecordKind.SpecialInspection, new DateOnly(2026, 7, 3));
        input.ForPeriod = RecordPeriods.Parse("2026-06");
        var result = await scope.Records().CreateAsync(input);
        Assert.True(result.Succeeded);
        var after = (await app.CalendarAsync(1, 2026)).Single(c => c.ObligationId == "O7" && c.Period.Key == "2026-06");
        Assert.Equal((ObligationStatus.Late, result.RecordId), (after.Status, after.RecordIds.Single()));
    }

    [Fact]
    public async Task An_edit_stores_before_and_after_and_a_new_version_and_a_delete_keeps_the_history()
    {
        using var scope = await app.SignedInScopeAsync("jingli1"); // publicity is the customer manager's (§5.2.3.2)
        var created = await scope.Records().CreateAsync(await app.ValidInputAsync(RecordKind.Publicity, new DateOnly(2026, 11, 5)), confirmDuplicate: true);
        var input = (await scope.Records().LoadInputAsync(created.RecordId))!;
        input.Content = "错峰用电宣传：入户发放折页120份。";
        var updated = await scope.Records().UpdateAsync(created.RecordId, input);
        Assert.Equal(2, updated.Version);

        var stale = (await scope.Records().LoadInputAsync(created.RecordId))!;
        stale.ExpectedVersion = 1;
        Assert.NotNull((await scope.Records().UpdateAsync(created.RecordId, stale)).ErrorFor(""));

        Assert.True((await scope.Records().DeleteAsync(created.RecordId, null)).Succeeded);
        await using var db = app.CreateDbContext();
        var changes = await db.RecordChanges.Where(c => c.RecordId == created.RecordId).OrderBy(c => c.Version).ToListAsync();
        Assert.Equal([ChangeAction.Created, ChangeAction.Updated, ChangeAction.Deleted], changes.Select(c => c.Action));
        Assert.Equal([1, 2, 3], changes.Select(c => c.Version));
        Assert.Contains("入户发放折页", changes[1].AfterJson, StringComparison.Ordinal);
        Assert.DoesNotContain("入户发放折页", changes[1].BeforeJson, StringComparison.Ordinal);
        Assert.Null(changes[2].AfterJson);
        Assert.All(changes, c => Assert.Equal("jingli1", c.ChangedBy));
        Assert.False(await db.Records.AnyAsync(r => r.Id == created.RecordId)); // hidden everywhere
        Assert.True(await db.Records.IgnoreQueryFilters().AnyAsync(r => r.Id == created.RecordId && r.IsDeleted));
        var diff = RecordSnapshot.Diff(changes[1].BeforeJson, changes[1].AfterJson);
        Assert.Contains(diff, d => d.Field == "内容");
    }

    [Fact]
    public async Task Readers_and_other_stations_cannot_write()
    {
        using var evaluator = await app.SignedInScopeAsync("kaoping");
        await Assert.ThrowsAsync<ForbiddenException>(async () => await evaluator.Records().CreateAsync(await app.ValidInputAsync(RecordKind.Publicity, RecordTestHelpers.Today)));
        using var other = await app.SignedInScopeAsync("shuji2");
        await Assert.ThrowsAsync<ForbiddenException>(async () => await other.Records().CreateAsync(await app.ValidInputAsync(RecordKind.Publicity, RecordTestHelpers.Today)));
    }

    [Fact]
    public async Task A_reminder_answers_an_open_problem_and_marks_it_corrected()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var inspection = await scope.Records().CreateAsync(await app.ValidInputAsync(RecordKind.SpecialInspection, new DateOnly(2026, 11, 10)), confirmDuplicate: true);
        await using var db = app.CreateDbContext();
        var problemId = await db.EmergingProblems.Where(p => p.RecordId == inspection.RecordId).Select(p => p.Id).SingleAsync();
        var reminder = await app.ValidInputAsync(RecordKind.Reminder, new DateOnly(2026, 11, 12));
        reminder.AnswersProblemId = problemId;
        reminder.ProblemCorrectedOn = new DateOnly(2026, 11, 18);
        var result = await scope.Records().CreateAsync(reminder);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        Assert.Equal(new DateOnly(2026, 11, 18), (await db.EmergingProblems.AsNoTracking().SingleAsync(p => p.Id == problemId)).CorrectedOn);

        var early = await app.ValidInputAsync(RecordKind.Reminder, new DateOnly(2026, 11, 9));
        early.AnswersProblemId = problemId;
        Assert.NotNull((await scope.Records().CreateAsync(early)).ErrorFor(nameof(RecordInput.EventDate)));
    }
}
