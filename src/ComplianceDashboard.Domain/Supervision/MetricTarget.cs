namespace ComplianceDashboard.Domain.Supervision;

public enum TargetComparison
{
    AtLeast, // 不低于 (a rate ≥ target)
    AtMost,  // 不超过 (a count ≤ target)
}

/// <summary>Monthly metric targets (domain §8): met when the actual is on the right side of the target; no actual = not judged.</summary>
public static class MetricTargets
{
    public static bool? Met(TargetComparison comparison, decimal target, decimal? actual) => actual switch
    {
        null => null,
        { } a => comparison == TargetComparison.AtLeast ? a >= target : a <= target,
    };
}
