using System.Text.Json.Nodes;
using ComplianceDashboard.Web.Features.Import;

namespace ComplianceDashboard.IntegrationTests.Import;

/// <summary>
/// Each bad file is rejected with precise errors (line, column, JSON path, Chinese message) and writes nothing:
/// the database, which already holds the sample station, has the same row counts before and after.
/// </summary>
[Collection(ImportTestGroup.Name)]
public class ImportValidationTests(SampleImportedApp app) : IClassFixture<SampleImportedApp>
{
    private const string File = "bad.json";

    [Fact]
    public async Task Invalid_date_is_reported_at_its_line_and_column_with_its_path()
    {
        var root = ImportSample.NewStation();
        ImportSample.Record(root, 1)["eventDate"] = "2025-02-30";
        var (text, error) = await SingleErrorAsync(root);
        var (line, column) = ImportSample.Find(text, "\"2025-02-30\"");
        Assert.Equal($"{File}:{line}:{column} $.stations[0].records[1].eventDate: 日期“2025-02-30”无效，应为 yyyy-MM-dd", error.ToString());
    }

    [Fact]
    public async Task Unknown_person_key_is_reported()
    {
        var root = ImportSample.NewStation();
        ImportSample.Record(root, 0)["presentMembers"]![2] = "p-nobody";
        var (text, error) = await SingleErrorAsync(root);
        Assert.Equal("$.stations[0].records[0].presentMembers[2]", error.Path);
        Assert.Equal(ImportSample.Find(text, "\"p-nobody\"").Line, error.Line);
        Assert.Contains("找不到人员“p-nobody”", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_service_point_reference_is_reported()
    {
        var root = ImportSample.NewStation();
        root["stations"]![0]!["posts"]![1]!["servicePoint"] = "sp-nowhere";
        var (text, error) = await SingleErrorAsync(root);
        Assert.Equal("$.stations[0].posts[1].servicePoint", error.Path);
        Assert.Equal(ImportSample.Find(text, "\"sp-nowhere\""), (error.Line, error.Column));
        Assert.Contains("找不到服务站点“sp-nowhere”", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicate_record_keys_are_reported_at_the_second_one()
    {
        var root = ImportSample.NewStation();
        ImportSample.Record(root, 5)["key"] = "gm-2025-03";
        var (text, error) = await SingleErrorAsync(root);
        Assert.Equal("$.stations[0].records[5].key", error.Path);
        var second = text.IndexOf("\"gm-2025-03\"", text.IndexOf("\"gm-2025-03\"", StringComparison.Ordinal) + 1, StringComparison.Ordinal);
        Assert.Equal(text[..second].Count(c => c == '\n') + 1, error.Line);
        Assert.Contains("记录 key“gm-2025-03”重复（首次出现于 $.stations[0].records[2].key）", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Station_code_already_in_the_database_is_rejected()
    {
        var (text, error) = await SingleErrorAsync(JsonNode.Parse(ImportSample.Text())!);
        Assert.Equal("$.stations[0].code", error.Path);
        Assert.Equal(ImportSample.Find(text, "\"QX0001\""), (error.Line, error.Column));
        Assert.Contains("站所编码“QX0001”已存在于数据库中", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_reports_the_line_where_reading_failed()
    {
        // Drop the brace closing the first record: the parser then meets "{" where a property name belongs.
        var text = ImportSample.Write(ImportSample.NewStation());
        var second = text.IndexOf("\"key\": \"gm-2025-02\"", StringComparison.Ordinal);
        var brace = text.LastIndexOf('}', second);
        text = text.Remove(brace, 1);
        var errors = await RejectedAsync(text);
        var error = Assert.Single(errors);
        var expectedLine = text[..text.LastIndexOf('{', second)].Count(c => c == '\n') + 1;
        Assert.Equal(expectedLine, error.Line);
        Assert.StartsWith("JSON 语法错误", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_enum_value_lists_the_allowed_values()
    {
        var root = ImportSample.NewStation();
        ImportSample.Record(root, 0)["kind"] = "GroupMeting";
        var (_, error) = await SingleErrorAsync(root);
        Assert.Equal("$.stations[0].records[0].kind", error.Path);
        Assert.Contains("“GroupMeting”不是有效的记录类型，可选值：", error.Message, StringComparison.Ordinal);
        Assert.Contains("GroupMeeting", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Event_date_after_today_is_rejected()
    {
        var root = ImportSample.NewStation();
        ImportSample.Record(root, 0)["eventDate"] = "2026-12-01";
        var (_, error) = await SingleErrorAsync(root);
        Assert.Equal("$.stations[0].records[0].eventDate", error.Path);
        Assert.Contains("晚于今天（2026-11-20）", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_property_is_an_error_pointing_at_its_name()
    {
        var root = ImportSample.NewStation();
        ImportSample.Record(root, 0)["evntDate"] = "2025-01-25";
        var (text, error) = await SingleErrorAsync(root);
        Assert.Equal("$.stations[0].records[0].evntDate", error.Path);
        Assert.Equal(ImportSample.Find(text, "\"evntDate\""), (error.Line, error.Column));
        Assert.Contains("未知字段“evntDate”", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outage_notice_without_outage_details_is_rejected()
    {
        var root = ImportSample.NewStation();
        var notice = root["stations"]![0]!["records"]!.AsArray().Single(r => (string?)r!["kind"] == "OutageNotice")!.AsObject();
        notice.Remove("outage");
        var errors = await RejectedAsync(ImportSample.Write(root));
        // The form's rules and messages, at the properties the file leaves out.
        Assert.Equal([("outage.type", "请选择停电类型"), ("outage.start", "请填写停电开始时间"), ("outage.publishedAt", "请填写公告发布时间")],
            errors.Select(e => (e.Path[(e.Path.IndexOf(".outage", StringComparison.Ordinal) + 1)..], e.Message)));
    }

    [Fact]
    public async Task Emerging_problems_of_a_record_that_is_no_inspection_are_refused_not_dropped()
    {
        var root = ImportSample.NewStation();
        ImportSample.Record(root, 0)["emergingProblems"] = new JsonArray(new JsonObject { ["key"] = "pb-meeting", ["description"] = "会上发现的问题" });
        var (_, error) = await SingleErrorAsync(root);
        Assert.Equal("$.stations[0].records[0].emergingProblems", error.Path);
        Assert.Contains("emergingProblems 只用于检查类记录", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_error_is_reported_not_only_the_first()
    {
        var root = ImportSample.NewStation();
        root["format"] = "compliance-dashboard-import/9";
        ImportSample.Record(root, 1)["eventDate"] = "2025-02-30";
        ImportSample.Record(root, 3)["title"] = new string('长', 201);
        ImportSample.Record(root, 20)["servicePoint"] = "sp-nowhere";
        var errors = await RejectedAsync(ImportSample.Write(root));
        Assert.Equal(["$.format", "$.stations[0].records[1].eventDate", "$.stations[0].records[3].title", "$.stations[0].records[20].servicePoint"], errors.Select(e => e.Path));
        Assert.Equal(errors.OrderBy(e => e.Line), errors);
    }

    private async Task<(string Text, ImportError Error)> SingleErrorAsync(JsonNode root)
    {
        var text = ImportSample.Write(root);
        var errors = await RejectedAsync(text);
        return (text, Assert.Single(errors));
    }

    private async Task<IReadOnlyList<ImportError>> RejectedAsync(string text)
    {
        var before = await app.CountsAsync();
        var result = await app.Importer.ImportAsync(ImportSample.Utf8(text), File);
        Assert.False(result.Succeeded);
        Assert.Equal(before, await app.CountsAsync());
        Assert.All(result.Errors, e => Assert.Equal(File, e.File));
        return result.Errors;
    }
}
