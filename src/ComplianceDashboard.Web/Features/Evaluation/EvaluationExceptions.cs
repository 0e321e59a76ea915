namespace ComplianceDashboard.Web.Features.Evaluation;

/// <summary>Bad input: Chinese messages per field; nothing was saved.</summary>
public sealed class EvaluationValidationException(IReadOnlyDictionary<string, string> errors)
    : Exception(string.Join("；", errors.Values))
{
    public IReadOnlyDictionary<string, string> Errors { get; } = errors;

    public static EvaluationValidationException One(string field, string message) => new(new Dictionary<string, string> { [field] = message });
}

/// <summary>The action is not possible in the current state (e.g. the grade is finalised).</summary>
public sealed class EvaluationStateException(string message) : Exception(message);
