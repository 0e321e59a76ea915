namespace ComplianceDashboard.Web.Features.Demo;

/// <summary>Writes one station's evidence for a year: the recurring duties period by period, then events.</summary>
internal sealed class DemoEvidence(DemoStationBundle bundle, DemoOrganisation org, Random random, DateOnly today)
{
    private enum Scope { Station, Point, Supervisor }

    private sealed record Duty(RecordKind Kind, int Months, Scope Scope, string Name);

    private static readonly Duty[] Duties =
    [
        new(RecordKind.DemandLedger, 1, Scope.Point, "驻村需求台账"),
        new(RecordKind.LedgerHandover, 1, Scope.Point, "台账移交记录"),
        new(RecordKind.Publicity, 3, Scope.Station, "用电宣传及错峰用电引导"),
        new(RecordKind.MonthlyServiceDisclosure, 1, Scope.Station, "月度服务公开"),
        new(RecordKind.QuarterlyServiceDisclosure, 3, Scope.Station, "季度服务公开"),
        new(RecordKind.GroupMeeting, 1, Scope.Station, "廉政监督小组会议纪要"),
        new(RecordKind.JointMeeting, 3, Scope.Station, "监督联席会纪要"),
        new(RecordKind.SpecialInspection, 1, Scope.Station, "服务事项专项监督检查"),
        new(RecordKind.FourWindsInspection, 3, Scope.Station, "节假日“四风”监督检查"),
        new(RecordKind.RiskIdentification, 6, Scope.Station, "岗位廉政风险辨识"),
        new(RecordKind.CustomerVisit, 3, Scope.Station, "辖区客户走访"),
        new(RecordKind.SupervisionResultsDisclosure, 1, Scope.Station, "监督结果公开"),
        new(RecordKind.SupervisorDutyReport, 1, Scope.Supervisor, "廉政监督员履职汇报"),
        new(RecordKind.LeaderDutyReport, 3, Scope.Station, "监督小组组长向公司纪委履职汇报"),
        new(RecordKind.SupervisorEvaluation, 12, Scope.Supervisor, "廉政监督员年度考评"),
    ];

    public void AddYear(int year, ref long recordId, ref long problemId)
    {
        var (weakCount, missRate, lateRate) = bundle.Profile switch
        {
            DemoProfile.Excellent => (year % 2, 0.0, 0.35),
            DemoProfile.Qualified => (4 + random.Next(3), 0.3, 0.2),
            _ => (8 + random.Next(3), 0.45, 0.2),
        };
        var weak = Duties.OrderBy(_ => random.Next()).Take(weakCount).Select(d => d.Kind).ToHashSet();

        foreach (var duty in Duties)
        {
            for (var month = 1; month <= 12; month += duty.Months)
            {
                var periodStart = new DateOnly(year, month, 1);
                var periodEnd = periodStart.AddMonths(duty.Months).AddDays(-1);
                foreach (var (pointId, personId) in Subjects(duty, periodEnd))
                {
                    var date = OnTimeDate(periodStart, periodEnd, duty.Months);
                    var late = false;
                    if (org.IsInactive(personId, date))
                    {
                        continue;
                    }
                    if (weak.Contains(duty.Kind))
                    {
                        var roll = random.NextDouble();
                        if (roll < missRate)
                        {
                            continue;
                        }
                        if (roll < missRate + lateRate)
                        {
                            date = periodEnd.AddDays(3 + random.Next(18));
                            late = true;
                        }
                    }
                    if (date > today || (periodEnd >= today && random.Next(2) == 0))
                    {
                        continue; // not done yet: the current period stays pending
                    }
                    var record = NewRecord(ref recordId, duty, date, periodStart, pointId, personId, late);
                    Elaborate(record, duty, ref recordId, ref problemId);
                }
            }
        }
        AddOutages(year, ref recordId);
        AddIncidents(year, ref recordId);
        AddRecognitions(year, ref recordId);
        AddProjectSupervisorDuties(year, ref recordId);
    }

    /// <summary>
    /// 工程廉政监督员 report monthly and are evaluated yearly like site supervisors (items 21 and 6), always on time;
    /// a random of their own keeps the rest of the station's demo data unchanged.
    /// </summary>
    private void AddProjectSupervisorDuties(int year, ref long recordId)
    {
        var own = new Random(bundle.Station.Id * 104729 + year);
        foreach (var duty in Duties.Where(d => d.Scope == Scope.Supervisor))
        {
            for (var month = 1; month <= 12; month += duty.Months)
            {
                var periodStart = new DateOnly(year, month, 1);
                var periodEnd = periodStart.AddMonths(duty.Months).AddDays(-1);
                foreach (var personId in org.ProjectSupervisorsThroughout(periodStart, periodEnd))
                {
                    var date = duty.Months == 12 ? new DateOnly(year, 12, 10 + own.Next(15)) : periodEnd.AddDays(-own.Next(20));
                    if (date <= today)
                    {
                        NewRecord(ref recordId, duty with { Name = $"工程{duty.Name}" }, date, periodStart, null, personId, late: false).Content +=
                            duty.Kind == RecordKind.SupervisorEvaluation ? "考评工程廉政监督员履职情况：称职。" : "汇报工程招标、物资和施工过程的廉洁监督情况。";
                    }
                }
            }
        }
    }

    private IEnumerable<(int? PointId, int? PersonId)> Subjects(Duty duty, DateOnly due) => duty.Scope switch
    {
        Scope.Point => org.Points.Where(p => p.OpenedOn <= due)
            .Select(p => ((int?)p.Id, duty.Kind == RecordKind.LedgerHandover ? org.Holder(p.Id, PostRole.Supervisor, due) : org.Holder(p.Id, PostRole.CustomerManager, due))),
        Scope.Supervisor => org.SupervisorsOn(due).Select(id => ((int?)null, (int?)id)).ToList(),
        _ => [(null, duty.Kind == RecordKind.LeaderDutyReport ? org.SecretaryId : null)],
    };

    private DateOnly OnTimeDate(DateOnly start, DateOnly end, int months) =>
        months == 12 ? new DateOnly(start.Year, 12, 10 + random.Next(15)) : end.AddDays(-random.Next(Math.Min(24, end.DayNumber - start.DayNumber)));

    private EvidenceRecord NewRecord(ref long recordId, Duty duty, DateOnly date, DateOnly periodStart, int? pointId, int? personId, bool late)
    {
        var point = pointId is null ? null : org.Points.First(p => p.Id == pointId);
        var period = duty.Months switch { 1 => $"{periodStart.Year}年{periodStart.Month}月", 3 => $"{periodStart.Year}年第{(periodStart.Month + 2) / 3}季度", 6 => $"{periodStart.Year}年{(periodStart.Month == 1 ? "上" : "下")}半年", _ => $"{periodStart.Year}年度" };
        var record = Add(ref recordId, duty.Kind, date, $"{period}{duty.Name}{(point is null ? "" : $"（{point.Village}）")}", late ? "逾期补录。" : "");
        record.ForPeriod = late ? periodStart : null;
        record.ServicePointId = pointId;
        record.PersonId = personId;
        return record;
    }

    private void Elaborate(EvidenceRecord record, Duty duty, ref long recordId, ref long problemId)
    {
        switch (duty.Kind)
        {
            case RecordKind.LedgerHandover:
                record.HandedOverById = org.Holder(record.ServicePointId!.Value, PostRole.CustomerManager, record.EventDate);
                record.Acknowledged = true;
                break;
            case RecordKind.SupervisorEvaluation:
                // No draw from the generator: the rest of the demo county stays as it was.
                record.EvaluationResult = bundle.Profile == DemoProfile.Failing ? EvaluationResult.BasicallyCompetent : EvaluationResult.Competent;
                record.Content = $"考评结果：{(record.EvaluationResult == EvaluationResult.Competent ? "称职" : "基本称职")}。" + record.Content;
                break;
            case RecordKind.DemandLedger:
                var demands = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => DemoText.Demands[random.Next(DemoText.Demands.Length)]);
                record.Content += "收集需求：" + string.Join("；", demands) + "。均已答复，办结率100%。";
                break;
            case RecordKind.GroupMeeting:
                var members = org.GroupOn(record.EventDate).ToList();
                var present = members.Where((_, i) => i == 0 || random.Next(6) > 0).ToList();
                record.MajorDecisionCount = random.Next(4) == 0 ? 1 : 0;
                if (bundle.Profile == DemoProfile.Failing && record.MajorDecisionCount > 0 && random.Next(2) == 0)
                {
                    present = members.Take(Math.Max(1, members.Count / 2 - 1)).ToList(); // quorum missed (item 13)
                }
                record.PresentMembers.AddRange(present.Select(id => new MeetingAttendance { RecordId = record.Id, PersonId = id }));
                record.Content += $"议题：{DemoText.Topics[random.Next(DemoText.Topics.Length)]}；应到{members.Count}人，实到{present.Count}人。" + (record.MajorDecisionCount > 0 ? "重大事项表决通过。" : "");
                break;
            case RecordKind.JointMeeting:
                record.Attendees = AttendeeCategories.StationHead | AttendeeCategories.TeamLeader | AttendeeCategories.GroupMember;
                if (bundle.Profile != DemoProfile.Failing || random.Next(3) > 0)
                {
                    record.Attendees |= AttendeeCategories.Villager | (random.Next(2) == 0 ? AttendeeCategories.VillageEnterprise : 0);
                }
                record.Content += "所长、班组长、村民代表及村企代表参加，通报本季度服务监督情况。";
                break;
            case RecordKind.SpecialInspection:
                if (random.Next(10) < 3)
                {
                    var problem = new EmergingProblem { Id = ++problemId, RecordId = record.Id, Description = DemoText.Problems[random.Next(DemoText.Problems.Length)] };
                    record.EmergingProblems.Add(problem);
                    AddReminder(record, problem, ref recordId);
                }
                record.Content += record.EmergingProblems.Count == 0 ? "未发现问题。" : $"发现苗头性问题{record.EmergingProblems.Count}个。";
                break;
        }
    }

    private void AddReminder(EvidenceRecord inspection, EmergingProblem problem, ref long recordId)
    {
        var days = bundle.Profile == DemoProfile.Failing && random.Next(2) == 0 ? 9 + random.Next(10) : random.Next(6);
        var date = inspection.EventDate.AddDays(days);
        if (date > today)
        {
            return;
        }
        var manager = org.Points.Select(p => org.Holder(p.Id, PostRole.CustomerManager, date)).FirstOrDefault(id => id is not null);
        var reminder = Add(ref recordId, RecordKind.Reminder, date, $"提醒单：{problem.Description}", "已提醒驻村客户经理限期整改。");
        reminder.AnswersProblemId = problem.Id;
        reminder.PersonId = manager;
        problem.CorrectedOn = date.AddDays(7) <= today ? date.AddDays(7) : null;
    }

    private void AddOutages(int year, ref long recordId)
    {
        for (var i = 0; i < 2 + random.Next(4); i++)
        {
            var start = new DateOnly(year, 1 + random.Next(12), 1 + random.Next(28));
            var planned = random.Next(3) > 0;
            var outageStart = start.ToDateTime(new TimeOnly(8 + random.Next(6), 0));
            var tardy = bundle.Profile == DemoProfile.Failing && random.Next(3) == 0;
            var published = planned
                ? outageStart.AddDays(-(tardy ? 3 : 7 + random.Next(6)))
                : outageStart.AddHours(tardy ? 30 : 1 + random.Next(12));
            if (DateOnly.FromDateTime(published) > today)
            {
                continue;
            }
            var record = Add(ref recordId, RecordKind.OutageNotice, DateOnly.FromDateTime(published),
                planned ? $"计划停电公告（{start:yyyy-MM-dd}）" : $"故障停电公告（{start:yyyy-MM-dd}）",
                planned ? "因线路检修计划停电，请提前做好准备。" : "因线路故障紧急停电，抢修中。");
            record.OutageType = planned ? OutageType.Planned : OutageType.Emergency;
            record.OutageStart = outageStart;
            record.PublishedAt = published;
        }
    }

    private void AddIncidents(int year, ref long recordId)
    {
        var count = bundle.Profile switch
        {
            DemoProfile.Excellent => 0,
            DemoProfile.Qualified => random.Next(10) < 4 ? 1 : 0,
            _ => 1 + random.Next(3),
        };
        RecordKind[] kinds = [RecordKind.ServiceComplaint, RecordKind.ServiceComplaint, RecordKind.GridServiceIncident, RecordKind.BypassPetition, RecordKind.Violation];
        for (var i = 0; i < count; i++)
        {
            var date = new DateOnly(year, 1 + random.Next(12), 1 + random.Next(28));
            if (date > today)
            {
                continue;
            }
            var kind = kinds[random.Next(bundle.Profile == DemoProfile.Failing ? kinds.Length : 3)];
            var title = kind switch
            {
                RecordKind.ServiceComplaint => "客户投诉：业扩报装超时限",
                RecordKind.GridServiceIncident => "国网通报：抢修到达超时",
                RecordKind.BypassPetition => "越级信访举报：涉及台区经理搭车收费",
                _ => "违规违纪：收受客户礼品",
            };
            var record = Add(ref recordId, kind, date, title, "已核实，按规定处理并督促整改。");
            record.Attributable = !(kind == RecordKind.ServiceComplaint && random.Next(4) == 0);
        }
    }

    private void AddRecognitions(int year, ref long recordId)
    {
        var date = new DateOnly(year, 6 + random.Next(6), 1 + random.Next(28));
        if (date > today)
        {
            return;
        }
        if (bundle.Profile == DemoProfile.Excellent)
        {
            // Item 26 needs both sides in the year; every other excellent station records them as they happened, apart.
            var later = date.AddDays(15);
            if (bundle.Station.Id % 2 == 0 && later <= today)
            {
                Add(ref recordId, RecordKind.VillagerRecognition, date, "村民代表送来锦旗", "村民、村企代表肯定驻村服务和监督公开。").RecognisedByVillagers = true;
                Add(ref recordId, RecordKind.VillagerRecognition, later, "县纪委专题调研肯定“服务+监督”做法", "县纪委调研后发文肯定并要求总结经验。").RecognisedByLeadership = true;
            }
            else
            {
                var recognition = Add(ref recordId, RecordKind.VillagerRecognition, date, "“后陈经验”电力版获村民和县纪委肯定", "村民代表送锦旗，县纪委专题调研并肯定做法。");
                recognition.RecognisedByVillagers = recognition.RecognisedByLeadership = true;
            }
            if (random.Next(2) == 0)
            {
                var innovation = Add(ref recordId, RecordKind.Innovation, date.AddDays(-20), "“码上监督”二维码评价在全公司推广", "客户扫码评价服务，问题线索当日流转，成效明显。");
                innovation.HasClearResults = innovation.PromotedCompanyWide = true;
            }
        }
        else if (random.Next(3) == 0)
        {
            var recognition = Add(ref recordId, RecordKind.VillagerRecognition, date, "村民送来感谢信", "村民对驻村服务表示感谢（尚无上级认可）。");
            recognition.RecognisedByVillagers = true;
        }
    }

    private EvidenceRecord Add(ref long recordId, RecordKind kind, DateOnly date, string title, string content)
    {
        var record = new EvidenceRecord
        {
            Id = ++recordId,
            StationId = bundle.Station.Id,
            Kind = kind,
            EventDate = date,
            Title = title,
            Content = content,
            Review = date.Year < today.Year ? Data.Entities.ReviewStatus.Confirmed : Data.Entities.ReviewStatus.Unreviewed,
            CreatedAt = date.ToDateTime(new TimeOnly(10, 0)).AddHours(-8),
            CreatedBy = "demo",
        };
        record.UpdatedAt = record.CreatedAt;
        record.UpdatedBy = record.CreatedBy;
        bundle.Records.Add(record);
        return record;
    }
}
