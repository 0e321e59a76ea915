namespace ComplianceDashboard.Domain.Schemes;

public enum SchemeProblemSeverity { Warning, Error }

/// <summary>A validation finding: where in the JSON (e.g. <c>$.items[3].obligations[0]</c>) and what.</summary>
public sealed record SchemeProblem(SchemeProblemSeverity Severity, string Path, string Message)
{
    public override string ToString() => $"{Severity} {Path}: {Message}";
}
