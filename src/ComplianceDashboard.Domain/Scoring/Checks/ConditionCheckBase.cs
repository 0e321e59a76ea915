using System.Text.Json;

namespace ComplianceDashboard.Domain.Scoring.Checks;

/// <summary>
/// What every built-in check shares: its scheme name and accepted parameters are given to the constructor, unknown
/// parameter names and wrong JSON types are scheme errors, and <see cref="Evaluate"/> rejects null arguments before
/// handing over to the check's own rule (<see cref="Judge"/>).
/// </summary>
/// <param name="name">The name schemes refer to the check by.</param>
/// <param name="parameterTypes">Accepted parameter names and their JSON types.</param>
public abstract class ConditionCheckBase(string name, params (string Name, JsonValueKind Kind)[] parameterTypes) : IConditionCheck
{
    private readonly Dictionary<string, JsonValueKind> _parameterTypes = parameterTypes.ToDictionary(p => p.Name, p => p.Kind);

    public string Name { get; } = name;

    public virtual IEnumerable<string> ValidateParameters(CheckParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        foreach (var parameter in parameters.Names)
        {
            if (!_parameterTypes.TryGetValue(parameter, out var kind))
                yield return $"check '{Name}' has no parameter '{parameter}'";
            else if (parameters.TypeProblem(parameter, kind) is { } problem)
                yield return problem;
        }
    }

    public CheckOutcome Evaluate(CheckContext context, CheckParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parameters);
        return Judge(context, parameters);
    }

    /// <summary>The check's own rule (see <see cref="IConditionCheck.Evaluate"/>); both arguments are not null.</summary>
    protected abstract CheckOutcome Judge(CheckContext context, CheckParameters parameters);

    /// <summary>A parameter that holds a number.</summary>
    protected static (string Name, JsonValueKind Kind) NumberParameter(string name) => (name, JsonValueKind.Number);

    /// <summary>A parameter that holds an array (of strings).</summary>
    protected static (string Name, JsonValueKind Kind) ListParameter(string name) => (name, JsonValueKind.Array);

    /// <summary>Validates that every string in an array parameter names a value of enum T.</summary>
    protected static IEnumerable<string> EnumNames<T>(CheckParameters parameters, string name) where T : struct, Enum =>
        parameters.GetStrings(name, [])
            .Where(s => !Enum.TryParse<T>(s, ignoreCase: false, out var v) || !Enum.IsDefined(v) || char.IsDigit(s[0]))
            .Select(s => $"unknown {typeof(T).Name} '{s}' in parameter '{name}'");
}
