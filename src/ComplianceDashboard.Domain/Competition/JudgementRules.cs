namespace ComplianceDashboard.Domain.Competition;

/// <summary>
/// A judgement item (评判项): the evaluator (or the unit, for its 自评) enters 0…max in steps of 0.5, with a reason.
/// </summary>
public static class JudgementRules
{
    public const decimal Step = 0.5m;

    /// <summary>Null when the points are allowed, else the Chinese reason why not.</summary>
    public static string? Validate(decimal points, decimal maxPoints)
    {
        if (points < 0 || points > maxPoints)
        {
            return string.Create(CultureInfo.InvariantCulture, $"得分应在0至{maxPoints:0.#}分之间");
        }
        if (points % Step != 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"得分须为{Step:0.0}分的整数倍");
        }
        return null;
    }

    /// <summary>A max that the step divides (the loader checks every judgement item with it).</summary>
    public static bool IsValidMax(decimal maxPoints) => maxPoints > 0 && maxPoints % Step == 0;
}
