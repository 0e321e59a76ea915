using System.Security.Claims;
using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web;
using ComplianceDashboard.Web.Features.Overview;
using ComplianceDashboard.Web.Grading;
using ComplianceDashboard.Web.Grading.Jobs;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace ComplianceDashboard.IntegrationTests.Grading;

/// <summary>The read models cached between regrades: a regrade on this server shows in the very next read; scope stays per user.</summary>
public class GradeReadCacheTests(TestApp app) : IClassFixture<TestApp>
{
    private const int Year = 2026;

    private GradeReadCache Cache => app.Services.GetRequiredService<GradeReadCache>();

    private static readonly DashboardPeriod Period = new(Year, null);

    private static readonly DateOnly Today = new(2026, 11, 20); // TestApp.FixedNow in Shanghai

    [Fact]
    public async Task A_station_regrade_shows_in_the_next_read_of_the_station_and_of_the_overview()
    {
        const int stationId = 2;
        var grading = app.Services.GetRequiredService<GradingService>();
        await grading.RegradeStationAsync(stationId, Year);
        var bands = app.Services.GetRequiredService<SchemeGrader>().Scheme.GradeBands;
        var before = await Cache.StationAsync(StationScope.System, stationId, Year);
        var overviewBefore = await Cache.OverviewAsync(StationScope.System, Period, Today, bands);
        Assert.NotNull(before?.Snapshot);
        Assert.Same(before, await Cache.StationAsync(StationScope.System, stationId, Year)); // served from memory

        await RemoveMarchMeetingsAsync(stationId);
        await grading.RegradeStationAsync(stationId, Year);

        var after = await Cache.StationAsync(StationScope.System, stationId, Year);
        await using var db = app.CreateDbContext();
        var latest = await db.GradeSnapshots.AsNoTracking().SingleAsync(s => s.StationId == stationId && s.Year == Year && s.IsLatest);
        Assert.NotEqual(before!.Snapshot!.Id, latest.Id);
        Assert.Equal(latest.Id, after!.Snapshot!.Id);
        Assert.Equal(latest.Total, after.Snapshot.Total);
        Assert.Contains(after.Calendar, c => c.ObligationId == "O5" && c.Period.Key == "2026-03" && c.Status == ObligationStatus.Missing);
        var overviewAfter = await Cache.OverviewAsync(StationScope.System, Period, Today, bands);
        Assert.NotSame(overviewBefore, overviewAfter);
        Assert.Equal(latest.Total, overviewAfter.Ranking.Single(r => r.StationId == stationId).Total);
    }

    [Fact]
    public async Task A_grading_run_shows_in_the_next_read_of_the_ranking()
    {
        const int stationId = 3;
        var runs = app.Services.GetRequiredService<GradingRuns>();
        await runs.TryRunAllAsync("test", [Year]);
        var request = new RankingRequest(Period, 0, 50);
        var before = (await Cache.RankingAsync(StationScope.System, request)).Rows.Single(r => r.StationId == stationId);
        Assert.Same(await Cache.RankingAsync(StationScope.System, request), await Cache.RankingAsync(StationScope.System, request));

        await RemoveMarchMeetingsAsync(stationId); // no regrade after this save: only the run below changes the grade
        Assert.Equal(before.Total, (await Cache.RankingAsync(StationScope.System, request)).Rows.Single(r => r.StationId == stationId).Total);
        await runs.TryRunAllAsync("test", [Year]);

        var after = (await Cache.RankingAsync(StationScope.System, request)).Rows.Single(r => r.StationId == stationId);
        await using var db = app.CreateDbContext();
        var latest = await db.GradeSnapshots.AsNoTracking().SingleAsync(s => s.StationId == stationId && s.Year == Year && s.IsLatest);
        Assert.True(after.Missing > before.Missing, $"missing {before.Missing} → {after.Missing}");
        Assert.Equal(latest.Total, after.Total);
    }

    [Fact]
    public async Task Each_reader_gets_only_their_stations_from_the_cache()
    {
        var bands = app.Services.GetRequiredService<SchemeGrader>().Scheme.GradeBands;
        var today = Today;
        var all = await Cache.OverviewAsync(StationScope.System, Period, today, bands);
        Assert.True(all.Ranking.Count > 1);
        var secretary = StationScope.For(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Role, Roles.Secretary), new Claim(AppClaimTypes.Station, "4")], "test")));

        var own = await Cache.OverviewAsync(secretary, Period, today, bands);

        Assert.Equal([4], own.Ranking.Select(r => r.StationId));
        Assert.Equal(1, own.Kpis.StationsGraded);
        Assert.All((await Cache.RankingAsync(secretary, new RankingRequest(Period, 0, 50))).Rows, r => Assert.Equal(4, r.StationId));
        Assert.NotNull(await Cache.StationAsync(StationScope.System, 5, Year)); // cached for a reader of every station …
        Assert.Null(await Cache.StationAsync(secretary, 5, Year)); // … and still refused to this one
        Assert.NotNull(await Cache.StationAsync(secretary, 4, Year));
    }

    [Fact]
    public async Task The_overview_charts_are_kept_per_scope_and_language_and_follow_a_regrade()
    {
        const int stationId = 6;
        var grading = app.Services.GetRequiredService<GradingService>();
        await grading.RegradeStationAsync(stationId, Year);
        var bands = app.Services.GetRequiredService<SchemeGrader>().Scheme.GradeBands;
        var localizer = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        string Translate(string key) => localizer[key];
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            var chinese = await Cache.OverviewViewAsync(StationScope.System, Period, Today, bands, Translate);
            Assert.Same(chinese, await Cache.OverviewViewAsync(StationScope.System, Period, Today, bands, Translate)); // served from memory
            Assert.Same(await Cache.OverviewAsync(StationScope.System, Period, Today, bands), chinese.Data); // the charts are of the cached data
            Assert.Equal("全县平均分", chinese.Charts.Trend.Series.Single().Name);

            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");
            var english = await Cache.OverviewViewAsync(StationScope.System, Period, Today, bands, Translate);
            Assert.Equal("County average", english.Charts.Trend.Series.Single().Name); // never the other language's charts
            Assert.Same(chinese.Data, english.Data);

            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            var secretary = StationScope.For(new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.Role, Roles.Secretary), new Claim(AppClaimTypes.Station, stationId.ToString(CultureInfo.InvariantCulture))], "test")));
            var own = await Cache.OverviewViewAsync(secretary, Period, Today, bands, Translate);
            var ownName = Assert.Single(own.Data.Ranking).Name;
            Assert.Equal([ownName], own.Charts.Duty.Series.Select(s => s.Name).Distinct()); // a scope's charts hold only its stations
            Assert.Equal([ownName], own.Charts.Risk.Series.Select(s => s.Name).Distinct());
            Assert.True(chinese.Charts.Duty.Series.Count > 1);

            await RemoveMarchMeetingsAsync(stationId);
            await grading.RegradeStationAsync(stationId, Year);

            var after = await Cache.OverviewViewAsync(StationScope.System, Period, Today, bands, Translate);
            Assert.NotSame(chinese, after);
            await using var db = app.CreateDbContext();
            var latest = await db.GradeSnapshots.AsNoTracking().SingleAsync(s => s.StationId == stationId && s.Year == Year && s.IsLatest);
            Assert.Equal(latest.Total, after.Data.Ranking.Single(r => r.StationId == stationId).Total);
            var rebuilt = OverviewCharts.For(after.Data, Translate); // the kept charts are those of the new data
            Assert.Equal(rebuilt.Duty.ToJson(), after.Charts.Duty.ToJson());
            Assert.Equal(rebuilt.Risk.ToJson(), after.Charts.Risk.ToJson());
            Assert.Equal(rebuilt.Trend.ToJson(), after.Charts.Trend.ToJson());
            Assert.NotSame(own, await Cache.OverviewViewAsync(secretary, Period, Today, bands, Translate));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    [Fact]
    public async Task A_stations_score_history_is_kept_until_its_next_regrade_and_only_for_its_readers()
    {
        const int stationId = 7;
        var grading = app.Services.GetRequiredService<GradingService>();
        await grading.RegradeStationAsync(stationId, Year);
        var before = await Cache.StationHistoryAsync(StationScope.System, stationId, Year);
        Assert.NotEmpty(before);
        Assert.Same(before, await Cache.StationHistoryAsync(StationScope.System, stationId, Year)); // served from memory
        var other = StationScope.For(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Role, Roles.Secretary), new Claim(AppClaimTypes.Station, "4")], "test")));
        Assert.Empty(await Cache.StationHistoryAsync(other, stationId, Year)); // another station's secretary gets nothing

        await RemoveMarchMeetingsAsync(stationId);
        await grading.RegradeStationAsync(stationId, Year);

        var after = await Cache.StationHistoryAsync(StationScope.System, stationId, Year);
        await using var db = app.CreateDbContext();
        var stored = await db.GradeSnapshots.AsNoTracking().Where(s => s.StationId == stationId && s.Year == Year).OrderBy(s => s.AsOf).ThenBy(s => s.Id)
            .Select(s => new { s.AsOf, s.Total }).ToListAsync();
        Assert.Equal(stored.Select(s => (s.AsOf, s.Total)), after);
        var latest = await db.GradeSnapshots.AsNoTracking().SingleAsync(s => s.StationId == stationId && s.Year == Year && s.IsLatest);
        Assert.Equal(latest.Total, after[^1].Total);
        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task Prepared_grades_keep_the_text_and_hash_of_the_string_serialisation()
    {
        var grader = app.Services.GetRequiredService<SchemeGrader>();
        await using var db = app.CreateDbContext();
        foreach (var facts in await StationFactsLoader.LoadAsync(db, [1, 2, 3], Year, Today))
        {
            var grade = grader.Grade(facts, Year, Today);
            var prepared = SnapshotWriter.Prepare(facts, grade);
            var items = GradeJson.Serialize(grade.Items);
            var calendar = GradeJson.Serialize(grade.Calendar);
            Assert.Equal(items, prepared.ItemsJson);
            Assert.Equal(calendar, prepared.CalendarJson);
            Assert.Equal(StoredHash(grade.SchemeCode, grade.SchemeVersion, grade.IsFinal.ToString(), grade.Total.ToString(System.Globalization.CultureInfo.InvariantCulture), items, calendar), prepared.Hash);
        }
    }

    /// <summary>The formula the stored content hashes were made with: SHA-256 of the parts joined by U+001F, first 16 bytes in hex.</summary>
    private static string StoredHash(params string[] parts) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\u001f', parts))), 0, 16);

    private async Task RemoveMarchMeetingsAsync(int stationId)
    {
        await using var db = app.CreateDbContext();
        var march = await db.Records.Where(r => r.StationId == stationId && r.Kind == RecordKind.GroupMeeting && r.EventDate.Year == Year && r.EventDate.Month == 3).ToListAsync();
        Assert.NotEmpty(march);
        db.Records.RemoveRange(march);
        await db.SaveChangesAsync();
    }
}
