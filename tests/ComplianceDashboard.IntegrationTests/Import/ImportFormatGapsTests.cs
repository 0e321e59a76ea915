using System.Text.Json.Nodes;
using ComplianceDashboard.Domain.Facts;
using Microsoft.EntityFrameworkCore;

namespace ComplianceDashboard.IntegrationTests.Import;

/// <summary>
/// A handover names who handed over and whether the supervisor acknowledged it, an evaluation states
/// its result and an innovation its results — required by the same rules as the form, at the record's JSON properties.
/// </summary>
[Collection(ImportTestGroup.Name)]
public class ImportFormatGapsTests(SampleImportedApp app) : IClassFixture<SampleImportedApp>
{
    [Fact]
    public async Task A_handover_without_its_customer_manager_and_acknowledgement_is_refused_at_both_fields()
    {
        var root = WithRecord(new JsonObject
        {
            ["key"] = "ho-2025-05", ["kind"] = "LedgerHandover", ["eventDate"] = "2025-05-28", ["servicePoint"] = "sp-dongcun",
            ["person"] = "p-supervisor-east", ["title"] = "2025年5月台账移交记录",
        });
        var errors = await RejectedAsync(root);
        Assert.Equal([("handedOverBy", "请选择移交台账的驻村客户经理"), ("acknowledged", "请说明廉政监督员是否已签收")],
            errors.Select(e => (e.Path[(e.Path.LastIndexOf('.') + 1)..], e.Message)).OrderBy(e => e.Item1 == "acknowledged"));
        Assert.All(errors, e => Assert.StartsWith("$.stations[0].records[72].", e.Path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_handover_from_someone_who_is_not_the_points_customer_manager_is_refused()
    {
        var root = WithRecord(new JsonObject
        {
            ["key"] = "ho-2025-05", ["kind"] = "LedgerHandover", ["eventDate"] = "2025-05-28", ["servicePoint"] = "sp-dongcun",
            ["person"] = "p-supervisor-east", ["handedOverBy"] = "p-manager-west", ["acknowledged"] = true, ["title"] = "2025年5月台账移交记录",
        });
        var error = Assert.Single(await RejectedAsync(root));
        Assert.Equal(("$.stations[0].records[72].handedOverBy", "该人员在该期间不是此服务站点的驻村客户经理"), (error.Path, error.Message));
    }

    [Fact]
    public async Task An_evaluation_without_its_result_and_an_innovation_without_stated_results_are_refused()
    {
        var root = ImportSample.NewStation("QX0201");
        var evaluation = root["stations"]![0]!["records"]!.AsArray().First(r => (string?)r!["kind"] == "SupervisorEvaluation")!.AsObject();
        evaluation.Remove("evaluationResult");
        root["stations"]![0]!["records"]!.AsArray().Add(new JsonObject
        {
            ["key"] = "in-2025", ["kind"] = "Innovation", ["eventDate"] = "2025-09-01", ["title"] = "“码上监督”", ["content"] = "扫码评价服务。",
            ["promotedCompanyWide"] = true,
        });
        var errors = await RejectedAsync(root);
        Assert.Equal(["请选择考评结果（称职、基本称职或不称职）", "请说明是否取得明显成效"], errors.Select(e => e.Message));
        Assert.EndsWith(".evaluationResult", errors[0].Path, StringComparison.Ordinal);
        Assert.Equal("$.stations[0].records[72].hasClearResults", errors[1].Path);
    }

    [Fact]
    public async Task A_field_of_another_kind_is_an_error_not_silently_dropped()
    {
        var root = ImportSample.NewStation("QX0202");
        ImportSample.Record(root, 0)["evaluationResult"] = "Competent";
        var error = Assert.Single(await RejectedAsync(root));
        Assert.Equal("$.stations[0].records[0].evaluationResult", error.Path);
        Assert.Contains("只用于 SupervisorEvaluation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handover_acknowledgement_and_evaluation_result_are_stored_and_an_unacknowledged_handover_does_not_count()
    {
        var root = WithRecord(new JsonObject
        {
            ["key"] = "ho-2025-05", ["kind"] = "LedgerHandover", ["eventDate"] = "2025-05-28", ["servicePoint"] = "sp-dongcun",
            ["person"] = "p-supervisor-east", ["handedOverBy"] = "p-manager-east", ["acknowledged"] = false, ["title"] = "2025年5月台账移交记录",
        }, code: "QX0203");
        var result = await app.Importer.ImportAsync(ImportSample.Utf8(ImportSample.Write(root)), "gaps.json");
        Assert.True(result.Succeeded, string.Join('\n', result.Errors));

        await using var db = app.CreateDbContext();
        var station = await db.Stations.SingleAsync(s => s.Code == "QX0203");
        var handover = await db.Records.Include(r => r.HandedOverBy).SingleAsync(r => r.StationId == station.Id && r.Kind == RecordKind.LedgerHandover);
        Assert.Equal(("陈立", false), (handover.HandedOverBy!.Name, handover.Acknowledged));
        Assert.All(await db.Records.Where(r => r.StationId == station.Id && r.Kind == RecordKind.SupervisorEvaluation).ToListAsync(),
            r => Assert.Equal(EvaluationResult.Competent, r.EvaluationResult));
        var calendar = ComplianceDashboard.Web.Grading.GradeJson.Calendar(
            await db.GradeSnapshots.Where(s => s.StationId == station.Id && s.Year == 2025 && s.IsLatest).Select(s => s.CalendarJson).SingleAsync());
        var may = calendar.Single(c => c.ObligationId == "O2" && c.Period.Key == "2025-05" && c.SubjectId == handover.ServicePointId);
        Assert.Equal(ComplianceDashboard.Domain.Calendar.ObligationStatus.Missing, may.Status);
    }

    [Fact]
    public async Task The_example_in_the_format_document_imports()
    {
        var doc = File.ReadAllText(Path.Combine(Path.GetDirectoryName(ImportSample.Path)!, "..", "import-format.md"));
        var start = doc.IndexOf("```json", StringComparison.Ordinal) + "```json".Length;
        var json = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];
        var result = await app.Importer.ImportAsync(ImportSample.Utf8(json), "import-format.md");
        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
    }

    private static JsonNode WithRecord(JsonObject record, string code = "QX0200")
    {
        var root = ImportSample.NewStation(code);
        root["stations"]![0]!["records"]!.AsArray().Add(record);
        return root;
    }

    private async Task<IReadOnlyList<Web.Features.Import.ImportError>> RejectedAsync(JsonNode root)
    {
        var before = await app.CountsAsync();
        var result = await app.Importer.ImportAsync(ImportSample.Utf8(ImportSample.Write(root)), "gaps.json");
        Assert.False(result.Succeeded);
        Assert.Equal(before, await app.CountsAsync());
        return result.Errors;
    }
}
