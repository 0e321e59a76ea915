using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.Domain.Supervision;
using ComplianceDashboard.IntegrationTests.Records;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Features.Connections;
using ComplianceDashboard.Web.Features.Supervision;
using ComplianceDashboard.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Supervision;

/// <summary>
/// Saves that look their key up first and then insert: two of the same key at once both find nothing, and the unique
/// key refuses the second. It comes back as a message for the form, not as an exception that would end the circuit.
/// </summary>
public class ConcurrentDuplicateTests(RendezvousApp app) : IClassFixture<RendezvousApp>
{
    [Fact]
    public async Task Two_saves_of_the_same_holiday_at_once_store_one_and_answer_the_other_at_the_date()
    {
        var (first, second) = (await ServiceAsync<HolidayService>("admin"), await ServiceAsync<HolidayService>("admin"));
        var date = new DateOnly(2030, 8, 14);
        HolidayInput Input() => new() { Date = date.ToDateTime(TimeOnly.MinValue), Kind = HolidayKind.DayOff, Name = "测试假日" };

        var results = await app.Rendezvous.RunTogetherAsync(() => first.SaveAsync(Input()), () => second.SaveAsync(Input()));

        Assert.Single(results, r => r.Succeeded);
        Assert.Equal("该日期刚刚已被保存，请刷新后查看", Assert.Single(results, r => !r.Succeeded).ErrorFor(nameof(HolidayInput.Date)));
        await using var db = app.CreateDbContext();
        Assert.Equal(1, await db.Holidays.CountAsync(h => h.Date == date));
    }

    [Fact]
    public async Task Two_saves_of_the_same_target_at_once_store_one_and_refuse_the_other()
    {
        var (first, second) = (await ServiceAsync<MetricTargetService>("jiwei"), await ServiceAsync<MetricTargetService>("jiwei"));
        MetricTargetInput Input() => new() { StationId = 1, Year = 2030, Month = 3, Metric = "投诉率（‰）", Comparison = TargetComparison.AtMost, Target = 0.5m };

        var results = await app.Rendezvous.RunTogetherAsync(() => first.SaveAsync(Input()), () => second.SaveAsync(Input()));

        Assert.Single(results, r => r.Succeeded);
        var refused = Assert.Single(results, r => !r.Succeeded);
        Assert.True(refused.IsConflict);
        Assert.Equal("该站所该月的这项指标刚刚已被保存，请刷新后查看", refused.Error);
        await using var db = app.CreateDbContext();
        Assert.Equal(1, await db.MetricTargets.CountAsync(t => t.StationId == 1 && t.Year == 2030 && t.Month == 3));
    }

    [Fact]
    public async Task Two_plans_for_the_same_year_at_once_store_one_and_refuse_the_other()
    {
        var (first, second) = (await ServiceAsync<PlanService>("jiwei"), await ServiceAsync<PlanService>("jiwei"));

        var results = await app.Rendezvous.RunTogetherAsync<CommandResult>(
            async () => await first.CreateAsync(2031, "2031年度监督检查计划"), async () => await second.CreateAsync(2031, "2031年度监督检查计划"));

        Assert.Single(results, r => r.Succeeded);
        Assert.Equal("该年度已有监督计划", Assert.Single(results, r => !r.Succeeded).Error);
        await using var db = app.CreateDbContext();
        Assert.Equal(1, await db.SupervisionPlans.CountAsync(p => p.Year == 2031));
    }

    private async Task<T> ServiceAsync<T>(string userName) where T : notnull =>
        (await app.SignedInScopeAsync(userName)).ServiceProvider.GetRequiredService<T>();
}
