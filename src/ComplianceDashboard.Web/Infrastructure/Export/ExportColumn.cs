namespace ComplianceDashboard.Web.Infrastructure.Export;

public enum ExportColumnType
{
    /// <summary>Written as a string.</summary>
    Text,
    /// <summary>Any numeric value; a number cell in XLSX, invariant culture in CSV.</summary>
    Number,
    /// <summary>DateOnly, DateTime or DateTimeOffset; a real date (yyyy-MM-dd) in XLSX, yyyy-MM-dd in CSV.</summary>
    Date,
    /// <summary>A fraction (0.875 = 87.5%); a number with a 0.0% format in XLSX, "87.5%" in CSV.</summary>
    Percent,
}

/// <summary>One exported column: a Chinese header, how to read the value from a row, and its type.</summary>
public sealed record ExportColumn<T>(string Header, Func<T, object?> Value, ExportColumnType Type = ExportColumnType.Text);

/// <summary>A finished export, ready for a browser download or <c>Results.File(Content, ContentType, FileName)</c>.</summary>
public sealed record ExportFile(string FileName, string ContentType, byte[] Content);

public enum ExportFormat
{
    Xlsx,
    Csv,
}
