namespace ComplianceDashboard.Domain.Schemes;

/// <summary>How an item's points are lost or earned: all or nothing, per missed period, per event, or as a bonus.</summary>
public enum RuleKind { All, PerMiss, PerEvent, Bonus }
