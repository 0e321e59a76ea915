using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using ComplianceDashboard.Domain.Competition;
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
        var fulfilment = ReadFulfilment(f.Fulfilment, problems);
        var items = ReadItems(f.Items, level1, obligations, checks, fulfilment, problems);
        // A competition scheme (judgement and fulfilment items only) ranks its units and may have no grade bands.
        var competition = items.Count > 0 && items.All(i => i.Rule is RuleKind.Judgement or RuleKind.Fulfilment);
        var bands = competition && (f.GradeBands is null || f.GradeBands.Count == 0) ? [] : ReadBands(f.GradeBands, problems);

        var totalBase = f.TotalBasePoints ?? 100m;
        var totalBonus = f.TotalBonusPoints ?? 0m;
        CheckSums(level1, items, totalBase, totalBonus, problems);
        CheckLabelColumn(level1, items, problems);

        var errors = problems.Where(p => p.Severity == SchemeProblemSeverity.Error).ToList();
        if (errors.Count > 0)
            throw new SchemeValidationException(errors);

        var warnings = problems.Where(p => p.Severity == SchemeProblemSeverity.Warning).ToList();
        return new Scheme(code!, version!, name!, totalBase, totalBonus, level1, obligations, items, bands, warnings, fulfilment);
    }

    private static List<SchemeLevel1> ReadLevels(List<Level1File>? levels, List<SchemeProblem> problems)
    {
        var result = new List<SchemeLevel1>();
        if (!NotEmpty(levels, "$.level1", "at least one level-1 indicator is required", problems))
            return result;
        for (var i = 0; i < levels.Count; i++)
        {
            var path = $"$.level1[{i}]";
            var l1 = levels[i];
            var l1Name = RequiredUnique(l1.Name, path + ".name", result.Select(r => r.Name), "level-1 indicator", problems);
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
            var id = RequiredUnique(o.Id, path + ".id", result.Select(r => r.Id), "obligation id", problems);
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
        ConditionCheckRegistry checks, FulfilmentTable? fulfilment, List<SchemeProblem> problems)
    {
        var result = new List<RubricItem>();
        if (!NotEmpty(list, "$.items", "at least one item is required", problems))
            return result;
        var obligationIds = obligations.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var it = list[i];
            var path = $"$.items[{i}]";
            var code = RequiredUnique(it.Code, path + ".code", result.Select(r => r.Code), "item code", problems);

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

            if (rule is RuleKind.Judgement or RuleKind.Fulfilment && (deps.Count > 0 || it.Check is not null || eventKinds.Count > 0))
                problems.Add(Error(path, $"a {rule} item takes no obligations, check or event kinds"));
            if (rule == RuleKind.Judgement && max > 0 && !JudgementRules.IsValidMax(max))
                problems.Add(Error(path + ".maxPoints", Invariant($"a Judgement item's max points must be a multiple of {JudgementRules.Step}")));
            if (rule == RuleKind.Fulfilment && fulfilment is null)
                problems.Add(Error(path + ".rule", "a Fulfilment item needs the scheme's fulfilment table ($.fulfilment)"));
            if (rule == RuleKind.Fulfilment && result.Any(r => r.Rule == RuleKind.Fulfilment))
                problems.Add(Error(path + ".rule", "a scheme has at most one Fulfilment item"));

            var isBonus = rule == RuleKind.Bonus || (l1?.IsBonus ?? false);
            result.Add(new RubricItem(code ?? "", it.Level1 ?? "", it.Level2 ?? "", it.Name ?? code ?? "", max, rule, unit, isBonus,
                [.. deps], check, eventKinds)
            {
                LabelPoints = it.LabelPoints,
                Departments = [.. it.Departments ?? []],
                Executors = [.. it.Executors ?? []],
            });
        }
        return result;
    }

    private static FulfilmentTable? ReadFulfilment(FulfilmentFile? file, List<SchemeProblem> problems)
    {
        if (file is null)
            return null;
        var rows = new List<FulfilmentRowDefinition>();
        if (!NotEmpty(file.Rows, "$.fulfilment.rows", "a fulfilment table needs at least one row", problems))
            return null;
        for (var i = 0; i < file.Rows.Count; i++)
        {
            var r = file.Rows[i];
            var path = $"$.fulfilment.rows[{i}]";
            if (r.Number != i + 1)
                problems.Add(Error(path + ".number", Invariant($"rows are numbered 1, 2, … in order: expected {i + 1}, found {r.Number}")));
            var name = Required(r.Name, path + ".name", problems);
            var kind = ParseEnum<FulfilmentRowKind>(r.Kind, path + ".kind", problems);
            var weight = r.Weight ?? 0;
            if (weight <= 0)
                problems.Add(Error(path + ".weight", "a row's weight must be positive"));
            if (kind == FulfilmentRowKind.Threshold && r.Threshold is not (> 0 and <= 100))
                problems.Add(Error(path + ".threshold", "a Threshold row needs a threshold in percent, above 0 and at most 100"));
            if (kind == FulfilmentRowKind.Count)
            {
                Required(r.TotalLabel, path + ".totalLabel", problems);
                Required(r.UnmetLabel, path + ".unmetLabel", problems);
            }
            rows.Add(new FulfilmentRowDefinition(r.Number ?? i + 1, name ?? "", kind, r.Standard ?? "", r.Threshold, weight, r.TotalLabel, r.UnmetLabel,
                string.IsNullOrWhiteSpace(r.Source) ? null : r.Source));
        }
        return new FulfilmentTable(rows);
    }

    // The seed's 标准分 column (labelPoints) where it disagrees with the item text: a warning per item and per level-2.
    private static void CheckLabelColumn(List<SchemeLevel1> levels, List<RubricItem> items, List<SchemeProblem> problems)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].LabelPoints is { } label && label != items[i].MaxPoints)
                problems.Add(Warning($"$.items[{i}].labelPoints", Invariant($"评分项「{items[i].Name}」标准分栏为{label}分，正文为{items[i].MaxPoints}分（按正文计）")));
        }
        for (var i = 0; i < levels.Count; i++)
        {
            for (var j = 0; j < levels[i].Level2.Count; j++)
            {
                var l2 = levels[i].Level2[j];
                var inL2 = items.Where(it => it.Level1 == levels[i].Name && it.Level2 == l2.Name).ToList();
                if (inL2.All(it => it.LabelPoints is null))
                    continue;
                var column = inL2.Sum(it => it.LabelPoints ?? it.MaxPoints);
                if (column != l2.Points)
                    problems.Add(Warning($"$.level1[{i}].level2[{j}]", Invariant($"二级指标「{l2.Name}」标注{l2.Points}分，但标准分栏合计{column}分（评分项正文合计{inL2.Sum(it => it.MaxPoints)}分）")));
            }
        }
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
        if (!NotEmpty(list, "$.gradeBands", "at least one grade band is required", problems))
            return result;
        for (var i = 0; i < list.Count; i++)
        {
            var path = $"$.gradeBands[{i}]";
            var b = list[i];
            var code = RequiredUnique(b.Code, path + ".code", result.Select(r => r.Code), "grade band code", problems);
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

    /// <summary>A required key (name, id, code) that must not repeat among those read before it.</summary>
    private static string? RequiredUnique(string? value, string path, IEnumerable<string> before, string what, List<SchemeProblem> problems)
    {
        var key = Required(value, path, problems);
        if (key is not null && before.Contains(key, StringComparer.Ordinal))
            problems.Add(Error(path, $"duplicate {what} '{key}'"));
        return key;
    }

    /// <summary>True when a required list has elements; otherwise an error at its path.</summary>
    private static bool NotEmpty<T>([NotNullWhen(true)] List<T>? list, string path, string message, List<SchemeProblem> problems)
    {
        if (list is { Count: > 0 })
            return true;
        problems.Add(Error(path, message));
        return false;
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
