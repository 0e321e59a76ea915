using System.Text.Json;

namespace ComplianceDashboard.Web.Features.Import;

/// <summary>How the file spells dates, times, enums and services; shared by the validator and the writer.</summary>
internal static class ImportValues
{
    public const string FormatMarker = "compliance-dashboard-import/1";
    public const string DateFormat = "yyyy-MM-dd";
    public const string DateTimeFormat = "yyyy-MM-ddTHH:mm";

    /// <summary>
    /// Years a date may fall in: from the first year the app grades (<see cref="Infrastructure.QueryValues.FirstYear"/>, the bound
    /// of every year filter) to the end of the century (terms and closing dates may lie ahead; event dates may not pass today).
    /// </summary>
    public const int FirstYear = Infrastructure.QueryValues.FirstYear;
    public const int LastYear = 2099;

    public const string Consultation = "consultation";
    public const string Query = "query";
    public const string BillPayment = "billPayment";
    public static readonly string[] Services = [Consultation, Query, BillPayment];

    public static readonly string[] AttendeeNames = [.. Enum.GetNames<AttendeeCategories>().Where(n => n != nameof(AttendeeCategories.None))];

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    public static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryDateTime(string? text, out DateTime time) =>
        DateTime.TryParseExact(text, DateTimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>Only the exact member name counts (no numbers, no other casing).</summary>
    public static bool TryEnum<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        return text is not null && Enum.GetNames<T>().Contains(text, StringComparer.Ordinal) && Enum.TryParse(text, out value);
    }

    public static DateOnly ParseDate(string text) => TryDate(text, out var d) ? d : throw new FormatException(text);

    public static DateOnly? OptionalDate(string? text) => string.IsNullOrEmpty(text) ? null : ParseDate(text);

    public static DateTime ParseDateTime(string text) => TryDateTime(text, out var t) ? t : throw new FormatException(text);

    public static T ParseEnum<T>(string text) where T : struct, Enum => TryEnum<T>(text, out var v) ? v : throw new FormatException(text);

    public static T? OptionalEnum<T>(string? text) where T : struct, Enum => string.IsNullOrEmpty(text) ? null : ParseEnum<T>(text);

    public static AttendeeCategories Attendees(IEnumerable<string>? names) =>
        (names ?? []).Aggregate(AttendeeCategories.None, (all, n) => all | ParseEnum<AttendeeCategories>(n));

    public static string List(IEnumerable<string> names) => string.Join(", ", names);

    public static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.#} MB");
}
