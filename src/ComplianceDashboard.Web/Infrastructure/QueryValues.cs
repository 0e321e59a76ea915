namespace ComplianceDashboard.Web.Infrastructure;

/// <summary>
/// Values typed into a URL are untrusted: a year outside what the product grades or a station that is not a
/// number falls back to the default instead of failing the page.
/// </summary>
public static class QueryValues
{
    /// <summary>The earliest year a county's data can belong to (the standard dates from 2022; older evidence is history).</summary>
    public const int FirstYear = 2000;

    /// <summary>The year asked for when it is between <see cref="FirstYear"/> and next year; otherwise null (use the default).</summary>
    public static int? Year(int? requested, DateOnly today) =>
        requested is { } y && y >= FirstYear && y <= today.Year + 1 ? y : null;

    /// <summary>A whole number, or null for anything else ("abc", "", overflow).</summary>
    public static int? WholeNumber(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
