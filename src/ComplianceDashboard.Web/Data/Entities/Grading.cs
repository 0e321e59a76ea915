namespace ComplianceDashboard.Web.Data.Entities;

/// <summary>
/// A station's grade for one year as computed at one moment. A new row is written only when the
/// result differs from the latest one, so the rows are the score's history.
/// </summary>
public class GradeSnapshot : StationOwnedEntity
{
    public int Year { get; set; }
    public required string SchemeCode { get; set; }
    public required string SchemeVersion { get; set; }
    public DateOnly AsOf { get; set; }
    public bool IsFinal { get; set; }
    public bool IsLatest { get; set; }
    public DateTime ComputedAt { get; set; }
    public long? JobRunId { get; set; }
    public decimal BaseScore { get; set; }
    public decimal BonusScore { get; set; }
    public decimal Total { get; set; }
    public required string GradeCode { get; set; }
    public required string GradeLabel { get; set; }
    /// <summary>Hash of the items and calendar, to skip writing an unchanged result.</summary>
    public required string ContentHash { get; set; }
    /// <summary>Item scores with explanations, gaps and record ids (JSON).</summary>
    public required string ItemsJson { get; set; }
    /// <summary>The obligation calendar cells (JSON).</summary>
    public required string CalendarJson { get; set; }
}

/// <summary>Per station and month: obligations due and how they were met, and risk deductions. Feeds the heat maps.</summary>
public class StationMonthStat : StationMonthEntity
{
    public int Due { get; set; }
    public int OnTime { get; set; }
    public int Late { get; set; }
    public int Missing { get; set; }
    public int Pending { get; set; }
    public decimal RiskDeduction { get; set; }
}

/// <summary>Interrupted: the process ended while the run was in progress (closed at the next start).</summary>
public enum JobRunStatus { Running, Succeeded, PartiallyFailed, Failed, Interrupted }

/// <summary>One run of a background job, kept for the 任务 page.</summary>
public class JobRun
{
    public long Id { get; set; }
    public required string JobName { get; set; }
    public required string Trigger { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public JobRunStatus Status { get; set; }
    public int StationsTotal { get; set; }
    public int StationsDone { get; set; }
    public int StationsFailed { get; set; }
    public string? Error { get; set; }
}

/// <summary>
/// One Hangfire batch job of a <see cref="JobRun"/>: the stations with ids in [First, Last] for one year. Its result
/// is overwritten, not added, so a batch that runs twice (crash, timeout) counts once; the run sums its batches.
/// </summary>
public class JobRunBatch
{
    public long Id { get; set; }
    public long JobRunId { get; set; }
    public int Year { get; set; }
    public int FirstStationId { get; set; }
    public int LastStationId { get; set; }
    public int Stations { get; set; }
    public int Done { get; set; }
    public int Failed { get; set; }
    public string? Error { get; set; }
    public DateTime? FinishedAt { get; set; }
    /// <summary>The Hangfire server (id: host, process, instance) whose worker ran the batch last; null until it ran.</summary>
    public string? ExecutedBy { get; set; }
}

/// <summary>
/// An annual grade locked by an evaluator (§6.3). While active, the station-year is not regraded and a
/// change to one of its records is a recorded correction. Re-opening keeps the row with who/when/why.
/// </summary>
public class GradeFinalization : StationOwnedEntity
{
    public int Year { get; set; }
    public long SnapshotId { get; set; }
    public decimal Total { get; set; }
    public required string GradeCode { get; set; }
    public DateTime FinalizedAt { get; set; }
    public required string FinalizedBy { get; set; }
    /// <summary>The evaluation round that finalised it (null for a lock made outside a round).</summary>
    public long? RoundId { get; set; }
    public string GradeLabel { get; set; } = "";
    /// <summary>The engine's total in the snapshot, before expert adjustments.</summary>
    public decimal ComputedTotal { get; set; }
    /// <summary>The expert adjustments applied, as JSON [{code, computed, points, reason}].</summary>
    public string AdjustmentsJson { get; set; } = "[]";
    public DateTime? ReopenedAt { get; set; }
    public string? ReopenedBy { get; set; }
    public string? ReopenReason { get; set; }

    public bool IsActive => ReopenedAt is null;
}
