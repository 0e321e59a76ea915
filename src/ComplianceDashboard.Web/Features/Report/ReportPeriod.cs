using ComplianceDashboard.Web.Features.Overview;

namespace ComplianceDashboard.Web.Features.Report;

/// <summary>Which quarter the joint-meeting report covers when the URL does not say.</summary>
public static class ReportPeriod
{
    /// <summary>
    /// The quarter asked for; without one, the last complete quarter (on 2026-11-30: 2026 Q3; in January–March: Q4 of
    /// last year). A past year without a quarter means its Q4, the current year its last complete quarter (Q1 before April).
    /// </summary>
    public static DashboardPeriod Resolve(DateOnly today, int? year, int? quarter)
    {
        var lastComplete = LastCompleteQuarter(today);
        var validQuarter = quarter is >= 1 and <= 4 ? quarter : null;
        return (year, validQuarter) switch
        {
            (null, null) => lastComplete,
            (null, { } q) => new DashboardPeriod(today.Year, q),
            ({ } y, { } q) => new DashboardPeriod(y, q),
            ({ } y, null) when y < today.Year => new DashboardPeriod(y, 4),
            ({ } y, null) when y == lastComplete.Year => lastComplete,
            ({ } y, null) => new DashboardPeriod(y, 1),
        };
    }

    public static DashboardPeriod LastCompleteQuarter(DateOnly today)
    {
        var current = (today.Month + 2) / 3;
        return current == 1 ? new DashboardPeriod(today.Year - 1, 4) : new DashboardPeriod(today.Year, current - 1);
    }
}
