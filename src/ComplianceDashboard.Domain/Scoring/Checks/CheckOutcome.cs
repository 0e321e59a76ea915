namespace ComplianceDashboard.Domain.Scoring.Checks;

/// <summary>One failed element of a condition, e.g. one unfilled post or one late outage notice.</summary>
public sealed record CheckFailure(string Description, IReadOnlyList<long> RecordIds, int? SubjectId = null, string? PeriodKey = null);

/// <summary>Result of a check: failures (empty = holds), the records that support it and a Chinese summary when it holds.</summary>
public sealed record CheckOutcome(IReadOnlyList<CheckFailure> Failures, IReadOnlyList<long> RecordIds, string? Summary = null)
{
    public bool Holds => Failures.Count == 0;

    public static CheckOutcome Pass(string summary, IReadOnlyList<long>? recordIds = null) => new([], recordIds ?? [], summary);

    public static CheckOutcome From(List<CheckFailure> failures, List<long> recordIds, string passSummary) =>
        new(failures, recordIds, failures.Count == 0 ? passSummary : null);
}
