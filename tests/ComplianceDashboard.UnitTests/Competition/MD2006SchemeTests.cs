using ComplianceDashboard.Domain.Competition;
using ComplianceDashboard.Domain.Schemes;

namespace ComplianceDashboard.UnitTests.Competition;

public class MD2006SchemeTests
{
    private static readonly Scheme Scheme = SchemeLoader.LoadEmbedded("MD-2006");

    [Fact]
    public void Both_schemes_are_embedded_and_load_through_the_same_catalog()
    {
        Assert.Contains("MD-2006", SchemeCatalog.EmbeddedCodes);
        Assert.Contains("QL-2022", SchemeCatalog.EmbeddedCodes);
        Assert.Same(SchemeCatalog.Get("MD-2006"), Scheme.LoadEmbedded("MD-2006"));
    }

    [Fact]
    public void Totals_are_100_in_three_sections_of_50_20_30()
    {
        Assert.Equal("MD-2006", Scheme.Code);
        Assert.True(Scheme.IsCompetition);
        Assert.Equal([50m, 20m, 30m], Scheme.Level1.Select(l => l.Points));
        Assert.Equal(100m, Scheme.Items.Sum(i => i.MaxPoints));
        foreach (var l1 in Scheme.Level1)
        {
            Assert.Equal(l1.Points, Scheme.Items.Where(i => i.Level1 == l1.Name).Sum(i => i.MaxPoints));
            Assert.Equal(l1.Points, l1.Level2.Sum(l => l.Points));
        }
        Assert.Empty(Scheme.GradeBands);
        Assert.Empty(Scheme.Obligations);
    }

    [Fact]
    public void Every_item_is_judgement_except_the_one_fulfilment_item_and_carries_its_departments()
    {
        var fulfilment = Assert.Single(Scheme.Items, i => i.Rule == RuleKind.Fulfilment);
        Assert.Equal("1.3.3", fulfilment.Code);
        Assert.Equal(20m, fulfilment.MaxPoints);
        Assert.Equal(19, Scheme.Items.Count(i => i.Rule == RuleKind.Judgement));
        Assert.All(Scheme.Items, i => Assert.NotEmpty(i.Departments));
        Assert.All(Scheme.Items, i => Assert.NotEmpty(i.Executors));
        Assert.Equal(["宣传部", "纪委", "工会", "团委"], Scheme.GetItem("2.1.1").Departments);
    }

    [Fact]
    public void The_seed_label_column_mismatch_is_a_warning_not_an_error()
    {
        // The seed's 标准分 column reads 2 · 3 · 2 (= 7) for 规范服务行为 while its text says 5 · 5 · 20 under a level-2 of 30.
        Assert.Contains(Scheme.Warnings, w => w.Message == "二级指标「3、规范服务行为」标注30分，但标准分栏合计7分（评分项正文合计30分）");
        Assert.Contains(Scheme.Warnings, w => w.Path == "$.items[7].labelPoints" && w.Message.Contains("标准分栏为2分，正文为20分", StringComparison.Ordinal));
        Assert.Equal(4, Scheme.Warnings.Count);
        Assert.All(Scheme.Warnings, w => Assert.Equal(SchemeProblemSeverity.Warning, w.Severity));
    }

    [Fact]
    public void The_fulfilment_table_has_18_rows_weights_19_and_rows_6_to_11_from_yekuo()
    {
        var table = Scheme.Fulfilment!;
        Assert.Equal(Enumerable.Range(1, 18), table.Rows.Select(r => r.Number));
        Assert.Equal(19m, table.TotalWeight);
        Assert.Equal(2m, table.Row(15).Weight);
        Assert.All(table.Rows.Take(4), r => Assert.Equal(FulfilmentRowKind.Threshold, r.Kind));
        Assert.All(table.Rows.Skip(4), r => Assert.Equal(FulfilmentRowKind.Count, r.Kind));
        Assert.Equal([99.9m, 96m, 98m, 93m], table.Rows.Take(4).Select(r => r.Threshold!.Value));
        Assert.Equal([6, 7, 8, 9, 10, 11], table.Rows.Where(r => r.Source == "业扩").Select(r => r.Number));
    }

    [Fact]
    public void QL2022_still_loads_with_its_single_warning()
    {
        var ql = SchemeLoader.LoadEmbedded("QL-2022");
        Assert.Single(ql.Warnings);
        Assert.False(ql.IsCompetition);
        Assert.Null(ql.Fulfilment);
    }

    [Theory]
    [InlineData("""{ "code": "X", "level1": "A", "level2": "B", "name": "x", "maxPoints": 2.3, "rule": "Judgement" }""", "$.items[0].maxPoints")]
    [InlineData("""{ "code": "X", "level1": "A", "level2": "B", "name": "x", "maxPoints": 2, "rule": "Judgement", "obligations": [ "O1" ] }""", "$.items[0]")]
    [InlineData("""{ "code": "X", "level1": "A", "level2": "B", "name": "x", "maxPoints": 2, "rule": "Fulfilment" }""", "$.items[0].rule")]
    public void Bad_competition_items_are_errors(string item, string path)
    {
        var json = "{ \"code\": \"T\", \"version\": \"1\", \"name\": \"t\", \"level1\": [ { \"name\": \"A\", \"points\": 2, \"level2\": [ { \"name\": \"B\", \"points\": 2 } ] } ], \"items\": [ " + item + " ] }";
        var ex = Assert.Throws<SchemeValidationException>(() => SchemeLoader.LoadFromString(json));
        Assert.Contains(ex.Errors, p => p.Path == path);
    }

    [Fact]
    public void Bad_fulfilment_rows_are_errors()
    {
        const string json = """
            { "code": "T", "version": "1", "name": "t",
              "level1": [ { "name": "A", "points": 20, "level2": [ { "name": "B", "points": 20 } ] } ],
              "items": [ { "code": "1", "level1": "A", "level2": "B", "name": "x", "maxPoints": 20, "rule": "Fulfilment" } ],
              "fulfilment": { "rows": [
                { "number": 1, "name": "r", "kind": "Threshold", "weight": 1 },
                { "number": 3, "name": "c", "kind": "Count", "weight": 0 },
                { "number": 3, "name": "d", "kind": "Ratio", "weight": 1 } ] } }
            """;
        var ex = Assert.Throws<SchemeValidationException>(() => SchemeLoader.LoadFromString(json));
        var paths = ex.Errors.Select(p => p.Path).ToList();
        Assert.Contains("$.fulfilment.rows[0].threshold", paths);
        Assert.Contains("$.fulfilment.rows[1].number", paths);
        Assert.Contains("$.fulfilment.rows[1].weight", paths);
        Assert.Contains("$.fulfilment.rows[1].totalLabel", paths);
        Assert.Contains("$.fulfilment.rows[2].kind", paths);
    }
}
