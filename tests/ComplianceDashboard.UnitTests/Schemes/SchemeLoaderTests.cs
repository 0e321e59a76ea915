using System.Text.Json.Nodes;
using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.Domain.Schemes;
using ComplianceDashboard.Domain.Scoring;

namespace ComplianceDashboard.UnitTests.Schemes;

public class SchemeLoaderTests
{
    [Fact]
    public void QL2022_loads_with_exactly_the_seed_label_warning_and_no_errors()
    {
        var scheme = SchemeLoader.LoadEmbedded("QL-2022");

        // The seed labels 供电服务 10 points although items 9–11 sum to 12 (服务公开 8 = 6 + 2 is consistent).
        var warning = Assert.Single(scheme.Warnings);
        Assert.Equal(SchemeProblemSeverity.Warning, warning.Severity);
        Assert.Equal("二级指标「供电服务」标注10分，但所含评分项合计12分", warning.Message);
        Assert.Equal("$.level1[1].level2[0].points", warning.Path);
    }

    [Fact]
    public void QL2022_has_items_1_to_26_and_28_split_12a_12b_with_100_base_and_10_bonus()
    {
        var scheme = Scheme.LoadEmbedded("QL-2022");

        Assert.Equal("QL-2022", scheme.Code);
        Assert.Equal("清廉供电站所服务监督评价标准", scheme.Name);
        string[] expected = [.. Enumerable.Range(1, 11).Select(i => i.ToString(CultureInfo.InvariantCulture)), "12a", "12b", .. Enumerable.Range(13, 14).Select(i => i.ToString(CultureInfo.InvariantCulture)), "28"];
        Assert.Equal(expected, scheme.Items.Select(i => i.Code));
        Assert.Equal(100m, scheme.Items.Where(i => !i.IsBonus).Sum(i => i.MaxPoints));
        Assert.Equal(10m, scheme.Items.Where(i => i.IsBonus).Sum(i => i.MaxPoints));
        Assert.Equal(15, scheme.Obligations.Count);
        Assert.Equal("监督小组会议", scheme.GetObligation("O5").Name);
        Assert.Equal(PeriodKind.HalfYear, scheme.GetObligation("O9").Period);
        Assert.Equal(ObligationScope.Supervisor, scheme.GetObligation("O12").Scope);
        Assert.Equal(["Excellent", "Qualified", "Unqualified"], scheme.GradeBands.Select(b => b.Code));
    }

    [Fact]
    public void The_catalog_lists_the_embedded_scheme_and_returns_one_cached_instance()
    {
        Assert.Contains("QL-2022", SchemeCatalog.EmbeddedCodes);
        Assert.Same(SchemeCatalog.Get("QL-2022"), Scheme.LoadEmbedded("QL-2022"));
    }

    [Fact]
    public void Items_depending_on_an_obligation_and_the_points_a_missing_period_costs_are_known()
    {
        var scheme = Scheme.LoadEmbedded("QL-2022");

        Assert.Equal(["13"], scheme.ItemsDependingOn("O5").Select(i => i.Code));
        Assert.Equal(3m, scheme.PointsAtStake("O5"));   // All: the whole item
        Assert.Equal(2m, scheme.PointsAtStake("O4M"));  // PerMiss: the unit
        Assert.Equal(5m, scheme.PointsAtStake("O7"));
        Assert.Empty(scheme.ItemsDependingOn("nope"));
    }

    [Fact]
    public void An_item_referring_to_an_unknown_obligation_is_an_error_with_its_path()
    {
        var json = SchemeJson.QL2022();
        json.Item("13")["obligations"] = new JsonArray("O99");

        var ex = json.LoadFails();

        var error = Assert.Single(ex.Errors);
        Assert.Equal("$.items[13].obligations[0]", error.Path);
        Assert.Contains("O99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_item_code_is_an_error()
    {
        var json = SchemeJson.QL2022();
        json.Item("28")["code"] = "26";

        var error = Assert.Single(json.LoadFails().Errors);
        Assert.Equal("$.items[27].code", error.Path);
        Assert.Contains("duplicate item code '26'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_obligation_id_is_an_error()
    {
        var json = SchemeJson.QL2022();
        json["obligations"]![1]!["id"] = "O1";

        var ex = json.LoadFails();

        Assert.Contains(ex.Errors, e => e.Path == "$.obligations[1].id" && e.Message.Contains("duplicate obligation id 'O1'", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_record_kind_facility_and_check_names_are_all_reported_together()
    {
        var json = SchemeJson.QL2022();
        json["obligations"]![0]!["recordKinds"] = new JsonArray("Ledger");
        json.Item("3")["check"]!["parameters"]!["facilities"] = new JsonArray("DoorPlate", "Sofa");
        json.Item("19")["check"]!["name"] = "ProblemsHaveRemindrs";
        json.Item("23")["eventKinds"] = new JsonArray("Complaint");

        var ex = json.LoadFails();

        Assert.Equal(4, ex.Errors.Count);
        Assert.Contains(ex.Errors, e => e.Path == "$.obligations[0].recordKinds[0]" && e.Message.Contains("RecordKind 'Ledger'", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Path == "$.items[2].check.parameters" && e.Message.Contains("FacilityKind 'Sofa'", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Path == "$.items[19].check.name" && e.Message.Contains("unknown check", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Path == "$.items[23].eventKinds[0]");
        Assert.Contains("$.items[19].check.name", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_in_an_unknown_level_is_an_error()
    {
        var json = SchemeJson.QL2022();
        json.Item("1")["level1"] = "组织";
        json.Item("9")["level2"] = "电力服务";

        var ex = json.LoadFails();

        Assert.Contains(ex.Errors, e => e.Path == "$.items[0].level1");
        Assert.Contains(ex.Errors, e => e.Path == "$.items[8].level2");
    }

    [Fact]
    public void A_PerMiss_or_PerEvent_rule_without_a_unit_is_an_error()
    {
        var json = SchemeJson.QL2022();
        json.Item("4").Remove("unit");
        json.Item("24").Remove("unit");

        var ex = json.LoadFails();

        Assert.Contains(ex.Errors, e => e.Path == "$.items[3].unit");
        Assert.Contains(ex.Errors, e => e.Path == "$.items[24].unit");
    }

    [Fact]
    public void Unsorted_or_overlapping_grade_bands_are_an_error()
    {
        var json = SchemeJson.QL2022();
        json["gradeBands"]![1]!["minScore"] = 95;

        var error = Assert.Single(json.LoadFails().Errors);
        Assert.Equal("$.gradeBands[1].minScore", error.Path);
    }

    [Fact]
    public void Wrong_check_parameters_are_an_error()
    {
        var json = SchemeJson.QL2022();
        json.Item("7")["check"]!["parameters"]!["months"] = "one";
        json.Item("7")["check"]!["parameters"]!["weeks"] = 4;

        var ex = json.LoadFails();

        Assert.Equal(2, ex.Errors.Count);
    }

    [Fact]
    public void Invalid_json_is_an_error_not_a_crash()
    {
        var ex = Assert.Throws<SchemeValidationException>(() => SchemeLoader.LoadFromString("{ \"code\": "));
        Assert.Single(ex.Errors);
    }

    [Fact]
    public void A_second_mislabelled_level2_adds_its_own_warning()
    {
        var json = SchemeJson.QL2022();
        json["level1"]![1]!["level2"]![1]!["points"] = 6; // mislabel 服务公开 too

        var scheme = json.Load();

        Assert.Equal(2, scheme.Warnings.Count);
        Assert.Contains(scheme.Warnings, w => w.Message == "二级指标「服务公开」标注6分，但所含评分项合计8分" && w.Path == "$.level1[1].level2[1].points");
    }

    [Fact]
    public void A_level1_label_that_disagrees_with_its_items_is_a_warning()
    {
        var json = SchemeJson.QL2022();
        json["level1"]![2]!["points"] = 30;

        var scheme = json.Load();

        Assert.Contains(scheme.Warnings, w => w.Message == "一级指标「监督管理」标注30分，但所含评分项合计35分");
    }

    [Fact]
    public void A_second_scheme_is_just_another_json_file()
    {
        const string json = """
        {
          "code": "XX-2030", "version": "1", "name": "测试标准", "totalBasePoints": 10, "totalBonusPoints": 0,
          "level1": [ { "name": "会议", "points": 10, "level2": [ { "name": "会议", "points": 10 } ] } ],
          "obligations": [ { "id": "M", "name": "半年会", "period": "HalfYear", "scope": "Station", "recordKinds": [ "GroupMeeting", "JointMeeting" ] } ],
          "items": [ { "code": "A", "level1": "会议", "level2": "会议", "name": "半年会", "maxPoints": 10, "rule": "PerMiss", "unit": 4, "obligations": [ "M" ] } ],
          "gradeBands": [ { "code": "Pass", "label": "通过", "minScore": 5 }, { "code": "Fail", "label": "未通过", "minScore": 0 } ]
        }
        """;
        var scheme = SchemeLoader.LoadFromString(json);
        var facts = new Domain.Facts.StationFacts
        {
            StationId = 1,
            StationName = "x",
            Records = [new Domain.Facts.EvidenceRecordFact { Id = 1, Kind = Domain.Facts.RecordKind.JointMeeting, EventDate = new DateOnly(2030, 3, 1) }],
        };

        var grade = RubricEngine.Grade(scheme, facts, 2030, new DateOnly(2031, 1, 1));

        Assert.Empty(scheme.Warnings);
        Assert.Equal(6m, grade.Total); // H2 missing: -4
        Assert.Equal("Pass", grade.Grade.Code);
    }
}
