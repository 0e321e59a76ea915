namespace ComplianceDashboard.Domain.Schemes;

/// <summary>Thrown by <see cref="SchemeLoader"/> when a scheme file has structural errors; lists all of them.</summary>
public sealed class SchemeValidationException : Exception
{
    public SchemeValidationException() : this([]) { }

    public SchemeValidationException(string message) : base(message) => Errors = [];

    public SchemeValidationException(string message, Exception inner) : base(message, inner) => Errors = [];

    public SchemeValidationException(IReadOnlyList<SchemeProblem> errors)
        : base("Invalid scheme:" + string.Concat(errors.Select(e => Environment.NewLine + "  " + e)))
        => Errors = errors;

    public IReadOnlyList<SchemeProblem> Errors { get; }
}
