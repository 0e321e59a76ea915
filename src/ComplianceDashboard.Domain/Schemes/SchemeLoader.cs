using System.Text;
using System.Text.Json;
using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Domain.Scoring.Checks;

namespace ComplianceDashboard.Domain.Schemes;

/// <summary>
/// Reads a scheme JSON file and validates it. Structural problems are errors (all collected, then thrown as
/// one <see cref="SchemeValidationException"/>); label-versus-sum mismatches are warnings kept on the scheme.
/// </summary>
public static class SchemeLoader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static Scheme Load(Stream json, ConditionCheckRegistry? checks = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        SchemeFile? file;
        try
        {
            file = JsonSerializer.Deserialize<SchemeFile>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new SchemeValidationException([new SchemeProblem(SchemeProblemSeverity.Error, ex.Path ?? "$", "invalid JSON: " + ex.Message)]);
        }
        return Build(file ?? throw new SchemeValidationException([Error("$", "the file is empty")]), checks ?? ConditionCheckRegistry.Default);
    }

    public static Scheme LoadFromString(string json, ConditionCheckRegistry? checks = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return Load(stream, checks);
    }

    /// <summary>Loads an embedded scheme by code ("QL-2022" → resource <c>Schemes.QL-2022.json</c>), uncached.</summary>
    public static Scheme LoadEmbedded(string code, ConditionCheckRegistry? checks = null)
    {
        using var stream = SchemeCatalog.OpenEmbedded(code);
        return Load(stream, checks);
    }

    private static Scheme Build(SchemeFile f, ConditionCheckRegistry checks)
    {
        var problems = new List<SchemeProblem>();
        var code = Required(f.Code, "$.code", problems);
        var version = Required(f.Version, "$.version", problems);
        var name = Required(f.Name, "$.name", problems);

        var level1 = ReadLevels(f.Level1, problems);
        var obligations = ReadObligations(f.Obligations, problems);
        var items = ReadItems(f.Items, level1, obligations, checks, problems);
        var bands = ReadBands(f.GradeBands, problems);

        var totalBase = f.TotalBasePoints ?? 100m;
        var totalBonus = f.TotalBonusPoints ?? 0m;
        CheckSums(level1, items, totalBase, totalBonus, problems);

        var errors = problems.Where(p => p.Severity == SchemeProblemSeverity.Error).ToList();
        if (errors.Count > 0)
            throw new SchemeValidationException(errors);

        var warnings = problems.Where(p => p.Severity == SchemeProblemSeverity.Warning).ToList();
        return new Scheme(code!, version!, name!, totalBase, totalBonus, level1, obligations, items, bands, warnings);
    }

    private static List<SchemeLevel1> ReadLevels(List<Level1File>? levels, List<SchemeProblem> problems)
    {
        var result = new List<SchemeLevel1>();
        if (levels is null || levels.Count == 0)
        {
            problems.Add(Error("$.level1", "at least one level-1 indicator is required"));
            return result;
        }
        for (var i = 0; i < levels.Count; i++)
        {
            var path = $"$.level1[{i}]";
            var l1 = levels[i];
            var l1Name = Required(l1.Name, path + ".name", problems);
            if (l1Name is not null && result.Any(r => r.Name == l1Name))
                problems.Add(Error(path + ".name", $"duplicate level-1 indicator '{l1Name}'"));
            var l2 = new List<SchemeLevel2>();
            for (var j = 0; j < (l1.Level2?.Count ?? 0); j++)
            {
                var p2 = $"{path}.level2[{j}]";
                var n2 = Required(l1.Level2![j].Name, p2 + ".name", problems);
                if (n2 is not null && l2.Any(x => x.Name == n2))
                    problems.Add(Error(p2 + ".name", $"duplicate level-2 indicator '{n2}' under '{l1Name}'"));
                l2.Add(new SchemeLevel2(n2 ?? "", l1.Level2[j].Points ?? 0));
            }
            result.Add(new SchemeLevel1(l1Name ?? "", l1.Points ?? 0, l1.IsBonus, l2));
        }
        return result;
    }

    private static List<ObligationDefinition> ReadObligations(List<ObligationFile>? list, List<SchemeProblem> problems)
    {
        var result = new List<ObligationDefinition>();
        for (var i = 0; i < (list?.Count ?? 0); i++)
        {
            var o = list![i];
            var path = $"$.obligations[{i}]";
            var id = Required(o.Id, path + ".id", problems);
            if (id is not null && result.Any(r => r.Id == id))
                problems.Add(Error(path + ".id", $"duplicate obligation id '{id}'"));
            var period = ParseEnum<PeriodKind>(o.Period, path + ".period", problems);
            var scope = ParseEnum<ObligationScope>(o.Scope, path + ".scope", problems);
            var kinds = ParseEnums<RecordKind>(o.RecordKinds, path + ".recordKinds", problems);
            if (kinds.Count == 0)
                problems.Add(Error(path + ".recordKinds", "an obligation needs at least one record kind that satisfies it"));
            if (o.GraceDays < 0)
                problems.Add(Error(path + ".graceDays", "grace days cannot be negative"));
            var oName = Required(o.Name, path + ".name", problems) ?? "";
            result.Add(new ObligationDefinition(id ?? "", oName, o.Evidence ?? oName, period, scope, kinds, o.GraceDays));
        }
        return result;
    }

    private static List<RubricItem> ReadItems(
        List<ItemFile>? list, List<SchemeLevel1> levels, List<ObligationDefinition> obligations,
        ConditionCheckRegistry checks, List<SchemeProblem> problems)
    {
        var result = new List<RubricItem>();
        if (list is null || list.Count == 0)
        {
            problems.Add(Error("$.items", "at least one item is required"));
            return result;
        }
        var obligationIds = obligations.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var it = list[i];
            var path = $"$.items[{i}]";
            var code = Required(it.Code, path + ".code", problems);
            if (code is not null && result.Any(r => r.Code == code))
                problems.Add(Error(path + ".code", $"duplicate item code '{code}'"));

            var l1 = levels.FirstOrDefault(l => l.Name == it.Level1);
            if (l1 is null)
                problems.Add(Error(path + ".level1", $"unknown level-1 indicator '{it.Level1}'"));
            else if (l1.Level2.Count > 0 && l1.Level2.All(l => l.Name != it.Level2))
                problems.Add(Error(path + ".level2", $"unknown level-2 indicator '{it.Level2}' under '{l1.Name}'"));

            var max = it.MaxPoints ?? 0;
            if (max <= 0)
                problems.Add(Error(path + ".maxPoints", "max points must be positive"));
            var rule = ParseEnum<RuleKind>(it.Rule, path + ".rule", problems);
            var unit = it.Unit ?? 0;
            if (rule is RuleKind.PerMiss or RuleKind.PerEvent && unit <= 0)
                problems.Add(Error(path + ".unit", $"rule {rule} needs a positive unit (points per miss/event)"));

            var deps = it.Obligations ?? [];
            for (var j = 0; j < deps.Count; j++)
            {
                if (!obligationIds.Contains(deps[j]))
                    problems.Add(Error($"{path}.obligations[{j}]", $"unknown obligation id '{deps[j]}'"));
            }

            var eventKinds = ParseEnums<RecordKind>(it.EventKinds, path + ".eventKinds", problems);
            if (rule == RuleKind.PerEvent && eventKinds.Count == 0)
                problems.Add(Error(path + ".eventKinds", "a PerEvent item needs at least one event record kind"));

            var check = ReadCheck(it.Check, path + ".check", checks, problems);
            if (rule is RuleKind.All or RuleKind.PerMiss or RuleKind.Bonus && it.Check is null && deps.Count == 0)
                problems.Add(Error(path, $"a {rule} item needs obligations or a check to judge it"));

            var isBonus = rule == RuleKind.Bonus || (l1?.IsBonus ?? false);
            result.Add(new RubricItem(code ?? "", it.Level1 ?? "", it.Level2 ?? "", it.Name ?? code ?? "", max, rule, unit, isBonus,
                [.. deps], check, eventKinds));
        }
        return result;
    }

    private static CheckSpec? ReadCheck(CheckFile? c, string path, ConditionCheckRegistry checks, List<SchemeProblem> problems)
    {
        if (c is null)
            return null;
        var name = Required(c.Name, path + ".name", problems);
        var parameters = c.Parameters is null ? CheckParameters.Empty : new CheckParameters(c.Parameters);
        if (name is null)
            return null;
        if (!checks.TryGet(name, out var check))
        {
            problems.Add(Error(path + ".name", $"unknown check '{name}'; known checks: {string.Join(", ", checks.Names.Order(StringComparer.Ordinal))}"));
            return null;
        }
        foreach (var message in check.ValidateParameters(parameters))
            problems.Add(Error(path + ".parameters", message));
        return new CheckSpec(name, parameters);
    }

    private static List<GradeBand> ReadBands(List<GradeBandFile>? list, List<SchemeProblem> problems)
    {
        var result = new List<GradeBand>();
        if (list is null || list.Count == 0)
        {
            problems.Add(Error("$.gradeBands", "at least one grade band is required"));
            return result;
        }
        for (var i = 0; i < list.Count; i++)
        {
            var path = $"$.gradeBands[{i}]";
            var b = list[i];
            var code = Required(b.Code, path + ".code", problems);
            if (code is not null && result.Any(r => r.Code == code))
                problems.Add(Error(path + ".code", $"duplicate grade band code '{code}'"));
            if (b.MinScore is null)
                problems.Add(Error(path + ".minScore", "minScore is required"));
            var band = new GradeBand(code ?? "", b.Label ?? code ?? "", b.MinScore ?? 0);
            // Bands are listed from best to worst; equal or rising minimums overlap or are out of order.
            if (i > 0 && band.MinScore >= result[i - 1].MinScore)
                problems.Add(Error(path + ".minScore",
                    Invariant($"grade bands must be sorted by strictly decreasing minScore: {band.MinScore} follows {result[i - 1].MinScore} (unsorted or overlapping)")));
            result.Add(band);
        }
        if (result.Min(b => b.MinScore) > 0)
            problems.Add(Error("$.gradeBands", "the lowest grade band must start at 0 so every score has a grade"));
        return result;
    }

    private static void CheckSums(List<SchemeLevel1> levels, List<RubricItem> items, decimal totalBase, decimal totalBonus, List<SchemeProblem> problems)
    {
        for (var i = 0; i < levels.Count; i++)
        {
            var l1 = levels[i];
            var sum = items.Where(it => it.Level1 == l1.Name).Sum(it => it.MaxPoints);
            if (sum != l1.Points)
                problems.Add(Warning($"$.level1[{i}].points", Invariant($"一级指标「{l1.Name}」标注{l1.Points}分，但所含评分项合计{sum}分")));
            for (var j = 0; j < l1.Level2.Count; j++)
            {
                var l2 = l1.Level2[j];
                var sum2 = items.Where(it => it.Level1 == l1.Name && it.Level2 == l2.Name).Sum(it => it.MaxPoints);
                if (sum2 != l2.Points)
                    problems.Add(Warning($"$.level1[{i}].level2[{j}].points", Invariant($"二级指标「{l2.Name}」标注{l2.Points}分，但所含评分项合计{sum2}分")));
            }
        }
        var baseSum = items.Where(it => !it.IsBonus).Sum(it => it.MaxPoints);
        if (baseSum != totalBase)
            problems.Add(Warning("$.totalBasePoints", Invariant($"基础项应为{totalBase}分，但评分项合计{baseSum}分")));
        var bonusSum = items.Where(it => it.IsBonus).Sum(it => it.MaxPoints);
        if (bonusSum != totalBonus)
            problems.Add(Warning("$.totalBonusPoints", Invariant($"加分项应为{totalBonus}分，但评分项合计{bonusSum}分")));
    }

    private static string? Required(string? value, string path, List<SchemeProblem> problems)
    {
        if (!string.IsNullOrWhiteSpace(value))
            return value;
        problems.Add(Error(path, "a value is required"));
        return null;
    }

    private static T ParseEnum<T>(string? value, string path, List<SchemeProblem> problems) where T : struct, Enum
    {
        if (value is not null && Enum.TryParse<T>(value, ignoreCase: false, out var result) && Enum.IsDefined(result) && !char.IsDigit(value[0]) && !value.Contains(',', StringComparison.Ordinal))
            return result;
        problems.Add(Error(path, $"unknown {typeof(T).Name} '{value}'; expected one of {string.Join(", ", Enum.GetNames<T>())}"));
        return default;
    }

    private static List<T> ParseEnums<T>(List<string>? values, string path, List<SchemeProblem> problems) where T : struct, Enum
    {
        var result = new List<T>();
        for (var i = 0; i < (values?.Count ?? 0); i++)
            result.Add(ParseEnum<T>(values![i], $"{path}[{i}]", problems));
        return result;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static SchemeProblem Error(string path, string message) => new(SchemeProblemSeverity.Error, path, message);

    private static SchemeProblem Warning(string path, string message) => new(SchemeProblemSeverity.Warning, path, message);
}
