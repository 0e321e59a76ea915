using System.Security.Cryptography;
using ComplianceDashboard.Domain.Supervision;
using ComplianceDashboard.Web.Features.Supervision;

namespace ComplianceDashboard.Web.Features.Demo;

/// <summary>
/// The supervision demo (after the county is saved): a plan for last year and this year whose tasks link existing
/// inspections, findings in every state (open, rectifying, overdue by a few days to months, closed on time, closed late,
/// one re-opened, evaluated), and 信访举报 cases through every channel and outcome. Substantiated cases LINK existing
/// risk records (no record is added, so every grade and record count stays as it was). Deterministic (seeded Random).
/// </summary>
public static class DemoSupervision
{
    private const string Leader = "jiwei";

    public static async Task SeedAsync(IDbContextFactory<AppDbContext> factory, DateOnly today, int seed, CancellationToken ct = default)
    {
        var random = new Random(unchecked(seed * 31 + 14));
        await using var db = await factory.CreateDbContextAsync(ct);
        var stations = await db.Stations.AsNoTracking().OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);
        if (stations.Count == 0)
        {
            return;
        }
        var people = (await db.People.AsNoTracking().Select(p => new { p.Id, p.StationId, p.Name }).ToListAsync(ct))
            .GroupBy(p => p.StationId).ToDictionary(g => g.Key, g => g.OrderBy(p => p.Id).Select(p => (p.Id, p.Name)).ToList());
        var inspections = (await db.Records.AsNoTracking().Where(r => r.Kind == RecordKind.SpecialInspection && r.EventDate <= today)
                .Select(r => new { r.Id, r.StationId, r.EventDate }).ToListAsync(ct))
            .GroupBy(r => r.StationId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.EventDate).Select(r => (r.Id, r.EventDate)).ToList());
        var risks = await db.Records.AsNoTracking().Where(r => r.Kind == RecordKind.BypassPetition || r.Kind == RecordKind.Violation || r.Kind == RecordKind.ServiceComplaint)
            .OrderBy(r => r.Id).Select(r => new { r.Id, r.StationId, r.Kind, r.EventDate }).ToListAsync(ct);

        Targets(db, today, random, stations);
        var tasks = Plans(db, today, stations, inspections);
        await db.SaveChangesAsync(ct);
        var findings = Findings(db, today, random, stations, people, inspections, tasks);
        await db.SaveChangesAsync(ct);
        foreach (var (finding, steps) in findings)
        {
            steps.ForEach(s => s.FindingId = finding.Id);
            db.FindingSteps.AddRange(steps);
        }
        await db.SaveChangesAsync(ct);
        var linked = new HashSet<long>();
        var cases = new List<ComplaintCase>();
        foreach (var spec in CaseSpecs(today))
        {
            var risk = spec.Outcome is CaseOutcome.Substantiated or CaseOutcome.PartlySubstantiated
                ? risks.FirstOrDefault(r => r.Kind == spec.RiskKind && r.EventDate <= today && r.EventDate >= spec.Received && !linked.Contains(r.Id))
                  ?? risks.FirstOrDefault(r => r.Kind == spec.RiskKind && !linked.Contains(r.Id))
                : null;
            if (risk is not null)
            {
                linked.Add(risk.Id);
            }
            var station = risk?.StationId ?? stations[spec.StationIndex % stations.Count];
            cases.Add(Case(db, spec, station, risk?.Id, cases.Count + 1, today));
        }
        await db.SaveChangesAsync(ct);
        foreach (var (c, spec) in cases.Zip(CaseSpecs(today)))
        {
            db.CaseReporters.Add(new CaseReporter { CaseId = c.Id, Name = spec.Anonymous ? "" : spec.Reporter, Contact = spec.Anonymous ? "" : spec.Contact });
            AddCaseSteps(db, c);
        }
        await db.SaveChangesAsync(ct);
    }

    // Two monthly targets for the first stations this year (seed 003's heating variant: 投诉率 ≤ 2‰, 室温合格率 100 %), actuals to last month.
    private static void Targets(AppDbContext db, DateOnly today, Random random, List<int> stations)
    {
        foreach (var station in stations.Take(6))
        {
            for (var month = 1; month <= 12; month++)
            {
                var ended = new DateOnly(today.Year, month, 1).AddMonths(1) <= today;
                db.MetricTargets.Add(new MetricTarget
                {
                    StationId = station, Year = today.Year, Month = month, Metric = "投诉率（‰）", Comparison = TargetComparison.AtMost, Target = 2m,
                    Actual = ended ? Math.Round((decimal)(random.NextDouble() * 2.6), 1) : null, UpdatedAt = At(today), UpdatedBy = Leader,
                });
                db.MetricTargets.Add(new MetricTarget
                {
                    StationId = station, Year = today.Year, Month = month, Metric = "回访满意率（%）", Comparison = TargetComparison.AtLeast, Target = 98m,
                    Actual = ended ? Math.Round(96m + (decimal)(random.NextDouble() * 4), 1) : null, UpdatedAt = At(today), UpdatedBy = Leader,
                });
            }
        }
    }

    private static List<SupervisionTask> Plans(AppDbContext db, DateOnly today, List<int> stations, Dictionary<int, List<(long Id, DateOnly EventDate)>> inspections)
    {
        string[] titles = ["春节前后“四风”问题专项检查", "业扩报装“三不指定”专项检查", "驻村服务站点服务公开检查", "台区经理廉洁履职明查暗访",
            "迎峰度夏抢修服务作风检查", "中秋国庆节前廉洁提醒与检查", "客户意见簿答复情况抽查", "年末监督台账规范性检查"];
        int[] months = [2, 3, 5, 6, 7, 9, 10, 12];
        var all = new List<SupervisionTask>();
        foreach (var year in new[] { today.Year - 1, today.Year })
        {
            var plan = new SupervisionPlan
            {
                Year = year, Title = $"{year}年度县公司纪委监督检查计划", ApprovedBy = Leader,
                ApprovedAt = new DateOnly(year, 1, 10).ToDateTime(new TimeOnly(2, 0)), CreatedAt = new DateOnly(year, 1, 6).ToDateTime(new TimeOnly(2, 0)), CreatedBy = Leader,
            };
            for (var i = 0; i < titles.Length; i++)
            {
                var task = new SupervisionTask { Title = titles[i], Owner = i % 2 == 0 ? "纪委办公室" : "营销部", Month = months[i] };
                foreach (var station in Enumerable.Range(0, 3).Select(k => stations[(i * 3 + k + year) % stations.Count]).Distinct())
                {
                    task.Stations.Add(new SupervisionTaskStation { StationId = station });
                    var done = inspections.GetValueOrDefault(station)?.FirstOrDefault(r => r.EventDate.Year == year && r.EventDate.Month == months[i]);
                    if (done is { Id: > 0 } d && (i + station) % 4 != 0) // some target stations not inspected yet
                    {
                        task.Inspections.Add(new SupervisionTaskInspection { RecordId = d.Id });
                    }
                }
                plan.Tasks.Add(task);
                all.Add(task);
            }
            db.SupervisionPlans.Add(plan);
        }
        return all;
    }

    // What happens to a demo finding after it is registered.
    private enum Fate { NotDue, Rectifying, Overdue, ClosedOnTime, ClosedLate, Reopened }

    private static List<(Finding Finding, List<FindingStep> Steps)> Findings(AppDbContext db, DateOnly today, Random random, List<int> stations, Dictionary<int, List<(int Id, string Name)>> people,
        Dictionary<int, List<(long Id, DateOnly EventDate)>> inspections, List<SupervisionTask> tasks)
    {
        (string Title, string Measure, FindingCategory Category)[] problems =
        [
            ("服务公开栏未按月更新", "更新公开栏并建立月度检查机制", FindingCategory.ServiceQuality),
            ("客户意见簿留言超期未答复", "逐条答复并电话回访", FindingCategory.ServiceQuality),
            ("台区经理节日期间接受客户宴请线索", "开展谈话提醒并书面说明", FindingCategory.Integrity),
            ("监督小组会议记录要素不全", "补齐签到和表决记录，规范会议记录模板", FindingCategory.Ledger),
            ("业扩受理资料收取超出清单", "退还多收资料并公示资料清单", FindingCategory.Procedure),
            ("抢修到达现场超时未说明原因", "完善抢修值班安排并说明原因", FindingCategory.WorkStyle),
        ];
        Fate[] fates = [Fate.ClosedOnTime, Fate.Overdue, Fate.ClosedLate, Fate.NotDue, Fate.Rectifying, Fate.ClosedOnTime, Fate.Overdue, Fate.ClosedOnTime];
        var n = 0;
        var reopened = false;
        var result = new List<(Finding, List<FindingStep>)>();
        foreach (var station in stations.Take(Math.Min(stations.Count, 10)))
        {
            var staff = people.GetValueOrDefault(station) ?? [];
            var checks = inspections.GetValueOrDefault(station) ?? [];
            var count = 2 + random.Next(3);
            for (var k = 0; k < count; k++, n++)
            {
                var fate = !reopened && n == 5 ? Fate.Reopened : fates[n % fates.Length];
                reopened |= fate == Fate.Reopened;
                // Overdue findings were found weeks to months ago with a deadline already passed; others spread over the two years.
                var found = fate switch
                {
                    Fate.Overdue => today.AddDays(-(40 + random.Next(150))),
                    Fate.NotDue or Fate.Rectifying => today.AddDays(-random.Next(3, 20)),
                    _ => today.AddDays(-(60 + random.Next(560))),
                };
                var source = checks.Where(c => c.EventDate <= found).Select(c => (long?)c.Id).LastOrDefault();
                var deadline = fate switch
                {
                    Fate.Overdue => found.AddDays(15 + random.Next(20)),
                    Fate.NotDue or Fate.Rectifying => today.AddDays(5 + random.Next(30)),
                    _ => found.AddDays(30),
                };
                if (fate == Fate.Overdue && deadline >= today)
                {
                    deadline = today.AddDays(-(1 + random.Next(5)));
                }
                var (title, measure, category) = problems[(n + station) % problems.Length];
                var person = staff.Count > 0 ? staff[(n * 7) % staff.Count] : (Id: 0, Name: "站所负责人");
                var task = tasks.FirstOrDefault(t => t.Stations.Any(s => s.StationId == station) && t.PlanId != 0 && t.Month == found.Month);
                var f = new Finding
                {
                    StationId = station, ResponsiblePersonId = person.Id == 0 ? null : person.Id, ResponsibleName = person.Name, Title = title,
                    Description = $"{found:yyyy年M月d日}检查发现：{title}。", Severity = (FindingSeverity)((n + k) % 3), Category = category, RequiredMeasure = measure,
                    FoundOn = found, Deadline = deadline, Status = FindingStatus.Open, SourceRecordId = source, TaskId = task?.Id,
                };
                db.Findings.Add(f);
                result.Add((f, Simulate(f, fate, today, random)));
            }
        }
        return result;
    }

    // Replays the finding's life so its steps hold the full state after each one, as the service writes them.
    private static List<FindingStep> Simulate(Finding f, Fate fate, DateOnly today, Random random)
    {
        var steps = new List<FindingStep>();
        var version = 0;
        void Step(string action, string note, DateOnly on, string by)
        {
            f.Version = ++version;
            (f.UpdatedAt, f.UpdatedBy) = (At(on), by);
            steps.Add(new FindingStep { Version = version, Action = action, Note = note, At = At(on), By = by, StateJson = SupervisionJson.Of(FindingSnapshot.Of(f)) });
        }
        (f.CreatedAt, f.CreatedBy) = (At(f.FoundOn), Leader);
        Step(FindingService.Registered, "", f.FoundOn, Leader);
        if (fate == Fate.NotDue)
        {
            return steps;
        }
        var rectifiedOn = fate switch
        {
            Fate.ClosedLate => f.Deadline.AddDays(5 + random.Next(10)),
            Fate.Rectifying or Fate.Overdue => Min(today, f.FoundOn.AddDays(3)),
            _ => f.FoundOn.AddDays(7 + random.Next(15)),
        };
        f.Rectifications.Add(new FindingRectification { On = rectifiedOn, Measures = $"已按要求{f.RequiredMeasure}。", RecordedAt = At(rectifiedOn), RecordedBy = "shuji1" });
        f.Status = FindingStatus.Rectifying;
        Step(FindingService.Rectified, f.Rectifications[^1].Measures, rectifiedOn, "shuji1");
        if (fate is Fate.Rectifying or Fate.Overdue)
        {
            return steps;
        }
        f.Attachments.Add(new FindingAttachment
        {
            FileName = "整改佐证.pdf", ContentType = "application/pdf", Size = DemoIntegrity.SignInSheet.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(DemoIntegrity.SignInSheet)), StoragePath = DemoIntegrity.SignInSheetPath,
            UploadedAt = At(rectifiedOn), UploadedBy = "shuji1",
        });
        Step(FindingService.EvidenceAdded, "整改佐证.pdf", rectifiedOn, "shuji1");
        var closedOn = Min(today, rectifiedOn.AddDays(2));
        (f.Status, f.ClosedOn, f.ClosedBy, f.VerifierName) = (FindingStatus.Closed, closedOn, Leader, "县纪委 王书记");
        Step(FindingService.ClosedOut, "验证人：县纪委 王书记", closedOn, Leader);
        if (fate == Fate.Reopened)
        {
            f.Status = FindingStatus.Rectifying;
            f.ReopenCount = 1;
            (f.ClosedOn, f.ClosedBy, f.VerifierName) = (null, null, null);
            Step(FindingService.Reopened, "复查发现问题反弹，重新整改", Min(today, closedOn.AddDays(10)), Leader);
            return steps;
        }
        var effectOn = Min(today, closedOn.AddDays(30));
        if (effectOn < today)
        {
            (f.Effect, f.EffectNote, f.EffectOn) = (random.Next(5) == 0 ? RectificationEffect.PartlyEffective : RectificationEffect.Effective, "复查未再发生同类问题", effectOn);
            Step(FindingService.Evaluated, f.EffectNote, effectOn, Leader);
        }
        return steps;
    }

    private sealed record CaseSpec(CaseChannel Channel, int DaysAgo, string Subject, int StationIndex, CaseStatus Status, CaseOutcome? Outcome,
        RecordKind? RiskKind, bool Anonymous, string Reporter, string Contact)
    {
        public DateOnly Received { get; init; }
    }

    private static IEnumerable<CaseSpec> CaseSpecs(DateOnly today) =>
        new CaseSpec[]
        {
            new(CaseChannel.Referred, 200, "上级转办：反映台区经理在装表接电中搭车收费", 5, CaseStatus.Concluded, CaseOutcome.Substantiated, RecordKind.BypassPetition, false, "孙先生", "13700000001"),
            new(CaseChannel.Letter, 150, "来信反映员工收受客户礼品", 11, CaseStatus.Concluded, CaseOutcome.PartlySubstantiated, RecordKind.Violation, false, "周女士", "13700000002"),
            new(CaseChannel.Phone, 120, "电话反映业扩报装超时限无人答复", 2, CaseStatus.Concluded, CaseOutcome.Substantiated, RecordKind.ServiceComplaint, false, "吴先生", "13700000003"),
            new(CaseChannel.Visit, 90, "来访反映抄表员态度生硬", 4, CaseStatus.Concluded, CaseOutcome.Unsubstantiated, null, false, "郑女士", "13700000004"),
            new(CaseChannel.Online, 70, "网络举报供电所指定施工单位", 7, CaseStatus.Concluded, CaseOutcome.Unsubstantiated, null, true, "", ""),
            new(CaseChannel.Online, 25, "网络反映停电公告张贴不及时", 1, CaseStatus.Accepted, null, null, true, "", ""),
            new(CaseChannel.Referred, 12, "上级转办：反映供电所违规使用公务车辆", 9, CaseStatus.Registered, null, null, false, "王先生", "13700000005"),
            new(CaseChannel.Letter, 3, "来信反映抢修人员索要好处费", 0, CaseStatus.Registered, null, null, false, "冯女士", "13700000006"),
        }.Select(s => s with { Received = today.AddDays(-s.DaysAgo) });

    private static ComplaintCase Case(AppDbContext db, CaseSpec spec, int station, long? riskRecord, int number, DateOnly today)
    {
        var limits = new CaseLimits();
        var received = spec.Received;
        var accepted = spec.Status == CaseStatus.Registered ? (DateOnly?)null : Min(today, WorkingDayCalendar.Default.AddWorkingDays(received, 3));
        var concluded = spec.Status == CaseStatus.Concluded ? Min(today, received.AddDays(45)) : (DateOnly?)null;
        var c = new ComplaintCase
        {
            Number = string.Create(CultureInfo.InvariantCulture, $"XF-{received.Year}-{number:D4}"), Channel = spec.Channel, ReceivedOn = received,
            Subject = spec.Subject, Description = spec.Subject + "。", StationId = station, ConcernedText = "供电所员工", Handler = "县纪委 王书记",
            AcceptBy = CaseRules.AcceptBy(WorkingDayCalendar.Default, received, limits), ConcludeBy = CaseRules.ConcludeBy(received, limits),
            Status = spec.Status, AcceptedOn = accepted, Outcome = spec.Outcome, ConcludedOn = concluded,
            Basis = spec.Outcome is null ? "" : spec.Outcome == CaseOutcome.Unsubstantiated ? "调阅台账、走访客户，未发现反映的问题" : "调阅台账、约谈当事人，反映的问题基本属实",
            FeedbackOn = concluded is { } d && !spec.Anonymous ? Min(today, d.AddDays(2)) : null,
            FeedbackNote = concluded is not null && !spec.Anonymous ? "已电话向举报人反馈核查结果" : "",
            HigherReplyOn = concluded is { } r && spec.Channel == CaseChannel.Referred ? Min(today, r.AddDays(3)) : null,
            HigherReplyNote = concluded is not null && spec.Channel == CaseChannel.Referred ? "已书面回复上级纪委" : "",
            RiskRecordId = riskRecord, AnonymousReporter = spec.Anonymous,
            CreatedAt = At(received), CreatedBy = Leader, UpdatedAt = At(concluded ?? accepted ?? received), UpdatedBy = Leader,
        };
        db.ComplaintCases.Add(c);
        return c;
    }

    private static void AddCaseSteps(AppDbContext db, ComplaintCase c)
    {
        var final = (c.Status, c.AcceptedOn, c.Outcome, c.Basis, c.ConcludedOn, c.FeedbackOn, c.FeedbackNote, c.HigherReplyOn, c.HigherReplyNote, c.RiskRecordId);
        var version = 0;
        void Step(string action, string note, DateOnly on)
        {
            c.Version = ++version;
            db.CaseSteps.Add(new CaseStep { CaseId = c.Id, Version = version, Action = action, Note = note, At = At(on), By = Leader, StateJson = SupervisionJson.Of(CaseSnapshot.Of(c)) });
        }
        (c.Status, c.AcceptedOn, c.Outcome, c.Basis, c.ConcludedOn, c.FeedbackOn, c.FeedbackNote, c.HigherReplyOn, c.HigherReplyNote, c.RiskRecordId) =
            (CaseStatus.Registered, null, null, "", null, null, "", null, "", null);
        Step(CaseService.Registered, $"渠道：{SupervisionNames.Of(c.Channel)}", c.ReceivedOn);
        if (final.AcceptedOn is { } accepted)
        {
            (c.Status, c.AcceptedOn) = (CaseStatus.Accepted, accepted);
            Step(CaseService.Accepted, $"受理日期：{accepted:yyyy-MM-dd}", accepted);
        }
        if (final.ConcludedOn is { } concluded)
        {
            (c.Status, c.AcceptedOn, c.Outcome, c.Basis, c.ConcludedOn, c.FeedbackOn, c.FeedbackNote, c.HigherReplyOn, c.HigherReplyNote, c.RiskRecordId) = final;
            Step(CaseService.Concluded, $"结论：{SupervisionNames.Of(c.Outcome)}", concluded);
        }
        else
        {
            c.Status = final.Status;
        }
    }

    private static DateTime At(DateOnly day) => day.ToDateTime(new TimeOnly(2, 0)); // 10:00 in Shanghai

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
