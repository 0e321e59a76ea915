namespace ComplianceDashboard.Domain.Calendar;

public enum PeriodKind { Month, Quarter, HalfYear, Year }

/// <summary>One calendar period; the due date is its last day unless the scheme grants grace days.</summary>
public readonly record struct Period(PeriodKind Kind, DateOnly Start, DateOnly End)
{
    /// <summary>Stable key: 2025-03, 2025-Q1, 2025-H1, 2025.</summary>
    public string Key => Kind switch
    {
        PeriodKind.Month => $"{Start.Year:D4}-{Start.Month:D2}",
        PeriodKind.Quarter => $"{Start.Year:D4}-Q{(Start.Month - 1) / 3 + 1}",
        PeriodKind.HalfYear => $"{Start.Year:D4}-H{(Start.Month - 1) / 6 + 1}",
        _ => $"{Start.Year:D4}",
    };

    /// <summary>Chinese label used in explanations: 3月, 第一季度, 上半年, 2025年.</summary>
    public string Label => Kind switch
    {
        PeriodKind.Month => $"{Start.Month}月",
        PeriodKind.Quarter => $"第{"一二三四"[(Start.Month - 1) / 3]}季度",
        PeriodKind.HalfYear => Start.Month <= 6 ? "上半年" : "下半年",
        _ => $"{Start.Year}年",
    };
}
