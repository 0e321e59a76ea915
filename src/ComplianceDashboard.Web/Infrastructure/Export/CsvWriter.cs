using System.Text;

namespace ComplianceDashboard.Web.Infrastructure.Export;

/// <summary>RFC 4180 CSV in UTF-8 with a BOM, so Excel on Chinese Windows opens 中文 correctly.</summary>
public static class CsvWriter
{
    private static readonly char[] MustQuote = [',', '"', '\r', '\n'];

    public static byte[] Write<T>(IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows)
    {
        var text = new StringBuilder();
        AppendLine(text, columns.Select(c => c.Header));
        foreach (var row in rows)
        {
            AppendLine(text, columns.Select(c => Field(c.Value(row), c.Type)));
        }
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    private static string Field(object? value, ExportColumnType type)
    {
        var display = ExportValues.Display(value, type);
        // A text cell starting with = + - @ would run as a formula in Excel (CSV injection): keep it text.
        return type == ExportColumnType.Text && display.Length > 0 && "=+-@\t\r".Contains(display[0]) ? "'" + display : display;
    }

    private static void AppendLine(StringBuilder text, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                text.Append(',');
            }
            first = false;
            text.Append(field.IndexOfAny(MustQuote) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field);
        }
        text.Append("\r\n");
    }
}
