using System.Text.Json;

namespace ComplianceDashboard.Web.Features.Import;

/// <summary>A problem found by the validator, before it is placed in the file.</summary>
internal sealed record ImportProblem(string Path, string Message, bool AtPropertyName = false);

/// <summary>The validator's vocabulary: each check records a Chinese message at a JSON path and goes on.</summary>
internal sealed class ImportChecks(DateOnly today, DateTime localNow)
{
    public DateOnly Today { get; } = today;

    public DateTime LocalNow { get; } = localNow;

    public List<ImportProblem> Problems { get; } = [];

    public void Add(string path, string message, bool atName = false) => Problems.Add(new ImportProblem(path, message, atName));

    /// <summary>Every property the format does not define is an error (typos must not be ignored).</summary>
    public void Unknown(ImportNode node, string path)
    {
        if (node.Unknown is not { Count: > 0 } unknown)
        {
            return;
        }
        var allowed = node.GetType().GetProperties()
            .Where(p => p.Name != nameof(ImportNode.Unknown))
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));
        foreach (var name in unknown.Keys)
        {
            Add($"{path}.{name}", $"未知字段“{name}”，允许的字段：{ImportValues.List(allowed)}", atName: true);
        }
    }

    /// <summary>Visits the items of an optional list; a null item is an error.</summary>
    public void Each<T>(List<T>? items, string path, Action<T, string> check) where T : class
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var itemPath = $"{path}[{i}]";
            if (items![i] is { } item)
            {
                check(item, itemPath);
            }
            else
            {
                Add(itemPath, "列表项不能为 null");
            }
        }
    }

    public bool Required(string? value, string path)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }
        Add(path, $"缺少必填字段“{Field(path)}”");
        return false;
    }

    /// <summary>A name or title by <see cref="Infrastructure.NameRules"/> (the forms use the same rule); emptiness is <see cref="Required"/>'s.</summary>
    public void Name(string? value, string path, Infrastructure.NameRule rule)
    {
        if (!string.IsNullOrWhiteSpace(value) && Infrastructure.NameRules.Check(value, rule, required: false).Error is { } error)
        {
            Add(path, error);
        }
    }

    /// <summary>A date of the file's format; <paramref name="inSupportedYears"/>: also within the years the app supports (else the record rules judge the day).</summary>
    public DateOnly? Date(string? value, string path, bool required, bool inSupportedYears = true)
    {
        if (string.IsNullOrEmpty(value))
        {
            if (required)
            {
                Required(value, path);
            }
            return null;
        }
        if (!ImportValues.TryDate(value, out var date))
        {
            Add(path, $"日期“{value}”无效，应为 {ImportValues.DateFormat}");
            return null;
        }
        if (inSupportedYears && date.Year is < ImportValues.FirstYear or > ImportValues.LastYear)
        {
            Add(path, $"日期 {value} 超出系统支持的年份（{ImportValues.FirstYear}–{ImportValues.LastYear} 年）");
            return null;
        }
        return date;
    }

    /// <summary>A time of the file's format, when given (whether it must be is the record rules' question).</summary>
    public void DateTime(string? value, string path)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }
        if (!ImportValues.TryDateTime(value, out var time))
        {
            Add(path, $"时间“{value}”无效，应为 {ImportValues.DateTimeFormat}（北京时间）");
        }
        else if (time.Year is < ImportValues.FirstYear or > ImportValues.LastYear)
        {
            Add(path, $"时间 {value} 超出系统支持的年份（{ImportValues.FirstYear}–{ImportValues.LastYear} 年）");
        }
    }

    /// <summary>The end of a span may not come before its start.</summary>
    public void Order(DateOnly? from, DateOnly? to, string toPath, string fromName)
    {
        if (from is { } f && to is { } t && t < f)
        {
            Add(toPath, $"{Field(toPath)} {t:yyyy-MM-dd} 早于 {fromName} {f:yyyy-MM-dd}");
        }
    }

    public T? Enum<T>(string? value, string path, string label, bool required) where T : struct, Enum
    {
        if (string.IsNullOrEmpty(value))
        {
            if (required)
            {
                Required(value, path);
            }
            return null;
        }
        if (ImportValues.TryEnum<T>(value, out var parsed))
        {
            return parsed;
        }
        Add(path, $"“{value}”不是有效的{label}，可选值：{ImportValues.List(System.Enum.GetNames<T>())}");
        return null;
    }

    /// <summary>Declares a file-local key; a repeated key is an error pointing at the first one.</summary>
    public void Key(string? key, Dictionary<string, string> keys, string path, string what)
    {
        if (Required(key, path) && !keys.TryAdd(key!, path))
        {
            Add(path, $"{what} key“{key}”重复（首次出现于 {keys[key!]}）");
        }
    }

    /// <summary>A reference to a key declared elsewhere in the same station.</summary>
    public void Ref(string? key, Dictionary<string, string> keys, string path, string what, string collection, bool required)
    {
        if (string.IsNullOrEmpty(key))
        {
            if (required)
            {
                Required(key, path);
            }
            return;
        }
        if (!keys.ContainsKey(key))
        {
            Add(path, $"找不到{what}“{key}”：本站所的 {collection} 中没有这个 key");
        }
    }

    private static string Field(string path) => path[(path.LastIndexOf('.') + 1)..];
}
