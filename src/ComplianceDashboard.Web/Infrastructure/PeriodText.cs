namespace ComplianceDashboard.Web.Infrastructure;

/// <summary>
/// Month, quarter and year labels in the UI language — chart axes, tooltips, titles and file names: "3月" /
/// "2026年第三季度" in Chinese, "Mar" / "Q3 2026" in English.
/// </summary>
public static class PeriodText
{
    private static bool Chinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);

    public static string Month(int month) =>
        Chinese ? $"{month}月" : CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(month);

    public static string YearMonth(int year, int month) =>
        Chinese ? $"{year}年{month}月" : $"{CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(month)} {year}";

    public static string Quarter(int year, int quarter) =>
        Chinese ? $"{year}年第{"一二三四"[quarter - 1]}季度" : $"Q{quarter} {year}";

    public static string HalfYear(int year, int half) =>
        Chinese ? $"{year}年{(half == 1 ? "上" : "下")}半年" : $"H{half} {year}";

    public static string Year(int year) => Chinese ? $"{year}年" : year.ToString(CultureInfo.InvariantCulture);
}
