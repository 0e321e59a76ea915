namespace ComplianceDashboard.Web.Components.Charts;

/// <summary>A clicked data point: its series and index as drawn, and the point's <see cref="ChartPoint.Id"/> if any.</summary>
public sealed record ChartPointClick(int SeriesIndex, int DataPointIndex, string? Id);
