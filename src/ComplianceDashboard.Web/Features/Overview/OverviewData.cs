namespace ComplianceDashboard.Web.Features.Overview;

/// <summary>The period a dashboard shows: a year, optionally narrowed to one quarter.</summary>
public readonly record struct DashboardPeriod(int Year, int? Quarter)
{
    public int FirstMonth => Quarter is { } q ? (q - 1) * 3 + 1 : 1;

    public int LastMonth => Quarter is { } q ? q * 3 : 12;

    public IEnumerable<int> Months => Enumerable.Range(FirstMonth, LastMonth - FirstMonth + 1);

    /// <summary>"2026年第三季度" / "Q3 2026" in the UI language.</summary>
    public string Label => Quarter is { } q ? Infrastructure.PeriodText.Quarter(Year, q) : Infrastructure.PeriodText.Year(Year);
}

public sealed record StationRanking(
    int StationId,
    string Code,
    string Name,
    decimal Total,
    string GradeCode,
    string GradeLabel,
    bool IsFinal,
    decimal? Change,
    DateTime ComputedAt,
    int Missing,
    int Late,
    decimal RiskDeduction)
{
    public int Rank { get; init; }
}

public sealed record MonthCell(int StationId, int Month, int Due, int OnTime, int Late, int Missing, int Pending, decimal RiskDeduction)
{
    /// <summary>Share of due obligations met on time, or null when nothing fell due.</summary>
    public decimal? OnTimeRate => Due == 0 ? null : Math.Round((decimal)OnTime / Due, 3);
}

public sealed record TrendPoint(int Month, decimal? AverageScore);

/// <summary>How many stations stand in one grade band of the scheme.</summary>
public sealed record BandCount(string Code, string Label, int Count);

/// <summary>The overview's key figures; <see cref="Bands"/> follows the scheme's bands, highest first.</summary>
public sealed record OverviewKpis(IReadOnlyList<BandCount> Bands, decimal? AverageScore, int Overdue, decimal RiskDeduction, int StationsGraded);

public sealed record OverviewData(
    DashboardPeriod Period,
    OverviewKpis Kpis,
    IReadOnlyList<StationRanking> Ranking,
    IReadOnlyList<MonthCell> Cells,
    IReadOnlyList<TrendPoint> Trend)
{
    /// <summary>The day the data was read: months after it are not yet due, its own month is still running.</summary>
    public DateOnly? Today { get; init; }
}
