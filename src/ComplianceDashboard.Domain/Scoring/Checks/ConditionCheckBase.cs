using System.Text.Json;
using ComplianceDashboard.Domain.Schemes;

namespace ComplianceDashboard.Domain.Scoring.Checks;

/// <summary>Shared parameter validation: unknown names and wrong JSON types are scheme errors.</summary>
public abstract class ConditionCheckBase : IConditionCheck
{
    public abstract string Name { get; }

    /// <summary>Accepted parameter names and their JSON types.</summary>
    protected virtual IReadOnlyDictionary<string, JsonValueKind> ParameterTypes { get; } = new Dictionary<string, JsonValueKind>();

    public virtual IEnumerable<string> ValidateParameters(CheckParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        foreach (var name in parameters.Names)
        {
            if (!ParameterTypes.TryGetValue(name, out var kind))
                yield return $"check '{Name}' has no parameter '{name}'";
            else if (parameters.TypeProblem(name, kind) is { } problem)
                yield return problem;
        }
    }

    public abstract CheckOutcome Evaluate(CheckContext context, CheckParameters parameters);

    /// <summary>Validates that every string in an array parameter names a value of enum T.</summary>
    protected static IEnumerable<string> EnumNames<T>(CheckParameters parameters, string name) where T : struct, Enum =>
        parameters.GetStrings(name, [])
            .Where(s => !Enum.TryParse<T>(s, ignoreCase: false, out var v) || !Enum.IsDefined(v) || char.IsDigit(s[0]))
            .Select(s => $"unknown {typeof(T).Name} '{s}' in parameter '{name}'");
}
