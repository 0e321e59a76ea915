using System.Text.Json;

namespace ComplianceDashboard.Web.Features.Import;

/// <summary>Turns bytes into the file's DTOs and a line map, or into positioned syntax/type errors.</summary>
internal static class ImportParser
{
    public static (ImportFile? File, JsonLineMap Map, List<ImportError> Errors) Parse(byte[] json, string source)
    {
        JsonLineMap map;
        try
        {
            map = JsonLineMap.Build(json);
        }
        catch (JsonException ex)
        {
            map = JsonLineMap.LinesOnly(json);
            var (line, column) = map.FromException(ex);
            return (null, map, [new ImportError(source, line, column, ex.Path ?? "$", $"JSON 语法错误（缺少括号、逗号或引号？）：{Detail(ex)}")]);
        }
        var errors = map.DuplicateProperties
            .Select(p => Place(new ImportProblem(p, $"字段“{p[(p.LastIndexOf('.') + 1)..]}”在同一对象中出现了两次", true), map, source))
            .ToList();
        try
        {
            var file = JsonSerializer.Deserialize<ImportFile>(json, ImportValues.Json);
            if (file is null)
            {
                errors.Add(new ImportError(source, 1, 1, "$", "文件内容为 null，应为一个 JSON 对象"));
            }
            return (file, map, errors);
        }
        catch (JsonException ex)
        {
            var path = ex.Path ?? "$";
            var (line, column) = map.Locate(path);
            errors.Add(new ImportError(source, line, column, path, "值的类型不符合格式：日期、枚举和 key 应为字符串，数量应为整数，是/否应为 true/false，列表应为 [...]，对象应为 {...}"));
            return (null, map, errors);
        }
    }

    public static ImportError Place(ImportProblem problem, JsonLineMap map, string source)
    {
        var (line, column) = map.Locate(problem.Path, problem.AtPropertyName);
        return new ImportError(source, line, column, problem.Path, problem.Message);
    }

    /// <summary>The reader's own description without its trailing position (which the error already gives).</summary>
    private static string Detail(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }
}
