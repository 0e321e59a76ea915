namespace ComplianceDashboard.Domain.Scoring.Checks;

/// <summary>
/// Item 14: each period of the item's obligations (O6) that is on time must have, among its on-time meetings,
/// one attended by villager or village-enterprise representatives. Missing periods are the obligation's business.
/// </summary>
public sealed class JointMeetingHasVillagersCheck() : ConditionCheckBase("JointMeetingHasVillagers")
{
    private const AttendeeCategories Villagers = AttendeeCategories.Villager | AttendeeCategories.VillageEnterprise;

    protected override CheckOutcome Judge(CheckContext context, CheckParameters parameters)
    {
        var failures = new List<CheckFailure>();
        foreach (var cell in context.Item.Obligations.SelectMany(context.CalendarOf).Where(c => c.Status == ObligationStatus.OnTime))
        {
            var meetings = cell.RecordIds.Select(context.Records.Find).OfType<EvidenceRecordFact>().Where(r => r.EventDate <= cell.DueDate);
            if (!meetings.Any(r => (r.Attendees & Villagers) != 0))
                failures.Add(new CheckFailure($"{cell.Period.Label}联席会无村民或村企代表参加", cell.RecordIds, cell.SubjectId, cell.Period.Key));
        }
        return CheckOutcome.From(failures, [], "联席会均有村民或村企代表参加");
    }
}
