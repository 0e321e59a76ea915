using ComplianceDashboard.Domain.Competition;
using ComplianceDashboard.Web.Features.Competition;
using ComplianceDashboard.Web.Features.Evaluation;

namespace ComplianceDashboard.Web.Features.Demo;

/// <summary>
/// Last year's MD-2006 round (蒙电服务进万家竞赛评比) for the demo county: four 供电所 units (the first stations) and four
/// others (营业窗口 ×2, 变电站, 客服中心); every unit's 自评; six units drawn by lot, five of them scored on the spot
/// (the sixth is left for the evaluator, so the round is still in 现场考评中); opinions, 95598 checks; and twelve months
/// of 服务承诺兑现表 figures with some rows below standard. Deterministic (seeded); it adds no evidence record, so
/// QL-2022 grades and record counts stay as they were.
/// </summary>
public static class DemoCompetition
{
    public const string Evaluator = "kaoping";
    public const int DrawSeed = 20251118;
    public const int DrawSize = 6;

    private static readonly (string Name, CompetitionUnitType Type)[] OtherUnits =
    [
        ("城区供电营业厅", CompetitionUnitType.BusinessWindow),
        ("开发区营业窗口", CompetitionUnitType.BusinessWindow),
        ("110kV城东变电站", CompetitionUnitType.Substation),
        ("县公司客户服务中心", CompetitionUnitType.CustomerServiceCentre),
    ];

    public static async Task SeedAsync(IDbContextFactory<AppDbContext> factory, int seed, DateOnly today, CancellationToken ct = default)
    {
        var year = today.Year - 1;
        var random = new Random(seed * 31 + 2006);
        var scheme = SchemeCatalog.Get(CompetitionNames.SchemeCode);
        var judgement = scheme.Items.Where(i => i.IsJudgement).ToList();
        await using var db = await factory.CreateDbContextAsync(ct);
        var stations = await db.Stations.OrderBy(s => s.Id).Take(4).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        var units = stations.Select(s => new CompetitionUnit
            {
                Name = s.Name, Type = CompetitionUnitType.PowerSupplyStation, StationId = s.Id,
                Schemes = [new() { SchemeCode = CompetitionNames.SchemeCode }, new() { SchemeCode = "QL-2022" }],
            })
            .Concat(OtherUnits.Select(u => new CompetitionUnit { Name = u.Name, Type = u.Type, Schemes = [new() { SchemeCode = CompetitionNames.SchemeCode }] }))
            .ToList();
        db.CompetitionUnits.AddRange(units);
        await db.SaveChangesAsync(ct);

        var at = Utc(new DateOnly(year, 11, 10));
        var round = new CompetitionRound
        {
            SchemeCode = CompetitionNames.SchemeCode, Year = year, Name = $"{year}年蒙电服务进万家竞赛评比",
            SelfAssessmentDeadline = new DateOnly(year, 11, 18), Status = CompetitionRoundStatus.Scoring,
            CreatedBy = Evaluator, CreatedAt = at, DrawSeed = DrawSeed, DrawSize = DrawSize, DrawnBy = Evaluator, DrawnAt = Utc(new DateOnly(year, 11, 20)),
        };
        var drawn = StationSampler.Draw(DrawSeed, DrawSize, stratified: false, units.Select(u => new StationSampler.Candidate(u.Id, "")));
        foreach (var unit in units)
        {
            var order = drawn.ToList().IndexOf(unit.Id);
            var entry = new CompetitionEntry
            {
                UnitId = unit.Id, DrawOrder = order >= 0 ? order + 1 : null,
                SelfCheckSummary = $"{unit.Name}对照考核标准逐项自检自评，服务承诺兑现情况总体良好，对发现的问题已制定整改措施并落实到人。",
                SelfSubmittedAt = Utc(new DateOnly(year, 11, 15)), SelfSubmittedBy = unit.StationId is null ? Evaluator : unit.Name + "支部书记",
            };
            // The last drawn unit waits for the evaluator (the round is still being scored).
            var scored = order >= 0 && order < DrawSize - 1;
            foreach (var item in judgement)
            {
                var self = item.MaxPoints - (random.Next(4) == 0 ? 0.5m : 0);
                var score = new CompetitionScore { ItemCode = item.Code, SelfPoints = self, SelfNote = self < item.MaxPoints ? "已制定整改措施，年底前完成" : "" };
                if (scored)
                {
                    var lost = random.Next(5) switch { 0 => 1m, 1 => 0.5m, _ => 0m };
                    score.Points = Math.Max(0, item.MaxPoints - lost);
                    score.Reason = lost > 0 ? "现场检查发现资料不全或执行不到位" : "符合要求";
                    score.ScoredBy = Evaluator;
                    score.ScoredAt = Utc(new DateOnly(year, 11, 21 + order));
                }
                entry.Scores.Add(score);
            }
            round.Entries.Add(entry);
        }
        db.CompetitionRounds.Add(round);
        await db.SaveChangesAsync(ct);

        foreach (var entry in round.Entries.Where(e => e.DrawOrder is not null))
        {
            var day = new DateOnly(year, 11, 20 + entry.DrawOrder!.Value);
            db.CompetitionOpinions.Add(new CompetitionOpinion
            {
                EntryId = entry.Id, Source = OpinionSource.SocialSupervisor, Person = "社会监督员 赵建国", Satisfied = true,
                Text = "营业场所三公开到位，服务态度热情。", RecordedBy = Evaluator, RecordedAt = Utc(day),
            });
            db.CompetitionOpinions.Add(new CompetitionOpinion
            {
                EntryId = entry.Id, Source = OpinionSource.Customer, Person = "客户 刘女士", Satisfied = entry.DrawOrder != 2,
                Text = entry.DrawOrder == 2 ? "故障报修后等待时间较长。" : "办理用电业务方便快捷。", RecordedBy = Evaluator, RecordedAt = Utc(day),
            });
            var calls = 10;
            var answered = calls - random.Next(2);
            db.HotlineSpotChecks.Add(new HotlineSpotCheck
            {
                EntryId = entry.Id, CheckedOn = day, CallsChecked = calls, AnsweredWithinFourRings = answered,
                Findings = answered < calls ? "1次电话铃响超过4声接听，未致歉" : "", RecordedBy = Evaluator, RecordedAt = Utc(day),
            });
        }
        db.FulfilmentFigures.AddRange(Figures(units, year, random));
        await db.SaveChangesAsync(ct);
    }

    // Twelve months per unit: rates around the thresholds (a few months below), small case counts with a few unmet.
    private static IEnumerable<FulfilmentFigure> Figures(List<CompetitionUnit> units, int year, Random random)
    {
        var table = SchemeCatalog.Get(CompetitionNames.SchemeCode).Fulfilment!;
        for (var u = 0; u < units.Count; u++)
        {
            for (var month = 1; month <= 12; month++)
            {
                foreach (var row in table.Rows)
                {
                    var figure = new FulfilmentFigure { UnitId = units[u].Id, Year = year, Month = month, RowNumber = row.Number, UpdatedBy = Evaluator, UpdatedAt = Utc(new DateOnly(year, month, 28)) };
                    if (row.Kind == FulfilmentRowKind.Threshold)
                    {
                        // Units 2 and 5 run below the rural reliability threshold.
                        var below = row.Number == 3 && u is 2 or 5;
                        figure.Rate = below ? row.Threshold!.Value - 0.4m : Math.Min(100m, row.Threshold!.Value + random.Next(1, 9) / 100m);
                    }
                    else
                    {
                        var total = random.Next(0, 9);
                        figure.Total = total;
                        figure.Unmet = total > 0 && random.Next(30) == 0 ? 1 : 0;
                    }
                    yield return figure;
                }
            }
        }
    }

    private static DateTime Utc(DateOnly day) => day.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
}
