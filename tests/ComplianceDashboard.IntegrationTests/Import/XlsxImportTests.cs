using System.Net;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.IntegrationTests.Records;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Import;
using ComplianceDashboard.Web.Features.Import.Xlsx;
using ComplianceDashboard.Web.Features.Records;
using ComplianceDashboard.Web.Grading;
using ComplianceDashboard.Web.Infrastructure.Security;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Import;

/// <summary>
/// The XLSX template of a record kind, downloaded, filled in and uploaded: previewed row by row with
/// the form's rules, imported all or nothing, the station regraded; only users who may write the station's records.
/// </summary>
public class XlsxImportTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly DateOnly Day = new(2026, 10, 14);

    [Fact]
    public async Task The_downloaded_template_filled_in_imports_its_rows_and_regrades_the_station()
    {
        using var client = await app.SignInAsync("shuji1");
        var response = await client.GetAsync("/api/records/import-template/1/SupervisorDutyReport");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ImportEndpoints.XlsxContentType, response.Content.Headers.ContentType?.MediaType);
        var template = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(["日期", "所属期间", "标题", "廉政监督员", "汇报内容"], Headers(template));
        Assert.Contains(SheetNames(template), n => n == RecordSheet.NotesSheet);

        var supervisor = await SupervisorNameAsync(Day);
        var september = new DateOnly(2026, 9, 25).ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture); // a date cell as Excel stores it
        var filled = XlsxSheets.Fill(template,
            ["2026-10-14", "", "2026年10月监督员履职汇报（导入）", supervisor, "本月参加小组会议一次，检查东村站点一次。"],
            [september, "", "2026年9月监督员履职汇报（导入）", supervisor, "本月走访客户三户。"]);

        using var scope = await app.SignedInScopeAsync("shuji1");
        var importer = scope.ServiceProvider.GetRequiredService<XlsxRecordImporter>();
        var preview = await importer.PreviewAsync(1, RecordKind.SupervisorDutyReport, new MemoryStream(filled), "duty.xlsx");
        Assert.Empty(preview.Errors);
        Assert.True(preview.CanImport);
        Assert.Equal([(2, "2026-10-14"), (3, "2026-09-25")], preview.Rows.Select(r => (r.Row, r.Date)));

        var result = await importer.ImportAsync(preview);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(2, result.Records);
        await using var db = app.CreateDbContext();
        var created = await db.Records.Where(r => r.Title.EndsWith("（导入）")).OrderByDescending(r => r.EventDate).ToListAsync();
        Assert.Equal([Day, new DateOnly(2026, 9, 25)], created.Select(r => r.EventDate));
        Assert.All(created, r => Assert.Equal((1, RecordKind.SupervisorDutyReport, "shuji1", 1), (r.StationId, r.Kind, r.CreatedBy, r.Version)));
        var ids = created.Select(r => r.Id).ToList();
        Assert.Equal(2, await db.RecordChanges.CountAsync(c => ids.Contains(c.RecordId) && c.Action == ChangeAction.Created));
        // Regraded by the import itself: the latest 2026 snapshot already lists the new records.
        var calendar = GradeJson.Calendar(await db.GradeSnapshots.Where(s => s.StationId == 1 && s.Year == 2026 && s.IsLatest).Select(s => s.CalendarJson).SingleAsync());
        Assert.All(ids, id => Assert.Contains(calendar, c => c.RecordIds.Contains(id)));
    }

    [Fact]
    public async Task The_import_page_offers_the_writable_stations_and_the_template()
    {
        using var client = await app.SignInAsync("shuji1");
        var html = await client.GetStringAsync("/records/import");
        Assert.Contains("批量导入记录", html, StringComparison.Ordinal);
        Assert.Contains("api/records/import-template/1/GroupMeeting", html, StringComparison.Ordinal);
        Assert.Contains("records/import", await client.GetStringAsync("/records"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sheet_with_bad_rows_lists_every_error_with_its_row_and_column_and_writes_nothing()
    {
        using var client = await app.SignInAsync("shuji1");
        var template = await client.GetByteArrayAsync("/api/records/import-template/1/SupervisorDutyReport");
        var supervisor = await SupervisorNameAsync(Day);
        var filled = XlsxSheets.Fill(template,
            ["2026-10-13", "", "好的一行", supervisor, "汇报内容"],
            ["2026-13-01", "", "日期无效", supervisor, "汇报内容"],
            ["2026-10-13", "", "人员不存在", "查无此人", "汇报内容"],
            ["2026-12-01", "", "", supervisor, "汇报内容"],
            ["0001-01-01", "", "年份过早", supervisor, "汇报内容"]);

        using var scope = await app.SignedInScopeAsync("shuji1");
        var importer = scope.ServiceProvider.GetRequiredService<XlsxRecordImporter>();
        var before = await app.CountsAsync();
        var preview = await importer.PreviewAsync(1, RecordKind.SupervisorDutyReport, new MemoryStream(filled), "bad.xlsx");

        Assert.False(preview.CanImport);
        Assert.Equal([2, 3, 4, 5, 6], preview.Rows.Select(r => r.Row));
        Assert.True(preview.Rows[0].Valid);
        Assert.Equal(
            [
                new XlsxError(3, "日期", "日期“2026-13-01”无效，应为 yyyy-MM-dd"),
                new XlsxError(4, "廉政监督员", "本站所没有名为“查无此人”的人员"),
                new XlsxError(5, "日期", "日期不能晚于今天（2026-11-20）"),
                new XlsxError(5, "标题", "请填写标题"),
                new XlsxError(6, "日期", "日期不能早于2000年（系统支持的最早年份）"),
            ],
            preview.Errors.Where(e => e.Row != 3 || e.Column == "日期").OrderBy(e => e.Row).ThenBy(e => e.Column == "标题"));
        var result = await importer.ImportAsync(preview);
        Assert.False(result.Succeeded);
        Assert.Equal(before, await app.CountsAsync());
    }

    // A record field → its column in the sheet and its property in the JSON file.
    private static readonly Dictionary<string, (string Column, string Property)> Places = new()
    {
        [nameof(RecordInput.EventDate)] = ("日期", "eventDate"), [nameof(RecordInput.ForPeriod)] = ("所属期间", "forPeriod"),
        [nameof(RecordInput.Title)] = ("标题", "title"), [nameof(RecordInput.Content)] = ("汇报内容", "content"),
    };

    [Theory]
    [InlineData(nameof(RecordInput.EventDate), "2026-12-01", "", "履职汇报", "内容")]
    [InlineData(nameof(RecordInput.EventDate), "1999-12-31", "", "履职汇报", "内容")]
    [InlineData(nameof(RecordInput.ForPeriod), "2026-10-14", "2026-12-01", "履职汇报", "内容")]
    [InlineData(nameof(RecordInput.Title), "2026-10-14", "", "", "内容")]
    [InlineData(nameof(RecordInput.Title), "2026-10-14", "", "<b>履职汇报</b>", "内容")]
    [InlineData(nameof(RecordInput.Content), "2026-10-14", "", "履职汇报", "")]
    public async Task What_the_form_refuses_both_imports_refuse_with_the_same_message(string field, string date, string period, string title, string content)
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var form = await scope.Records().CreateAsync(new RecordInput
        {
            StationId = 1, Kind = RecordKind.SupervisorDutyReport, EventDate = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            ForPeriod = period.Length == 0 ? null : DateOnly.ParseExact(period, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Title = title, Content = content, PersonId = (await app.PeopleAsync(1, Day)).SupervisorId,
        }, confirmDuplicate: true);
        var expected = Assert.Contains(field, form.Errors);
        var (column, property) = Places[field];

        var sheet = await scope.ServiceProvider.GetRequiredService<XlsxRecordImporter>().PreviewAsync(1, RecordKind.SupervisorDutyReport,
            new MemoryStream(XlsxSheets.Fill(await DutyReportTemplateAsync(), [date, period, title, await SupervisorNameAsync(Day), content])), "same-rules.xlsx");
        Assert.Equal(expected, sheet.Errors.Where(e => e.Column == column).Select(e => e.Message));

        var root = ImportSample.NewStation("QX0901");
        var record = ImportSample.Record(root, 43).AsObject(); // a SupervisorDutyReport
        (record["eventDate"], record["title"], record["content"]) = (date, title, content);
        if (period.Length > 0)
        {
            record["forPeriod"] = period;
        }
        var file = await app.Services.GetRequiredService<EvidenceImporter>().ImportAsync(ImportSample.Utf8(ImportSample.Write(root)), "same-rules.json");
        Assert.Equal(expected, file.Errors.Where(e => e.Path == $"$.stations[0].records[43].{property}").Select(e => e.Message));
    }

    [Fact]
    public async Task Imported_rows_are_stored_and_recorded_in_their_history_as_the_form_stores_them()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var importer = scope.ServiceProvider.GetRequiredService<XlsxRecordImporter>();
        var preview = await importer.PreviewAsync(1, RecordKind.SupervisorDutyReport,
            new MemoryStream(XlsxSheets.Fill(await DutyReportTemplateAsync(), ["2026-10-15", "2026-10-02", " 履职汇报（历史） ", await SupervisorNameAsync(Day), "内容"])), "history.xlsx");
        Assert.True((await importer.ImportAsync(preview)).Succeeded);

        await using var db = app.CreateDbContext();
        var record = await db.Records.Include(r => r.PresentMembers).Include(r => r.EmergingProblems).Include(r => r.Attachments).AsSplitQuery().SingleAsync(r => r.Title == "履职汇报（历史）");
        Assert.Null(record.ForPeriod); // the rules' normal form: the event date's own period
        var change = await db.RecordChanges.SingleAsync(c => c.RecordId == record.Id);
        Assert.Equal((ChangeAction.Created, 1, "shuji1", (string?)null, RecordSnapshot.Of(record).ToJson()), (change.Action, change.Version, change.ChangedBy, change.BeforeJson, change.AfterJson));
    }

    [Fact]
    public async Task A_sheet_that_is_not_the_template_is_refused_as_a_whole()
    {
        using var client = await app.SignInAsync("shuji1");
        var template = await client.GetByteArrayAsync("/api/records/import-template/1/GroupMeeting");
        using var scope = await app.SignedInScopeAsync("shuji1");
        var importer = scope.ServiceProvider.GetRequiredService<XlsxRecordImporter>();

        var wrongKind = await importer.PreviewAsync(1, RecordKind.SupervisorDutyReport, new MemoryStream(XlsxSheets.Fill(template, ["2026-10-13", "", "x", "王", "1", "内容"])), "gm.xlsx");
        Assert.Contains(wrongKind.FileErrors, e => e.Message.StartsWith("第1行第", StringComparison.Ordinal) && e.Message.Contains("“出席成员”不是本记录类型的列", StringComparison.Ordinal));
        var notXlsx = await importer.PreviewAsync(1, RecordKind.GroupMeeting, new MemoryStream("not a workbook"u8.ToArray()), "x.xlsx");
        Assert.Equal("文件不是有效的 XLSX 工作簿（请用 Excel 或 WPS 另存为 .xlsx）", Assert.Single(notXlsx.FileErrors).Message);
    }

    [Fact]
    public async Task Users_without_write_scope_for_the_station_can_neither_download_nor_upload()
    {
        using (var manager = await app.SignInAsync("jingli1"))
        {
            Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/api/records/import-template/1/GroupMeeting")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/records/import-template/2/GroupMeeting")).StatusCode);
        }
        using (var leader = await app.SignInAsync("jiwei"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await leader.GetAsync("/api/records/import-template/1/GroupMeeting")).StatusCode);
            var page = await leader.GetAsync("/records/import");
            Assert.Equal("/account/denied", page.Headers.Location!.AbsolutePath);
        }

        using var client = await app.SignInAsync("shuji1");
        var template = await client.GetByteArrayAsync("/api/records/import-template/1/SupervisorDutyReport");
        var filled = XlsxSheets.Fill(template, ["2026-10-13", "", "越权导入", await SupervisorNameAsync(Day), "内容"]);
        foreach (var (user, station) in new[] { ("jingli1", 2), ("jiwei", 1), ("kaoping", 1) })
        {
            using var scope = await app.SignedInScopeAsync(user);
            var importer = scope.ServiceProvider.GetRequiredService<XlsxRecordImporter>();
            await Assert.ThrowsAsync<ForbiddenException>(() => importer.PreviewAsync(station, RecordKind.SupervisorDutyReport, new MemoryStream(filled), "x.xlsx"));
        }
        using (var scope = await app.SignedInScopeAsync("shuji1"))
        {
            // A preview made for one user cannot be replayed by another.
            var preview = await scope.ServiceProvider.GetRequiredService<XlsxRecordImporter>().PreviewAsync(1, RecordKind.SupervisorDutyReport, new MemoryStream(filled), "x.xlsx");
            using var other = await app.SignedInScopeAsync("shuji2");
            await Assert.ThrowsAsync<ForbiddenException>(() => other.ServiceProvider.GetRequiredService<XlsxRecordImporter>().ImportAsync(preview));
        }
    }

    [Fact]
    public async Task Template_texts_from_the_station_are_never_formulas()
    {
        await using (var db = app.CreateDbContext())
        {
            db.People.Add(new Person { StationId = 1, Name = "=HYPERLINK(\"http://evil.example\",\"点我\")" });
            await db.SaveChangesAsync();
        }
        using var client = await app.SignInAsync("shuji1");
        var template = await client.GetByteArrayAsync("/api/records/import-template/1/GroupMeeting");

        using var document = SpreadsheetDocument.Open(new MemoryStream(template), false);
        Assert.Empty(document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()));
        var texts = document.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()).Select(c => c.InnerText).ToList();
        Assert.Contains("'=HYPERLINK(\"http://evil.example\",\"点我\")", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith('='));
    }

    private async Task<byte[]> DutyReportTemplateAsync()
    {
        using var client = await app.SignInAsync("shuji1");
        return await client.GetByteArrayAsync("/api/records/import-template/1/SupervisorDutyReport");
    }

    private async Task<string> SupervisorNameAsync(DateOnly day)
    {
        var people = await app.PeopleAsync(1, day);
        await using var db = app.CreateDbContext();
        return await db.People.Where(p => p.Id == people.SupervisorId).Select(p => p.Name).SingleAsync();
    }

    private static string[] Headers(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        return [.. XlsxSheets.DataSheet(document).Worksheet.Descendants<Row>().First().Elements<Cell>().Select(c => c.InnerText)];
    }

    private static string[] SheetNames(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        return [.. document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];
    }

}
