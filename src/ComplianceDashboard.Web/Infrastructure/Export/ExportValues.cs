namespace ComplianceDashboard.Web.Infrastructure.Export;

/// <summary>Converts a row's raw value into what the column type promises.</summary>
internal static class ExportValues
{
    private static readonly DateTime ExcelEpoch = new(1899, 12, 30);

    public static double? Number(object? value) => value switch
    {
        null => null,
        string s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
        IConvertible c => c.ToDouble(CultureInfo.InvariantCulture),
        _ => null,
    };

    public static DateOnly? Date(object? value) => value switch
    {
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        DateTimeOffset dto => DateOnly.FromDateTime(dto.DateTime),
        _ => null,
    };

    public static double ExcelSerial(DateOnly date) => (date.ToDateTime(TimeOnly.MinValue) - ExcelEpoch).TotalDays;

    public static string Text(object? value) => value switch
    {
        null => "",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>The text a person sees in the cell (CSV field; XLSX column width).</summary>
    public static string Display(object? value, ExportColumnType type) => type switch
    {
        ExportColumnType.Number => Number(value)?.ToString("0.############", CultureInfo.InvariantCulture) ?? "",
        ExportColumnType.Percent => Number(value) is { } p ? (p * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "",
        ExportColumnType.Date => Date(value)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        _ => Text(value),
    };
}
