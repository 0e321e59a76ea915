using System.ComponentModel.DataAnnotations;
using ComplianceDashboard.Domain.Integrity;

namespace ComplianceDashboard.Web.Features.Integrity;

/// <summary>Thresholds of the integrity signals, under App:Integrity (validated at start).</summary>
public sealed class IntegrityOptions
{
    public const string Section = "App:Integrity";

    /// <summary>5-field cron of the nightly recompute, in App:TimeZone (after the nightly grading).</summary>
    [Required, RegularExpression(@"^\S+( \S+){4}$", ErrorMessage = "App:Integrity:NightlyCron must be a 5-field cron, e.g. '30 3 * * *'")]
    public string NightlyCron { get; set; } = "30 3 * * *";

    [Range(1, 366)]
    public int LateEntryDays { get; set; } = 30;

    [Range(7, 120)]
    public int BurstWindowDays { get; set; } = 28;

    [Range(0.05, 1.0)]
    public double BurstMinShare { get; set; } = 0.3;

    [Range(1.0, 100.0)]
    public double BurstMinRatio { get; set; } = 3.0;

    [Range(1, 10000)]
    public int BurstMinRecords { get; set; } = 10;

    /// <summary>Day the evaluation of a year opens when no evaluation round names it: this month and day of the next year.</summary>
    [Range(1, 12)]
    public int EvaluationOpensMonth { get; set; } = 1;

    [Range(1, 28)]
    public int EvaluationOpensDay { get; set; } = 15;

    [Range(0.5, 1.0)]
    public double CopiedTextSimilarity { get; set; } = 0.8;

    [Range(2, 10)]
    public int ShingleLength { get; set; } = 4;

    [Range(10, 10000)]
    public int MinTextLength { get; set; } = 40;

    public IntegrityThresholds ToThresholds() => new()
    {
        LateEntryDays = LateEntryDays,
        BurstWindowDays = BurstWindowDays,
        BurstMinShare = BurstMinShare,
        BurstMinRatio = BurstMinRatio,
        BurstMinRecords = BurstMinRecords,
        CopiedTextSimilarity = CopiedTextSimilarity,
        ShingleLength = ShingleLength,
        MinTextLength = MinTextLength,
    };
}
