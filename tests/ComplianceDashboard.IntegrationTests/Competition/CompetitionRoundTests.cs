using System.Net;
using ComplianceDashboard.IntegrationTests.Records;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Competition;
using ComplianceDashboard.Web.Features.Connections;
using ComplianceDashboard.Web.Infrastructure;
using ComplianceDashboard.Web.Infrastructure.Export;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Competition;

/// <summary>
/// The MD-2006 competition over the real database: a round from self-assessment through the draw, on-the-spot
/// scoring and the live ranking to a finalised (locked) ranking; a unit's user (the 支部书记 of the linked station)
/// sees only its own unit; rows computed by an <see cref="IFulfilmentCaseSource"/> replace entered ones.
/// </summary>
public class CompetitionRoundTests(TestApp app) : IClassFixture<TestApp>
{
    private static T Service<T>(IServiceScope scope) where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    [Fact]
    public async Task A_round_goes_from_self_assessment_to_a_finalised_ranking_and_each_unit_user_sees_only_its_own()
    {
        using var evaluator = await app.SignedInScopeAsync("kaoping");
        var units = Service<CompetitionUnitService>(evaluator);
        var window = await units.CreateAsync(new UnitInput("测试营业窗口", CompetitionUnitType.BusinessWindow, null, ["MD-2006"])).OkAsync();
        var station1Unit = await StationUnitAsync(units, 1);
        await StationUnitAsync(units, 2);
        var wrong = await units.CreateAsync(new UnitInput("测试变电站", CompetitionUnitType.Substation, 3, ["MD-2006"]));
        Assert.Equal("只有供电所单位关联供电所", wrong.ErrorFor(nameof(UnitInput.StationId)));

        var rounds = Service<CompetitionRoundService>(evaluator);
        var roundId = await rounds.CreateAsync(new RoundInput(2026, "2026年蒙电服务进万家竞赛评比", new DateOnly(2026, 11, 30))).OkAsync();
        var duplicate = await rounds.CreateAsync(new RoundInput(2026, "又一次", new DateOnly(2026, 11, 30)));
        Assert.NotNull(duplicate.ErrorFor(nameof(RoundInput.Year)));
        var detail = (await rounds.GetAsync(roundId))!;
        Assert.Equal(CompetitionRoundStatus.SelfAssessment, detail.Status);
        var ownEntry = detail.Entries.Single(e => e.UnitId == station1Unit).EntryId;
        var windowEntry = detail.Entries.Single(e => e.UnitId == window).EntryId;

        // 自评 by the unit's user: the 支部书记 of station 1. Bad steps are field errors and nothing is saved.
        using (var secretary = await app.SignedInScopeAsync("shuji1"))
        {
            var scoring = Service<CompetitionScoringService>(secretary);
            var bad = await scoring.SaveSelfAssessmentAsync(ownEntry, [new SelfInput("1.1.1", 1.3m, null)], "总结");
            Assert.Equal("得分须为0.5分的整数倍", bad.ErrorFor("1.1.1"));
            await scoring.SaveSelfAssessmentAsync(ownEntry, [new SelfInput("1.1.1", 2m, null), new SelfInput("1.1.2", 2.5m, "已开展服务测评，下季度补做客户回访")],
                "本所对照考核标准逐项自检，发现两处问题，已制定整改措施。").OkAsync();
            var sheet = (await scoring.SheetAsync(ownEntry))!;
            Assert.True(sheet.CanSelfAssess);
            Assert.False(sheet.CanScore);
            Assert.Equal(2.5m, sheet.Items.Single(i => i.Item.Code == "1.1.2").SelfPoints);
            Assert.Equal("已开展服务测评，下季度补做客户回访", sheet.Items.Single(i => i.Item.Code == "1.1.2").SelfNote);

            // Only its own unit: not the window's sheet, not another station's; it cannot score.
            Assert.Null(await scoring.SheetAsync(windowEntry));
            await Assert.ThrowsAsync<ForbiddenException>(() => scoring.ScoreAsync(ownEntry, "1.1.1", 2m, null));
            await Assert.ThrowsAsync<ForbiddenException>(() => scoring.SaveSelfAssessmentAsync(windowEntry, [], ""));
            var own = (await Service<CompetitionRoundService>(secretary).GetAsync(roundId))!;
            Assert.Equal([station1Unit], own.Entries.Select(e => e.UnitId));
        }
        using (var other = await app.SignedInScopeAsync("shuji2"))
        {
            Assert.Null(await Service<CompetitionScoringService>(other).SheetAsync(ownEntry));
        }

        // A below-standard fulfilment row of the window: row 15 (weight 2) at 75 % → 20 × 18.5 / 19 = 19.5.
        var fulfilment = Service<FulfilmentService>(evaluator);
        var allMet = FulfilmentService.Table.Rows.Select(r => r.Kind == Domain.Competition.FulfilmentRowKind.Threshold
            ? new FulfilmentInput(r.Number, 100m, null, null) : new FulfilmentInput(r.Number, null, r.Number == 15 ? 8 : 4, r.Number == 15 ? 2 : 0)).ToList();
        await fulfilment.SaveMonthAsync(window, 2026, 3, allMet).OkAsync();
        var badRow = await fulfilment.SaveMonthAsync(window, 2026, 4, [new FulfilmentInput(5, null, 2, 3)]);
        Assert.Equal("未达到要求数不能大于总数", badRow.ErrorFor("Row5"));
        var windowSheet = (await fulfilment.SheetAsync(window, 2026, null))!;
        Assert.Equal(19.5m, windowSheet.Result.Score);
        Assert.True(windowSheet.Rows.Single(r => r.Result.Row.Number == 15).Result.BelowStandard);

        // The draw ends the self-assessment; it is recorded and happens once.
        var all = detail.Entries.Count;
        await rounds.DrawAsync(roundId, 20251120, all).OkAsync();
        Assert.True((await rounds.DrawAsync(roundId, 1, 1)).IsConflict);
        using (var secretary = await app.SignedInScopeAsync("shuji1"))
        {
            Assert.True((await Service<CompetitionScoringService>(secretary).SaveSelfAssessmentAsync(ownEntry, [], "")).IsConflict);
        }
        detail = (await rounds.GetAsync(roundId))!;
        Assert.Equal(Enumerable.Range(1, all), detail.Entries.Select(e => e.DrawOrder!.Value).Order());
        Assert.Equal(20251120, detail.DrawSeed);

        // Scoring on the spot: bounds and reason checked; the total is shown as soon as saved; the ranking follows.
        var scoring2 = Service<CompetitionScoringService>(evaluator);
        Assert.Equal("得分应在0至2分之间", (await scoring2.ScoreAsync(windowEntry, "1.1.1", 2.5m, "")).ErrorFor("Points"));
        Assert.Equal("扣分须填写理由", (await scoring2.ScoreAsync(windowEntry, "1.1.1", 1.5m, " ")).ErrorFor("Reason"));
        var shown = await scoring2.ScoreAsync(windowEntry, "1.1.1", 1.5m, "品牌建设材料不全").OkAsync();
        Assert.Equal(1.5m + 19.5m, shown);
        Assert.Equal(window, Assert.Single((await rounds.GetAsync(roundId))!.Ranking).UnitId);
        Assert.True((await rounds.FinaliseAsync(roundId)).IsConflict); // not everything scored yet

        var scheme = Domain.Schemes.SchemeCatalog.Get("MD-2006");
        foreach (var entry in detail.Entries)
        {
            foreach (var item in scheme.Items.Where(i => i.IsJudgement))
            {
                var points = entry.EntryId == windowEntry && item.Code == "1.1.1" ? 1.5m : item.MaxPoints - (entry.EntryId == ownEntry ? 0.5m : 0);
                await scoring2.ScoreAsync(entry.EntryId, item.Code, points, "现场检查").OkAsync();
            }
        }
        await scoring2.AddOpinionAsync(windowEntry, new OpinionInput(OpinionSource.Customer, "张先生", "办理业务快捷，态度热情", true)).OkAsync();
        Assert.NotNull((await scoring2.AddHotlineCheckAsync(windowEntry, new HotlineInput(new DateOnly(2026, 11, 18), 10, 11, ""))).ErrorFor("AnsweredWithinFourRings"));
        await scoring2.AddHotlineCheckAsync(windowEntry, new HotlineInput(new DateOnly(2026, 11, 18), 10, 9, "1次超过4声未致歉")).OkAsync();

        await rounds.FinaliseAsync(roundId).OkAsync();
        detail = (await rounds.GetAsync(roundId))!;
        Assert.Equal(CompetitionRoundStatus.Finalised, detail.Status);
        Assert.Equal(all, detail.Ranking.Count);
        Assert.All(detail.Entries, e => Assert.True(e.IsFinal && e.Rank is not null));
        var windowRow = detail.Entries.Single(e => e.EntryId == windowEntry);
        Assert.Equal(79.5m + 19.5m, windowRow.EvaluatorTotal); // 80 judgement points less 0.5, plus the fulfilment item
        var ownRow = detail.Entries.Single(e => e.EntryId == ownEntry);
        Assert.Equal(80m - 0.5m * 19, ownRow.EvaluatorTotal - (await fulfilment.SheetAsync(station1Unit, 2026, null))!.Result.Score);

        // Locked: no more scores, opinions or fulfilment figures for the year.
        Assert.True((await scoring2.ScoreAsync(windowEntry, "1.1.1", 2m, "")).IsConflict);
        Assert.True((await scoring2.AddOpinionAsync(windowEntry, new OpinionInput(OpinionSource.Customer, "", "再补一条", true))).IsConflict);
        Assert.True((await fulfilment.SaveMonthAsync(window, 2026, 5, [new FulfilmentInput(5, null, 1, 0)])).IsConflict);

        // The unit's user sees its own result only.
        using (var secretary = await app.SignedInScopeAsync("shuji1"))
        {
            var own = (await Service<CompetitionRoundService>(secretary).GetAsync(roundId))!;
            var row = Assert.Single(own.Entries);
            Assert.Equal(ownRow.Rank, row.Rank);
            Assert.DoesNotContain(own.Ranking, r => r.UnitId != station1Unit);
            var sheet = (await Service<CompetitionScoringService>(secretary).SheetAsync(ownEntry))!;
            Assert.Equal(ownRow.Rank, sheet.FinalRank);
            Assert.False(sheet.CanSelfAssess);

            // The station page's MD-2006 card, beside its QL-2022 grade; another station's is refused.
            var station = Assert.Single(await Service<CompetitionRoundService>(secretary).StationResultsAsync(1, 2026));
            Assert.Equal((ownRow.Rank, all, ownRow.EvaluatorTotal), (station.Rank, station.Ranked, station.EvaluatorTotal));
            await Assert.ThrowsAsync<ForbiddenException>(() => Service<CompetitionRoundService>(secretary).StationResultsAsync(2, 2026));
        }

        // The ranking exports with its results.
        var csv = System.Text.Encoding.UTF8.GetString(Service<TableExport>(evaluator)
            .Create(ExportFormat.Csv, detail.Name, CompetitionExports.Entries, detail.Entries).Content);
        Assert.Contains("名次,单位,类型", csv, StringComparison.Ordinal);
        Assert.Contains("测试营业窗口,营业窗口", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registered_case_source_computes_its_rows_and_entered_figures_for_them_are_ignored()
    {
        using var evaluator = await app.SignedInScopeAsync("kaoping");
        var unitId = await StationUnitAsync(Service<CompetitionUnitService>(evaluator), 4);
        var plain = WithSources(evaluator); // no source: rows 6–11 are entered and stored
        await plain.SaveMonthAsync(unitId, 2024, 6, [new FulfilmentInput(6, null, 5, 5), new FulfilmentInput(12, null, 2, 1)]).OkAsync();

        var withSource = WithSources(evaluator, new YekuoCounts());
        var sheet = (await withSource.SheetAsync(unitId, 2024, null))!;
        var row6 = sheet.Rows.Single(r => r.Result.Row.Number == 6);
        Assert.Equal("业扩", row6.ComputedBy);
        Assert.Equal(0.75m, row6.Result.FulfilmentRate); // 4 cases, 1 late — not the entered 5 of 5
        Assert.Null(sheet.Rows.Single(r => r.Result.Row.Number == 12).ComputedBy);
        Assert.Equal(0.5m, sheet.Rows.Single(r => r.Result.Row.Number == 12).Result.FulfilmentRate);

        var detail = (await withSource.RowDetailAsync(unitId, 2024, 6))!;
        Assert.Equal(12, detail.Months.Count);
        Assert.All(detail.Months, m => Assert.Equal(4, m.Computed!.Total));
        Assert.Equal(5, detail.Months.Single(m => m.Month == 6).Entered!.Total);

        // Without a source the same row is entered by hand.
        var entered = (await plain.SheetAsync(unitId, 2024, null))!.Rows.Single(r => r.Result.Row.Number == 6);
        Assert.Null(entered.ComputedBy);
        Assert.Equal(0m, entered.Result.FulfilmentRate);
    }

    [Fact]
    public async Task A_month_is_imported_from_a_filled_template_and_a_bad_line_saves_nothing()
    {
        using var evaluator = await app.SignedInScopeAsync("kaoping");
        var unitId = await StationUnitAsync(Service<CompetitionUnitService>(evaluator), 5);
        var fulfilment = Service<FulfilmentService>(evaluator);
        var empty = (await fulfilment.SheetAsync(unitId, 2024, 2))!;
        var header = FulfilmentXlsx.Template(empty with { Rows = [] });

        var bad = XlsxSheets.Fill(header, ["3", "", "", "97.5", "", ""], ["19", "", "", "", "1", "0"], ["15", "", "", "", "2", "5"]);
        var refused = await fulfilment.ImportMonthAsync(unitId, 2024, 2, new MemoryStream(bad));
        Assert.Contains("序号“19”不是兑现表的行", refused.Error, StringComparison.Ordinal);
        Assert.All((await fulfilment.SheetAsync(unitId, 2024, 2))!.Rows.Where(r => r.ComputedBy is null), r => Assert.False(r.Result.Entered));

        var good = XlsxSheets.Fill(header, ["3", "农村地区供电可靠率", "", "97.5", "", ""], ["15", "", "", "", "8", "2"]);
        await fulfilment.ImportMonthAsync(unitId, 2024, 2, new MemoryStream(good)).OkAsync();
        var sheet = (await fulfilment.SheetAsync(unitId, 2024, 2))!;
        Assert.Equal(0m, sheet.Rows.Single(r => r.Result.Row.Number == 3).Result.FulfilmentRate);
        Assert.Equal(0.75m, sheet.Rows.Single(r => r.Result.Row.Number == 15).Result.FulfilmentRate);

        // The filled template of the month carries the figures back out.
        var again = FulfilmentXlsx.Read(new MemoryStream(FulfilmentXlsx.Template(sheet)), FulfilmentService.Table);
        Assert.Empty(again.Problems);
        Assert.Contains(new FulfilmentInput(15, null, 8, 2), again.Inputs);
    }

    [Fact]
    public async Task Competition_pages_answer_by_role_over_http()
    {
        using var supervisor = await app.SignInAsync("jiandu1");
        var denied = await supervisor.GetAsync("/competition");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/account/denied", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var secretary = await app.SignInAsync("shuji1");
        Assert.Equal(HttpStatusCode.OK, (await secretary.GetAsync("/competition")).StatusCode);
        var units = await secretary.GetAsync("/competition/units");
        Assert.Equal(HttpStatusCode.Redirect, units.StatusCode);

        using var leader = await app.SignInAsync("jiwei");
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync("/competition/fulfilment?year=2025")).StatusCode);
        // The overview switched to MD-2006 shows the competition; the scheme page shows the seed's label mismatch.
        var overview = await leader.GetStringAsync("/?scheme=MD-2006&year=2025");
        Assert.Contains("data-testid=\"competition-overview\"", overview, StringComparison.Ordinal);
        Assert.Contains("2025年蒙电服务进万家竞赛评比", overview, StringComparison.Ordinal);
        var scheme = await leader.GetStringAsync("/settings/scheme/MD-2006");
        Assert.Contains("标注30分，但标准分栏合计7分", scheme, StringComparison.Ordinal);
        Assert.Contains("农村电力故障报修到达现场时间", scheme, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_6_to_11_of_a_station_unit_are_the_counts_of_its_yekuo_applications()
    {
        using var evaluator = await app.SignedInScopeAsync("kaoping");
        var units = Service<CompetitionUnitService>(evaluator);
        var stationUnit = await StationUnitAsync(units, 1);
        var year = Service<AppClock>(evaluator).Today.Year;
        var expected = await Service<ConnectionFulfilmentQuery>(evaluator).CountAsync(1, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), CancellationToken.None);
        Assert.Contains(expected, r => r.Total > 0); // the demo keeps a year of applications for the first stations

        var sheet = (await Service<FulfilmentService>(evaluator).SheetAsync(stationUnit, year, null))!;
        foreach (var count in expected)
        {
            var row = sheet.Rows.Single(r => r.Result.Row.Number == count.RowNumber);
            Assert.Equal("业扩", row.ComputedBy);
            Assert.Equal((count.Total, count.Unmet), (row.Result.Entry!.Total, row.Result.Entry.Unmet));
        }
        Assert.Equal([6, 7, 8, 9, 10, 11], expected.Select(r => r.RowNumber).Order());

        var detail = (await Service<FulfilmentService>(evaluator).RowDetailAsync(stationUnit, year, 6))!;
        Assert.Equal($"/connections/applications?station=1&year={year}", detail.CasesUrl);
        // The drill-down's months (counted in one call with the year) are each the month's own count.
        var query = Service<ConnectionFulfilmentQuery>(evaluator);
        foreach (var month in detail.Months)
        {
            var own = (await query.CountAsync(1, new DateOnly(year, month.Month, 1), new DateOnly(year, month.Month, DateTime.DaysInMonth(year, month.Month)), CancellationToken.None)).Single(r => r.RowNumber == 6);
            Assert.Equal((own.Total, own.Unmet), (month.Computed!.Total, month.Computed.Unmet));
        }
        Assert.Equal(expected.Single(r => r.RowNumber == 6).Total, detail.YearRow.Result.Entry!.Total);

        // A unit that is not a 供电所 has no applications here: every row is entered by hand.
        var window = await units.CreateAsync(new UnitInput("业扩测试营业窗口", CompetitionUnitType.BusinessWindow, null, ["MD-2006"])).OkAsync();
        Assert.All((await Service<FulfilmentService>(evaluator).SheetAsync(window, year, null))!.Rows, r => Assert.Null(r.ComputedBy));
    }

    [Fact]
    public async Task A_unit_is_renamed_its_schemes_changed_and_it_leaves_new_rounds_when_deactivated()
    {
        using var evaluator = await app.SignedInScopeAsync("kaoping");
        var units = Service<CompetitionUnitService>(evaluator);
        var id = await units.CreateAsync(new UnitInput("改名前的变电站", CompetitionUnitType.Substation, null, ["MD-2006"])).OkAsync();
        var other = await units.CreateAsync(new UnitInput("另一个变电站", CompetitionUnitType.Substation, null, ["MD-2006"])).OkAsync();

        var clash = await units.UpdateAsync(id, new UnitInput("另一个变电站", CompetitionUnitType.Substation, null, ["MD-2006"]), true);
        Assert.Equal("已有同名单位", clash.ErrorFor(nameof(UnitInput.Name)));
        var noScheme = await units.UpdateAsync(id, new UnitInput("改名后的变电站", CompetitionUnitType.Substation, null, []), true);
        Assert.Equal("请至少选择一个评比方案", noScheme.ErrorFor(nameof(UnitInput.Schemes)));
        Assert.Equal("改名前的变电站", (await units.ListAsync()).Single(u => u.Id == id).Name); // nothing half-saved

        await units.UpdateAsync(id, new UnitInput("改名后的变电站", CompetitionUnitType.Substation, null, ["MD-2006", "QL-2022"]), false).OkAsync();
        var edited = (await units.ListAsync()).Single(u => u.Id == id);
        Assert.Equal(("改名后的变电站", false), (edited.Name, edited.IsActive));
        Assert.Equal(["MD-2006", "QL-2022"], edited.Schemes);
        Assert.True((await units.ListAsync()).Single(u => u.Id == other).IsActive);

        using var secretary = await app.SignedInScopeAsync("shuji1");
        await Assert.ThrowsAsync<ForbiddenException>(() => Service<CompetitionUnitService>(secretary).UpdateAsync(id, new UnitInput("x", CompetitionUnitType.Substation, null, ["MD-2006"]), true));
    }

    private static FulfilmentService WithSources(IServiceScope scope, params IFulfilmentCaseSource[] sources) =>
        new(scope.ServiceProvider.GetRequiredService<IDbContextFactory<Web.Data.AppDbContext>>(),
            scope.ServiceProvider.GetRequiredService<CurrentUser>(), scope.ServiceProvider.GetRequiredService<AppClock>(), sources);

    private static async Task<int> StationUnitAsync(CompetitionUnitService units, int stationId)
    {
        var existing = (await units.ListAsync()).FirstOrDefault(u => u.StationId == stationId);
        return existing?.Id ?? await units.CreateAsync(new UnitInput($"测试供电所{stationId}", CompetitionUnitType.PowerSupplyStation, stationId, ["MD-2006", "QL-2022"])).OkAsync();
    }

    private sealed class YekuoCounts : IFulfilmentCaseSource
    {
        public Task<IReadOnlyDictionary<int, IReadOnlyList<IReadOnlyList<FulfilmentCaseCount>>>> CountAsync(
            IReadOnlyCollection<int> stationIds, IReadOnlyList<(DateOnly From, DateOnly To)> periods, CancellationToken ct) =>
            Task.FromResult<IReadOnlyDictionary<int, IReadOnlyList<IReadOnlyList<FulfilmentCaseCount>>>>(stationIds.ToDictionary(
                s => s, _ => (IReadOnlyList<IReadOnlyList<FulfilmentCaseCount>>)[.. periods.Select(_ => (IReadOnlyList<FulfilmentCaseCount>)[new(6, 4, 1)])])); // 4 cases, 1 late, in any period
    }
}
