namespace ComplianceDashboard.Web.Features.Import;

/// <summary>One problem in an import file: where it is (file, 1-based line and column, JSON path) and what is wrong (Chinese).</summary>
public sealed record ImportError(string File, int Line, int Column, string Path, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column} {Path}: {Message}";
}

/// <summary>What an import did: either everything was written (no errors) or nothing was.</summary>
public sealed record ImportResult(bool Succeeded, IReadOnlyList<ImportError> Errors, string Summary)
{
    public int Stations { get; init; }
    public int ServicePoints { get; init; }
    public int People { get; init; }
    public int Records { get; init; }

    public static ImportResult Failed(IReadOnlyList<ImportError> errors) =>
        new(false, errors, $"导入失败：{errors.Count} 个错误，未写入任何数据");
}
