namespace ComplianceDashboard.Domain.Scoring.Checks;

/// <summary>
/// A named, parameterised condition a rubric item can require. Schemes refer to checks by name, so a new
/// scheme reuses them without code changes; a genuinely new rule is one new class registered by name.
/// </summary>
public interface IConditionCheck
{
    string Name { get; }

    /// <summary>Problems with the parameters as written in the scheme (empty when fine).</summary>
    IEnumerable<string> ValidateParameters(CheckParameters parameters);

    /// <summary>
    /// Evaluates the condition. Each failure is one missing element (a PerMiss item deducts per failure);
    /// no failures means the condition holds.
    /// </summary>
    CheckOutcome Evaluate(CheckContext context, CheckParameters parameters);
}
