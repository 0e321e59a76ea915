using ComplianceDashboard.Web.Features.Stations;

namespace ComplianceDashboard.Web.Features.Pending;

/// <summary>One open duty: a calendar cell that is due this month or already missing, with what it costs.</summary>
/// <param name="Items">The items whose score depends on the duty.</param>
public sealed record PendingDuty(ObligationPeriod Cell, string ObligationName, string Subject, IReadOnlyList<RubricItem> Items, decimal Points, string NewRecordUrl);

/// <summary>What a party secretary has to do: from the station's latest grade, sorted by the points at stake.</summary>
public static class PendingDuties
{
    /// <summary>Not yet satisfied and falling due by the end of this month; Points = what missing it would cost now.</summary>
    public static List<PendingDuty> DueThisMonth(StationGradeView view, DateOnly today)
    {
        var monthEnd = new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1);
        return [.. view.Calendar
            .Where(c => c.Status == ObligationStatus.Pending && c.RecordIds.Count == 0 && c.DueDate <= monthEnd)
            .Select(c => Duty(view, c, view.Scheme.PointsAtStake(c.ObligationId, view.Items)))
            .OrderByDescending(d => d.Points).ThenBy(d => d.Cell.DueDate).ThenBy(d => d.Cell.ObligationId)];
    }

    /// <summary>Not yet satisfied and falling due from <paramref name="today"/> to <paramref name="horizon"/> (reminders before a due date).</summary>
    public static List<PendingDuty> DueBetween(StationGradeView view, DateOnly today, DateOnly horizon) =>
        [.. view.Calendar
            .Where(c => c.Status == ObligationStatus.Pending && c.RecordIds.Count == 0 && c.DueDate >= today && c.DueDate <= horizon)
            .Select(c => Duty(view, c, view.Scheme.PointsAtStake(c.ObligationId, view.Items)))
            .OrderBy(d => d.Cell.DueDate).ThenBy(d => d.Cell.ObligationId, StringComparer.Ordinal)];

    /// <summary>Periods that ended without a record; Points = the maximum of the items they hold down.</summary>
    public static List<PendingDuty> Overdue(StationGradeView view) =>
        [.. view.Calendar
            .Where(c => c.Status == ObligationStatus.Missing)
            .Select(c => Duty(view, c, view.Scheme.ItemsDependingOn(c.ObligationId).Sum(i => i.Rule == RuleKind.PerMiss ? i.Unit : i.MaxPoints)))
            .OrderByDescending(d => d.Points).ThenBy(d => d.Cell.DueDate).ThenBy(d => d.Cell.ObligationId)];

    private static PendingDuty Duty(StationGradeView view, ObligationPeriod cell, decimal points) => new(
        cell,
        view.ObligationName(cell.ObligationId),
        view.SubjectName(cell),
        view.Scheme.ItemsDependingOn(cell.ObligationId),
        points,
        CellLinks.NewRecordUrl(view, cell));
}
