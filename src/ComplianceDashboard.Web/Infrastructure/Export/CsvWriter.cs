using System.Text;
using CsvHelper.Configuration;

namespace ComplianceDashboard.Web.Infrastructure.Export;

/// <summary>
/// RFC 4180 CSV (CsvHelper) in UTF-8 with a BOM, so Excel on Chinese Windows opens 中文 correctly; CRLF line ends,
/// fields quoted only when they hold a comma, a quote or a line break.
/// </summary>
public static class CsvWriter
{
    private static readonly char[] MustQuote = [',', '"', '\r', '\n'];

    /// <summary>Characters that make Excel read a cell as a formula (CSV injection).</summary>
    private const string FormulaStarts = "=+-@\t\r";

    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",
        ShouldQuote = args => args.Field is { } field && field.IndexOfAny(MustQuote) >= 0,
        // Our own guard below, per column type: a negative number stays a number.
        InjectionOptions = InjectionOptions.None,
    };

    public static byte[] Write<T>(IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows)
    {
        using var stream = new MemoryStream();
        using (var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvHelper.CsvWriter(text, Configuration))
        {
            foreach (var column in columns)
            {
                csv.WriteField(column.Header);
            }
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var column in columns)
                {
                    csv.WriteField(Field(column.Value(row), column.Type));
                }
                csv.NextRecord();
            }
        }
        return stream.ToArray();
    }

    /// <summary>
    /// A text cell starting with = + - @ tab or CR would run as a formula in Excel (CSV injection): it is prefixed
    /// with ' so Excel keeps it text.
    /// </summary>
    private static string Field(object? value, ExportColumnType type)
    {
        var display = ExportValues.Display(value, type);
        return type == ExportColumnType.Text && display.Length > 0 && FormulaStarts.Contains(display[0], StringComparison.Ordinal) ? "'" + display : display;
    }
}
