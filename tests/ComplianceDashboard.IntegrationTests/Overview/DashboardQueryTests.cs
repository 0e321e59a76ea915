using System.Security.Claims;
using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Features.Overview;
using ComplianceDashboard.Web.Features.Pending;
using ComplianceDashboard.Web.Features.Stations;
using ComplianceDashboard.Web.Grading;
using ComplianceDashboard.Web.Infrastructure;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceDashboard.IntegrationTests.Overview;

/// <summary>
/// The dashboards' reads (OverviewQuery, StationGradeQuery, StationMonthQuery, PendingDuties) straight against the
/// seeded demo county — no web host, no HTTP: what the overview, station, month and pending pages are given.
/// Today is 2026-11-20 (the test clock); the county has score history for 2025 and 2026.
/// </summary>
public sealed class DashboardQueryTests : IClassFixture<SeededCounty>
{
    private static readonly DateOnly Today = SeededCounty.Today;
    private static readonly SchemeGrader Grader = new(Options.Create(new AppOptions()));
    private readonly SeededCounty _county;

    public DashboardQueryTests(SeededCounty county) => _county = county;

    [Fact]
    public async Task Overview_ranks_every_station_of_the_county_for_a_county_reader()
    {
        await using var db = _county.CreateDbContext();

        var data = await OverviewQuery.LoadAsync(db, Scope(Roles.DisciplineLeader), new DashboardPeriod(2026, null), Today, Grader.Scheme.GradeBands);

        Assert.Equal(TestApp.DefaultDemoStations, data.Ranking.Count);
        Assert.Equal(Enumerable.Range(1, data.Ranking.Count), data.Ranking.Select(r => r.Rank));
        Assert.Equal(data.Ranking.OrderByDescending(r => r.Total).ThenBy(r => r.Code).Select(r => r.StationId), data.Ranking.Select(r => r.StationId));
        var kpis = data.Kpis;
        Assert.Equal(data.Ranking.Count, kpis.StationsGraded);
        Assert.Equal(["Excellent", "Qualified", "Unqualified"], kpis.Bands.Select(b => b.Code));
        Assert.Equal(["优秀（示范型）", "合格（标准型）", "不合格"], kpis.Bands.Select(b => b.Label));
        Assert.All(kpis.Bands, b => Assert.Equal(data.Ranking.Count(r => r.GradeCode == b.Code), b.Count));
        Assert.Equal(kpis.StationsGraded, kpis.Bands.Sum(b => b.Count));
        Assert.Equal(Math.Round(data.Ranking.Average(r => r.Total), 1), kpis.AverageScore);
        Assert.Equal(data.Cells.Sum(c => c.Missing), kpis.Overdue);
        Assert.All(data.Ranking, r => Assert.Equal(data.Cells.Where(c => c.StationId == r.StationId).Sum(c => c.Missing), r.Missing));
    }

    [Fact]
    public async Task Overview_trend_has_a_point_per_month_up_to_the_running_month_and_none_after()
    {
        await using var db = _county.CreateDbContext();

        var data = await OverviewQuery.LoadAsync(db, Scope(Roles.Evaluator), new DashboardPeriod(2026, null), Today, Grader.Scheme.GradeBands);

        Assert.Equal(Enumerable.Range(1, 12), data.Trend.Select(p => p.Month));
        Assert.All(data.Trend.Where(p => p.Month <= Today.Month), p => Assert.NotNull(p.AverageScore));
        Assert.All(data.Trend.Where(p => p.Month > Today.Month), p => Assert.Null(p.AverageScore));
        Assert.Equal(Today, data.Today);
    }

    [Fact]
    public async Task Overview_of_a_quarter_holds_only_that_quarters_months()
    {
        await using var db = _county.CreateDbContext();

        var data = await OverviewQuery.LoadAsync(db, Scope(Roles.Evaluator), new DashboardPeriod(2026, 3), Today, Grader.Scheme.GradeBands);

        Assert.NotEmpty(data.Cells);
        Assert.All(data.Cells, c => Assert.InRange(c.Month, 7, 9));
        Assert.Equal(TestApp.DefaultDemoStations, data.Cells.Select(c => c.StationId).Distinct().Count());
    }

    [Fact]
    public async Task Overview_for_a_secretary_holds_only_their_station()
    {
        await using var db = _county.CreateDbContext();

        var data = await OverviewQuery.LoadAsync(db, Scope(Roles.Secretary, 1), new DashboardPeriod(2026, null), Today, Grader.Scheme.GradeBands);

        var only = Assert.Single(data.Ranking);
        Assert.Equal((1, 1), (only.StationId, only.Rank));
        Assert.All(data.Cells, c => Assert.Equal(1, c.StationId));
        Assert.Equal(1, data.Kpis.StationsGraded);
    }

    [Fact]
    public async Task Station_grade_view_decodes_the_latest_snapshot_with_the_names_it_refers_to()
    {
        await using var db = _county.CreateDbContext();

        var view = await StationGradeQuery.LoadAsync(db, Scope(Roles.Secretary, 1), Grader, 1, 2026);

        Assert.NotNull(view);
        Assert.Equal("桐琴供电所", view.Station.Name);
        var latest = await db.GradeSnapshots.AsNoTracking().SingleAsync(s => s.StationId == 1 && s.Year == 2026 && s.IsLatest);
        Assert.Equal(latest.Id, view.Snapshot!.Id);
        Assert.Equal(view.Scheme.Items.Count, view.Items.Count);
        Assert.NotEmpty(view.Calendar);
        Assert.Equal(await db.ServicePoints.CountAsync(p => p.StationId == 1), view.ServicePointNames.Count);
        Assert.Equal(await db.People.CountAsync(p => p.StationId == 1), view.PersonNames.Count);
    }

    [Fact]
    public async Task Station_grade_view_is_null_outside_the_users_scope_and_for_an_unknown_station()
    {
        await using var db = _county.CreateDbContext();

        Assert.Null(await StationGradeQuery.LoadAsync(db, Scope(Roles.Secretary, 1), Grader, 2, 2026));
        Assert.Null(await StationGradeQuery.LoadAsync(db, Scope(Roles.Evaluator), Grader, 999, 2026));
        Assert.Null(await StationGradeQuery.LoadAsync(db, StationScope.Empty, Grader, 1, 2026));
    }

    [Fact]
    public async Task Station_grade_view_of_a_year_without_grades_has_no_items()
    {
        await using var db = _county.CreateDbContext();

        var view = await StationGradeQuery.LoadAsync(db, Scope(Roles.Evaluator), Grader, 1, 2020);

        Assert.NotNull(view);
        Assert.Null(view.Snapshot);
        Assert.Empty(view.Items);
        Assert.Empty(view.Calendar);
    }

    [Fact]
    public async Task Station_month_lists_the_duties_falling_due_that_month_missing_first_with_their_records()
    {
        await using var db = _county.CreateDbContext();
        var view = (await StationGradeQuery.LoadAsync(db, Scope(Roles.Evaluator), Grader, 1, 2025))!;
        var month = new DateOnly(2025, 3, 1);

        var (cells, records, incidents) = await StationMonthQuery.LoadAsync(db, view, month);

        Assert.NotEmpty(cells);
        Assert.All(cells, c => Assert.Equal((2025, 3), (c.DueDate.Year, c.DueDate.Month)));
        Assert.DoesNotContain(cells, c => c.Status == ObligationStatus.NotApplicable);
        var order = cells.Select(c => c.Status switch { ObligationStatus.Missing => 0, ObligationStatus.Late => 1, ObligationStatus.Pending => 2, _ => 3 }).ToList();
        Assert.Equal(order.Order(), order);
        Assert.All(cells.SelectMany(c => c.RecordIds), id => Assert.True(records.ContainsKey(id), $"record {id} of a cell is loaded"));
        var stationRecords = await db.Records.Where(r => r.StationId == 1).Select(r => r.Id).ToListAsync();
        Assert.All(records.Keys, id => Assert.Contains(id, stationRecords));
        Assert.All(incidents, i => Assert.Equal((2025, 3), (i.EventDate.Year, i.EventDate.Month)));
    }

    [Fact]
    public async Task Pending_duties_due_this_month_are_open_cells_due_by_month_end_sorted_by_points_at_stake()
    {
        await using var db = _county.CreateDbContext();
        var view = (await StationGradeQuery.LoadAsync(db, Scope(Roles.Secretary, 1), Grader, 1, Today.Year))!;

        var due = PendingDuties.DueThisMonth(view, Today);

        Assert.NotEmpty(due);
        var monthEnd = new DateOnly(Today.Year, Today.Month, 1).AddMonths(1).AddDays(-1);
        Assert.All(due, d =>
        {
            Assert.Equal(ObligationStatus.Pending, d.Cell.Status);
            Assert.Empty(d.Cell.RecordIds);
            Assert.True(d.Cell.DueDate <= monthEnd, $"{d.Cell.ObligationId} {d.ObligationName} is due {d.Cell.DueDate}");
            Assert.StartsWith("records/new?", d.NewRecordUrl, StringComparison.Ordinal);
        });
        Assert.Equal(due.Select(d => d.Points).OrderDescending(), due.Select(d => d.Points));
    }

    [Fact]
    public async Task Overdue_duties_are_the_missing_cells_sorted_by_points()
    {
        await using var db = _county.CreateDbContext();
        var views = new List<StationGradeView>();
        for (var station = 1; station <= TestApp.DefaultDemoStations; station++)
        {
            views.Add((await StationGradeQuery.LoadAsync(db, Scope(Roles.Evaluator), Grader, station, 2025))!);
        }

        var overdue = views.Select(v => (View: v, Duties: PendingDuties.Overdue(v))).ToList();

        Assert.Contains(overdue, o => o.Duties.Count > 0); // the demo county misses some duties
        Assert.All(overdue, o =>
        {
            Assert.Equal(o.View.Calendar.Count(c => c.Status == ObligationStatus.Missing), o.Duties.Count);
            Assert.All(o.Duties, d => Assert.Equal(ObligationStatus.Missing, d.Cell.Status));
            Assert.Equal(o.Duties.Select(d => d.Points).OrderDescending(), o.Duties.Select(d => d.Points));
        });
    }

    private static StationScope Scope(string role, params int[] stations) =>
        StationScope.For(new ClaimsPrincipal(new ClaimsIdentity(
            stations.Select(s => new Claim(AppClaimTypes.Station, s.ToString(CultureInfo.InvariantCulture)))
                .Append(new Claim(ClaimTypes.Role, role))
                .Append(new Claim(ClaimTypes.Name, "someone")),
            "test")));
}
