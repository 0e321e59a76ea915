using MudBlazor;

namespace ComplianceDashboard.Web.Features.Stations;

/// <summary>
/// What a calendar cell means to the user today: the grade's <see cref="ObligationStatus"/> with "not yet satisfied"
/// split into due today, due in the running month and not yet due, so none of them looks like "all done".
/// </summary>
public enum DutyStatus
{
    Missing = 1,
    DueToday = 2,
    InProgress = 3,
    NotYetDue = 4,
    Late = 5,
    OnTime = 6,
    NotApplicable = 7,
}

public static class DutyStatuses
{
    public static DutyStatus Of(ObligationPeriod cell, DateOnly today) => Of(cell.Status, cell.DueDate, today);

    public static DutyStatus Of(ObligationStatus status, DateOnly dueDate, DateOnly today) => status switch
    {
        ObligationStatus.Missing => DutyStatus.Missing,
        ObligationStatus.Late => DutyStatus.Late,
        ObligationStatus.OnTime => DutyStatus.OnTime,
        ObligationStatus.NotApplicable => DutyStatus.NotApplicable,
        _ when dueDate == today => DutyStatus.DueToday,
        _ when dueDate <= MonthEnd(today) => DutyStatus.InProgress,
        _ => DutyStatus.NotYetDue,
    };

    public static DateOnly MonthEnd(DateOnly today) => new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1);

    /// <summary>The Chinese label (a resource key).</summary>
    public static string Label(DutyStatus status) => status switch
    {
        DutyStatus.Missing => "缺失",
        DutyStatus.DueToday => "今日截止",
        DutyStatus.InProgress => "本月进行中",
        DutyStatus.NotYetDue => "未到期",
        DutyStatus.Late => "逾期补录",
        DutyStatus.OnTime => "按时",
        _ => "不适用",
    };

    /// <summary>Heat-map colour; the chips use the theme colour of the same meaning.</summary>
    public static string Hex(DutyStatus status) => status switch
    {
        DutyStatus.Missing => "#c62828",
        DutyStatus.DueToday => "#e65100",
        DutyStatus.InProgress => "#1565c0",
        DutyStatus.NotYetDue => "#b0bec5",
        DutyStatus.Late => "#f9a825",
        DutyStatus.OnTime => "#2e7d32",
        _ => "#eceff1",
    };

    public static Color ChipColor(DutyStatus status) => status switch
    {
        DutyStatus.Missing or DutyStatus.DueToday => Color.Error,
        DutyStatus.InProgress => Color.Info,
        DutyStatus.Late => Color.Warning,
        DutyStatus.OnTime => Color.Success,
        _ => Color.Default,
    };

    /// <summary>Due today is outlined with an alarm icon so it stands apart from 缺失.</summary>
    public static Variant ChipVariant(DutyStatus status) =>
        status is DutyStatus.DueToday or DutyStatus.NotApplicable ? Variant.Outlined : Variant.Filled;
}
