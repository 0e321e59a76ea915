using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Domain.Supervision;
using ComplianceDashboard.IntegrationTests.Records;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Features.Supervision;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Supervision;

/// <summary>The supervision plan (approval, tasks, linked inspections, progress) and metric targets (entry, XLSX import, met/not met).</summary>
public class PlanAndTargetTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_plan_is_drawn_up_and_approved_by_the_committee_and_a_task_is_done_once_its_target_station_is_inspected()
    {
        const int year = 2024; // the demo has plans for 2025 and 2026 only
        using var scope = await app.SignedInScopeAsync("jiwei");
        var plans = scope.ServiceProvider.GetRequiredService<PlanService>();
        var created = await plans.CreateAsync(year, "2024年度监督检查计划");
        Assert.True(created.Succeeded, created.Error);
        Assert.False((await plans.CreateAsync(year, "再来一个")).Succeeded);

        long inspection;
        int month;
        await using (var db = app.CreateDbContext())
        {
            var r = await db.Records.Where(x => x.StationId == 2 && x.Kind == RecordKind.SpecialInspection && x.EventDate.Year == year).OrderBy(x => x.EventDate)
                .Select(x => new { x.Id, x.EventDate }).FirstAsync();
            (inspection, month) = (r.Id, r.EventDate.Month);
        }
        Assert.True((await plans.AddTaskAsync(created.Value, new PlanTaskInput { Title = "专项检查", Owner = "纪委办公室", Month = month, StationIds = [2] })).Succeeded);
        var again = await plans.AddTaskAsync(created.Value, new PlanTaskInput { Title = " 专项检查", Owner = "纪委办公室", Month = month, StationIds = [2] });
        Assert.Equal("本计划该月已有同名任务", again.ErrorFor(nameof(PlanTaskInput.Title)));
        var empty = await plans.AddTaskAsync(created.Value, new PlanTaskInput { Title = "", Owner = "x", Month = 13 });
        Assert.NotNull(empty.ErrorFor(nameof(PlanTaskInput.Title)));
        Assert.NotNull(empty.ErrorFor(nameof(PlanTaskInput.Month)));
        Assert.NotNull(empty.ErrorFor(nameof(PlanTaskInput.StationIds)));

        var plan = (await plans.GetAsync(year))!;
        var task = Assert.Single(plan.Tasks);
        Assert.False(task.Done);
        Assert.Equal(1, plan.Months[month - 1].Overdue); // the month of 2024 is over and the task is not done
        Assert.Contains(inspection, (await plans.CandidatesAsync(task.Id)).Select(c => c.Id));
        // An inspection of the same station in another month does not carry this task out.
        var otherMonth = await OtherMonthInspectionAsync(year, month);
        Assert.DoesNotContain(otherMonth, (await plans.CandidatesAsync(task.Id)).Select(c => c.Id));
        Assert.Equal("只能关联任务所在月份的检查记录", (await plans.LinkInspectionAsync(task.Id, otherMonth)).ErrorFor("RecordId"));
        Assert.True((await plans.LinkInspectionAsync(task.Id, inspection)).Succeeded);
        Assert.True((await plans.ApproveAsync(plan.Id)).Succeeded);

        plan = (await plans.GetAsync(year))!;
        Assert.True(plan.Tasks[0].Done);
        Assert.Equal(new PlanMonth(month, 1, 1, 0), plan.Months[month - 1]);
        Assert.Equal("jiwei", plan.ApprovedBy);
        Assert.NotNull(plan.ApprovedAt);
        Assert.True((await plans.ApproveAsync(plan.Id)).IsConflict);

        using var secretary = await app.SignedInScopeAsync("shuji1");
        await Assert.ThrowsAsync<ForbiddenException>(() => secretary.ServiceProvider.GetRequiredService<PlanService>().ApproveAsync(plan.Id));
    }

    private async Task<long> OtherMonthInspectionAsync(int year, int month)
    {
        await using var db = app.CreateDbContext();
        return await db.Records.Where(x => x.StationId == 2 && x.Kind == RecordKind.SpecialInspection && x.EventDate.Year != year)
            .Select(x => x.Id).FirstAsync();
    }

    [Fact]
    public async Task Targets_imported_from_the_template_are_judged_met_or_not_and_a_bad_row_imports_nothing()
    {
        using var scope = await app.SignedInScopeAsync("jiwei");
        var targets = scope.ServiceProvider.GetRequiredService<MetricTargetService>();
        var template = targets.Template().Content;

        var bad = XlsxSheets.Fill(template, ["WY0001", "2024", "3", "投诉率（‰）", "不超过", "2", "1.5"], ["WY9999", "2024", "3", "投诉率（‰）", "不超过", "2", ""]);
        var refused = await targets.ImportAsync(new MemoryStream(bad));
        Assert.False(refused.Succeeded);
        Assert.Contains("第3行：站所编码不存在", refused.Error, StringComparison.Ordinal);
        Assert.Empty(await targets.ListAsync(2024));

        // The same target twice in one file is a row error, not a duplicate key when saving.
        var twice = XlsxSheets.Fill(template, ["WY0001", "2024", "4", "投诉率（‰）", "不超过", "2", ""], ["WY0002", "2024", "4", "投诉率（‰）", "不超过", "2", ""],
            ["WY0001", "2024", "4", " 投诉率（‰）", "不超过", "3", "1"]);
        var duplicate = await targets.ImportAsync(new MemoryStream(twice));
        Assert.False(duplicate.Succeeded);
        Assert.Equal("第4行：与第2行是同一站所同一月份的同一指标", duplicate.Error);
        Assert.Empty(await targets.ListAsync(2024));

        var good = XlsxSheets.Fill(template, ["WY0001", "2024", "3", "投诉率（‰）", "不超过", "2", "2.5"], ["WY0001", "2024", "3", "室温合格率（%）", "不低于", "100", "100"]);
        var imported = await targets.ImportAsync(new MemoryStream(good));
        Assert.True(imported.Succeeded, imported.Error);
        Assert.Equal(2, imported.Value);
        var rows = await targets.ListAsync(2024);
        Assert.False(rows.Single(r => r.Metric == "投诉率（‰）").Met);
        Assert.True(rows.Single(r => r.Metric == "室温合格率（%）").Met);

        // Entering the same target again replaces it.
        Assert.True((await targets.SaveAsync(new MetricTargetInput { StationId = 1, Year = 2024, Month = 3, Metric = "投诉率（‰）", Comparison = TargetComparison.AtMost, Target = 2m, Actual = 1m })).Succeeded);
        Assert.True((await targets.ListAsync(2024)).Single(r => r.Metric == "投诉率（‰）").Met);
    }
}
