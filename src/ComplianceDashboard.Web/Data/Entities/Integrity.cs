using ComplianceDashboard.Domain.Integrity;

namespace ComplianceDashboard.Web.Data.Entities;

/// <summary>
/// One computed integrity signal (台账真实性信号) of a station. Recomputing a station replaces all of its rows;
/// explanations live in <see cref="IntegrityExplanation"/> and survive that.
/// </summary>
public class IntegritySignalRow : StationMonthEntity
{
    public long Id { get; set; }

    /// <summary><see cref="IntegritySignal.Key"/>: kind, station, month and the records involved.</summary>
    public required string Key { get; set; }
    public SignalKind Kind { get; set; }
    public double Strength { get; set; }
    /// <summary>The explanation in Chinese (exports, audit).</summary>
    public required string Explanation { get; set; }

    /// <summary><see cref="SignalText.Template"/> and its arguments (a JSON array): the page shows the explanation in the user's language.</summary>
    public required string ExplanationTemplate { get; set; }
    public required string ExplanationArgs { get; set; }

    /// <summary>Ids of the records involved, comma-separated (other stations' records too, for cross-station signals).</summary>
    public required string RecordIds { get; set; }
    public DateTime ComputedAt { get; set; }

    /// <summary>The explanation to show in the user's language; a row computed before templates were stored shows its Chinese text until the next recompute.</summary>
    public SignalText Text() => ExplanationTemplate.Length == 0
        ? new SignalText("{0}", Explanation)
        : new SignalText(ExplanationTemplate, System.Text.Json.JsonSerializer.Deserialize<List<string>>(ExplanationArgs) ?? []);

    public IReadOnlyList<long> RecordIdList() =>
        [.. RecordIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => long.Parse(s, System.Globalization.CultureInfo.InvariantCulture))];
}

/// <summary>An evaluator's 说明 of a signal (by its key). Never deleted with the signals.</summary>
public class IntegrityExplanation
{
    public long Id { get; set; }
    public required string SignalKey { get; set; }
    public int StationId { get; set; }
    public required string ExplainedBy { get; set; }
    public required string Reason { get; set; }
    public DateTime ExplainedAt { get; set; }
}
