using ComplianceDashboard.Domain.Connections;

namespace ComplianceDashboard.Web.Features.Connections;

/// <summary>A county department that can be the responsible unit of a stage: a stable code and its name.</summary>
public sealed class ConnectionDepartment
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
}

/// <summary>
/// 业扩 settings under App:Connections: the county departments that can be responsible for a stage (stored by code)
/// and overrides of the stage limits, keyed "Stage.Class" (e.g. "SchemeReply.Residential": 3; 0 removes a limit).
/// </summary>
public sealed class ConnectionOptions
{
    public const string Section = "App:Connections";

    public static readonly IReadOnlyList<ConnectionDepartment> DefaultDepartments =
    [
        new() { Code = "YX", Name = "营销部" },
        new() { Code = "YJ", Name = "运检部" },
        new() { Code = "FZ", Name = "发展策划部" },
    ];

    public List<ConnectionDepartment> Departments { get; set; } = [];

    public Dictionary<string, int> Limits { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The configured departments, or the defaults when none are configured.</summary>
    public IReadOnlyList<ConnectionDepartment> EffectiveDepartments => Departments.Count > 0 ? Departments : DefaultDepartments;

    public StageLimits ToLimits() => StageLimits.WithOverrides(Limits.Select(l =>
    {
        var parts = l.Key.Split('.');
        if (parts.Length != 2 || !Enum.TryParse<ConnectionStage>(parts[0], out var stage) || !Enum.TryParse<ConnectionClass>(parts[1], out var c))
        {
            throw new OptionsValidationException(Section, typeof(ConnectionOptions), [$"App:Connections:Limits key '{l.Key}' must be 'Stage.Class', e.g. 'SchemeReply.Residential'"]);
        }
        return new KeyValuePair<(ConnectionStage, ConnectionClass), int>((stage, c), l.Value);
    }));

    public string? Validate()
    {
        var codes = EffectiveDepartments.Select(d => d.Code).ToList();
        if (codes.Any(c => string.IsNullOrWhiteSpace(c) || c.StartsWith("S:", StringComparison.Ordinal) || c.Length > 40))
        {
            return "App:Connections:Departments codes must be non-empty, at most 40 characters and must not start with 'S:'";
        }
        if (codes.Distinct(StringComparer.Ordinal).Count() != codes.Count)
        {
            return "App:Connections:Departments codes must be unique";
        }
        try
        {
            _ = ToLimits();
        }
        catch (OptionsValidationException ex)
        {
            return ex.Message;
        }
        return null;
    }
}
