namespace ComplianceDashboard.Web.Features.Evaluation;

/// <summary>An evaluator's click in the evidence table: this record, confirmed or reset.</summary>
public sealed record EvidenceDecision(EvidenceRow Row, ReviewStatus Decision);
