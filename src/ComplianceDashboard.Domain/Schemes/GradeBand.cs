namespace ComplianceDashboard.Domain.Schemes;

/// <summary>A grade the scheme awards from <see cref="MinScore"/> points up (优秀, 合格, 不合格 for QL-2022).</summary>
public sealed record GradeBand(string Code, string Label, decimal MinScore);
