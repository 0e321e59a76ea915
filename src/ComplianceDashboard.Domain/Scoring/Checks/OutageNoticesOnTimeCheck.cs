namespace ComplianceDashboard.Domain.Scoring.Checks;

/// <summary>Item 12b: every outage notice of the year published ≥ plannedDaysBefore before a planned outage, ≤ emergencyHoursAfter after an emergency one.</summary>
public sealed class OutageNoticesOnTimeCheck() : ConditionCheckBase(
    "OutageNoticesOnTime", NumberParameter("plannedDaysBefore"), NumberParameter("emergencyHoursAfter"))
{
    protected override CheckOutcome Judge(CheckContext context, CheckParameters parameters)
    {
        var daysBefore = parameters.GetInt("plannedDaysBefore", 7);
        var hoursAfter = parameters.GetInt("emergencyHoursAfter", 24);
        var failures = new List<CheckFailure>();
        var ids = new List<long>();
        foreach (var r in context.Records.OfKind(RecordKind.OutageNotice).Where(r => context.Clock.InYearSoFar(r.EventDate)))
        {
            ids.Add(r.Id);
            var o = r.Outage;
            if (o is null)
                failures.Add(new CheckFailure($"{r.EventDate:yyyy-MM-dd} 停电公告缺少停电时间与发布时间", [r.Id]));
            else if (o.Type == OutageType.Planned && o.PublishedAt > o.OutageStart.AddDays(-daysBefore))
                failures.Add(new CheckFailure($"{o.OutageStart:yyyy-MM-dd} 计划停电公告于{o.PublishedAt:yyyy-MM-dd HH:mm}发布，未提前{daysBefore}天", [r.Id]));
            else if (o.Type == OutageType.Emergency && o.PublishedAt > o.OutageStart.AddHours(hoursAfter))
                failures.Add(new CheckFailure($"{o.OutageStart:yyyy-MM-dd HH:mm} 紧急停电公告于{o.PublishedAt:yyyy-MM-dd HH:mm}发布，超过{hoursAfter}小时", [r.Id]));
        }
        return CheckOutcome.From(failures, ids, ids.Count == 0 ? "本年无停电公告事项" : $"{ids.Count}次停电均按时公告");
    }
}
