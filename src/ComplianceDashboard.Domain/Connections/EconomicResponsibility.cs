namespace ComplianceDashboard.Domain.Connections;

/// <summary>Why a unit is fined.</summary>
public enum FineKind
{
    /// <summary>A stage overdue not through the customer: −100 yuan.</summary>
    OverdueStage,
    /// <summary>A cooperation delay that held up the project with bad consequences (recorded with the decision): −500 yuan.</summary>
    CooperationDelay,
}

/// <summary>A recorded cooperation delay (配合延误): the unit, the application and stage it held up, the decision, the month it is charged to.</summary>
public sealed record CooperationDelayFacts(long Id, string Unit, string ApplicationNumber, ConnectionStage Stage, int Year, int Month, string Decision);

/// <summary>One deduction of the monthly assessment sheet.</summary>
public sealed record FineLine(string Unit, FineKind Kind, string ApplicationNumber, ConnectionStage Stage, decimal Amount, DateOnly? Due, int DaysOverdue, string Note);

/// <summary>
/// The monthly economic-responsibility sheet (domain §9): each stage that fell overdue in the month, not through the
/// customer (customer-caused waiting pauses the clock, so what is still overdue is the company's), costs its
/// responsible unit 100 yuan; each cooperation delay with bad consequences charged to the month costs 500 yuan.
/// A stage's responsible unit is the one recorded on it, else the application's station (<see cref="StationUnit"/>).
/// </summary>
public static class EconomicResponsibility
{
    public const decimal OverdueStageFine = -100m;
    public const decimal CooperationDelayFine = -500m;

    /// <summary>The unit code of a station: "S:{id}" (departments have their own configured codes).</summary>
    public static string StationUnit(int stationId) => $"S:{stationId.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public static bool IsStationUnit(string unit, out int stationId)
    {
        stationId = 0;
        return unit.StartsWith("S:", StringComparison.Ordinal)
            && int.TryParse(unit.AsSpan(2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out stationId);
    }

    public static IReadOnlyList<FineLine> Lines(IEnumerable<ClockedApplication> applications, IEnumerable<CooperationDelayFacts> delays, int year, int month)
    {
        var lines = new List<FineLine>();
        foreach (var app in applications)
        {
            foreach (var clock in app.Stages)
            {
                if (clock.OverdueSince is { } since && since.Year == year && since.Month == month && since <= app.AsOf)
                {
                    lines.Add(new FineLine(clock.Unit ?? StationUnit(app.Facts.StationId), FineKind.OverdueStage, app.Facts.Number, clock.Stage,
                        OverdueStageFine, clock.Due, clock.DaysOverdue, clock.State == StageState.Late ? "超期完成" : "超期未完成"));
                }
            }
        }
        foreach (var delay in delays.Where(d => d.Year == year && d.Month == month))
        {
            lines.Add(new FineLine(delay.Unit, FineKind.CooperationDelay, delay.ApplicationNumber, delay.Stage, CooperationDelayFine, null, 0, delay.Decision));
        }
        return [.. lines.OrderBy(l => l.Unit, StringComparer.Ordinal).ThenBy(l => l.ApplicationNumber, StringComparer.Ordinal).ThenBy(l => l.Stage).ThenBy(l => l.Kind)];
    }

    /// <summary>Total deduction per unit (negative yuan).</summary>
    public static IReadOnlyDictionary<string, decimal> Totals(IEnumerable<FineLine> lines) =>
        lines.GroupBy(l => l.Unit, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(l => l.Amount), StringComparer.Ordinal);
}
