namespace ComplianceDashboard.Domain.Scoring;

internal static class Points
{
    public static string Format(decimal points) => points.ToString("0.##", CultureInfo.InvariantCulture);
}
