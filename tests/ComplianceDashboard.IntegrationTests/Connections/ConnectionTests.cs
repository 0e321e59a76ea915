using System.Text;
using ComplianceDashboard.Domain.Connections;
using ComplianceDashboard.IntegrationTests.Records;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Features.Connections;
using ComplianceDashboard.Web.Features.Demo;
using ComplianceDashboard.Web.Infrastructure.Security;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Connections;

/// <summary>
/// 业扩 over the real database (the test clock says 2026-11-20): the all-or-nothing import and re-import by number,
/// the morning list of 2026-10-09 (the demo's showcase on 桐琴供电所), the monthly sheet's totals and lock, and the
/// station scope of a 支部书记.
/// </summary>
public class ConnectionTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly string Header = string.Join(",", ConnectionImporter.Columns.Select(c => c.Header));

    private static string Row(IReadOnlyDictionary<string, string> cells) =>
        string.Join(",", ConnectionImporter.Columns.Select(c => cells.GetValueOrDefault(c.Header, "")));

    private static Dictionary<string, string> Cells(string number, string className, string station, string received, params (string Column, string Value)[] more)
    {
        var cells = new Dictionary<string, string>
        {
            [ConnectionImporter.Number] = number, [ConnectionImporter.Customer] = $"客户{number}", [ConnectionImporter.Class] = className,
            [ConnectionImporter.Station] = station, [ConnectionImporter.Received] = received,
        };
        foreach (var (column, value) in more)
        {
            cells[column] = value;
        }
        return cells;
    }

    private static MemoryStream Csv(params Dictionary<string, string>[] rows) =>
        new(Encoding.UTF8.GetBytes(string.Join("\n", [Header, .. rows.Select(Row)])));

    private async Task<T> AsAsync<T>(string userName) where T : notnull =>
        (await app.SignedInScopeAsync(userName)).ServiceProvider.GetRequiredService<T>();

    [Fact]
    public async Task An_import_with_one_bad_row_saves_nothing_and_names_each_error_by_row_and_column()
    {
        var importer = await AsAsync<ConnectionImporter>("kaoping");
        var result = await importer.ImportAsync(Csv(
            Cells("IT-IMP-1", "居民", "WY0002", "2024-04-01", (ConnectionImporter.FinishColumn(ConnectionStage.SchemeReply), "2024-04-03")),
            Cells("IT-IMP-2", "工业", "WY0002", "2024-04-01"),
            Cells("IT-IMP-3", "居民", "不存在的所", "2024-13-01"),
            Cells("IT-IMP-4", "居民", "WY0002", "2024-04-01", (ConnectionImporter.FinishColumn(ConnectionStage.DesignReview), "2024-04-05"))), "export.csv");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Row == 3 && e.Column == "客户类别" && e.Message.Contains("工业", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Row == 4 && e.Column == "供电所");
        Assert.Contains(result.Errors, e => e.Row == 4 && e.Column == "受理日期");
        Assert.Contains(result.Errors, e => e.Row == 5 && e.Column == "设计审核完成" && e.Message.Contains("高压", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Errors, e => e.Row == 2);
        await using var db = app.CreateDbContext();
        Assert.False(await db.ConnectionApplications.AnyAsync(a => a.Number.StartsWith("IT-IMP-")));
    }

    [Fact]
    public async Task A_reimport_updates_by_application_number_without_duplicates()
    {
        var importer = await AsAsync<ConnectionImporter>("kaoping");
        var first = await importer.ImportAsync(Csv(
            Cells("IT-RE-1", "居民", "WY0002", "2024-04-01", (ConnectionImporter.FinishColumn(ConnectionStage.Acceptance), "2024-04-01")),
            Cells("IT-RE-2", "高压双电源", "泉溪供电所", "2024-04-02", (ConnectionImporter.UnitColumn(ConnectionStage.SchemeReply), "发展策划部"),
                (ConnectionImporter.Pauses, "2024-04-08~2024-04-10 客户资料不全"))), "export.csv");
        Assert.True(first.Succeeded, string.Join("; ", first.Errors));
        Assert.Equal((2, 0), (first.Created, first.Updated));

        var second = await importer.ImportAsync(Csv(
            Cells("IT-RE-1", "居民", "WY0002", "2024-04-01", (ConnectionImporter.FinishColumn(ConnectionStage.Acceptance), "2024-04-01"),
                (ConnectionImporter.FinishColumn(ConnectionStage.SiteSurvey), "2024-04-02"), (ConnectionImporter.FinishColumn(ConnectionStage.SchemeReply), "2024-04-08")),
            Cells("IT-RE-3", "低压非居民", "WY0002", "2024-04-03")), "export2.csv");
        Assert.True(second.Succeeded, string.Join("; ", second.Errors));
        Assert.Equal((1, 1), (second.Created, second.Updated));

        await using var db = app.CreateDbContext();
        var one = await db.ConnectionApplications.Include(a => a.Stages).SingleAsync(a => a.Number == "IT-RE-1");
        Assert.Equal(new DateOnly(2024, 4, 8), one.Stages.Single(s => s.Stage == ConnectionStage.SchemeReply).Finish);
        var two = await db.ConnectionApplications.Include(a => a.Stages).Include(a => a.Pauses).AsSplitQuery().SingleAsync(a => a.Number == "IT-RE-2");
        Assert.Equal("FZ", two.Stages.Single(s => s.Stage == ConnectionStage.SchemeReply).Unit); // stored as the department's code
        Assert.Equal("客户资料不全", Assert.Single(two.Pauses).Reason);
        Assert.Equal(3, await db.ConnectionApplications.CountAsync(a => a.Number.StartsWith("IT-RE-")));
    }

    [Fact]
    public async Task An_xlsx_export_imports_like_the_csv()
    {
        var headers = ConnectionImporter.Columns.Select(c => c.Header).ToList();
        var row = Cells("IT-X-1", "低压非居民", "WY0003", "2024-05-06", (ConnectionImporter.FinishColumn(ConnectionStage.SchemeReply), "45425")); // 2024-05-13 as a serial
        var xlsx = Xlsx([headers, [.. headers.Select(h => row.GetValueOrDefault(h, ""))]]);
        var result = await (await AsAsync<ConnectionImporter>("kaoping")).ImportAsync(new MemoryStream(xlsx), "营销系统导出.xlsx");
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        await using var db = app.CreateDbContext();
        var app1 = await db.ConnectionApplications.Include(a => a.Stages).SingleAsync(a => a.Number == "IT-X-1");
        Assert.Equal(new DateOnly(2024, 5, 13), app1.Stages.Single(s => s.Stage == ConnectionStage.SchemeReply).Finish);
    }

    [Fact]
    public async Task The_morning_list_of_9_October_2026_shows_exactly_the_due_and_overdue_stages()
    {
        var rows = await (await AsAsync<ConnectionService>("shuji1")).DailyAsync(DemoConnections.ShowcaseDay);

        var due = Assert.Single(rows, r => r.State == StageState.DueToday);
        Assert.Equal(("YK-WY0001-DEMO-A", ConnectionStage.SchemeReply, DemoConnections.ShowcaseDay), (due.Number, due.Stage, due.Due));
        var overdue = rows.Where(r => r.State == StageState.Overdue).OrderBy(r => r.Number, StringComparer.Ordinal).ToList();
        Assert.Equal(DemoConnections.ShowcaseOverdue, overdue.Select(r => r.Number));
        Assert.Equal(ConnectionStage.SchemeReply, overdue[0].Stage);
        Assert.Equal(6, overdue[0].DaysOverdue); // due 23 Sep (the make-up Sunday 20 Sep counts); 24, 28, 29, 30 Sep, 8 and 9 Oct
        Assert.Equal((ConnectionStage.Energising, "营销部"), (overdue[1].Stage, overdue[1].UnitName));
        Assert.Equal(3, rows.Count); // C is running, D waits on the customer: neither is listed
        Assert.Equal(overdue[0], rows[0]); // most overdue first
    }

    [Fact]
    public async Task A_secretary_sees_only_their_station()
    {
        var leader = await (await AsAsync<ConnectionService>("jiwei")).DailyAsync(DemoConnections.ShowcaseDay);
        Assert.Contains(leader, r => r.StationId != 1);
        var mine = await (await AsAsync<ConnectionService>("shuji2")).DailyAsync(DemoConnections.ShowcaseDay);
        Assert.All(mine, r => Assert.Equal(2, r.StationId));
        Assert.Equal(leader.Where(r => r.StationId == 2).Select(r => (r.Number, r.Stage)), mine.Select(r => (r.Number, r.Stage)));

        var shuji2 = await AsAsync<ConnectionService>("shuji2");
        long showcaseId;
        await using (var db = app.CreateDbContext())
        {
            showcaseId = await db.ConnectionApplications.Where(a => a.Number == "YK-WY0001-DEMO-A").Select(a => a.Id).SingleAsync();
        }
        Assert.Null(await shuji2.DetailAsync(showcaseId));
        Assert.All(await shuji2.ListAsync(2026, null, null), r => Assert.Equal(2, r.StationId));
        var save = await shuji2.SaveAsync(new ApplicationInput { Number = "IT-SCOPE-1", Customer = "越权", Class = ConnectionClass.Residential, StationId = 1, Received = new DateTime(2026, 11, 2) });
        Assert.False(save.Succeeded);
        Assert.NotNull(save.ErrorFor(nameof(ApplicationInput.StationId)));
        await Assert.ThrowsAsync<ForbiddenException>(() => AsAsync<ConnectionFulfilmentQuery>("shuji2").Result.CountAsync(1, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), default));
        var sheet = await (await AsAsync<ResponsibilitySheetService>("shuji2")).SheetAsync(2026, 10);
        Assert.DoesNotContain(sheet.Lines, l => l.ApplicationNumber.StartsWith("YK-WY0001-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_monthly_sheet_totals_deductions_per_unit_and_finalising_freezes_it()
    {
        // March 2024 has no demo applications: three entered here.
        var staff = await AsAsync<ConnectionService>("kaoping");
        static DateTime T(int m, int d) => new(2024, m, d);
        static ApplicationInput Input(string number, ConnectionClass c, int station, DateTime received) =>
            new() { Number = number, Customer = $"客户{number}", Class = c, StationId = station, Received = received };
        // Residential scheme reply received Fri 1 Mar: due Wed 6 Mar, finished 8 Mar → late, station 1.
        var a = Input("IT-SHEET-1", ConnectionClass.Residential, 1, T(3, 1));
        a.Stages.Single(s => s.Stage == ConnectionStage.SchemeReply).Start = T(3, 1);
        a.Stages.Single(s => s.Stage == ConnectionStage.SchemeReply).Finish = T(3, 8);
        // ... and its energising (3 days from 11 Mar → 14 Mar) finished 20 Mar, late, charged to 营销部.
        a.Stages.Single(s => s.Stage == ConnectionStage.Energising).Start = T(3, 11);
        a.Stages.Single(s => s.Stage == ConnectionStage.Energising).Finish = T(3, 20);
        a.Stages.Single(s => s.Stage == ConnectionStage.Energising).Unit = "YX";
        // High-voltage design review from 1 Mar (due 15 Mar), finished 25 Mar, 运检部; a customer pause (4–15 Mar) keeps a second
        // one on time (due 29 Mar). Their mid inspections run from 25 Mar and fall due in April: not this month's.
        var b = Input("IT-SHEET-2", ConnectionClass.HighVoltageSingle, 2, T(2, 20));
        b.Stages.Single(s => s.Stage == ConnectionStage.DesignReview).Start = T(3, 1);
        b.Stages.Single(s => s.Stage == ConnectionStage.DesignReview).Finish = T(3, 25);
        b.Stages.Single(s => s.Stage == ConnectionStage.DesignReview).Unit = "YJ";
        var c = Input("IT-SHEET-3", ConnectionClass.HighVoltageSingle, 2, T(2, 20));
        c.Stages.Single(s => s.Stage == ConnectionStage.DesignReview).Start = T(3, 1);
        c.Stages.Single(s => s.Stage == ConnectionStage.DesignReview).Finish = T(3, 25);
        c.Pauses.Add(new PauseInput { From = T(3, 4), To = T(3, 15), Reason = "客户修改设计图纸" });
        foreach (var input in new[] { a, b, c })
        {
            var saved = await staff.SaveAsync(input);
            Assert.True(saved.Succeeded, string.Join("; ", saved.Messages));
        }
        var sheets = await AsAsync<ResponsibilitySheetService>("kaoping");
        var delay = await sheets.AddDelayAsync(new CooperationDelayInput
        {
            ApplicationNumber = "IT-SHEET-2", Stage = ConnectionStage.DesignReview, Unit = "YJ", Year = 2024, Month = 3, Decision = "运检部设计审核配合延误，客户工程停工一周",
        });
        Assert.True(delay.Succeeded, string.Join("; ", delay.Messages));

        var sheet = await sheets.SheetAsync(2024, 3);
        Assert.Equal(4, sheet.Lines.Count);
        var totals = sheet.Totals.ToDictionary(t => t.Unit, t => t.Total);
        Assert.Equal(-100m, totals["S:1"]);
        Assert.Equal(-100m, totals["YX"]);
        Assert.Equal(-600m, totals["YJ"]);
        Assert.Equal(-800m, sheet.GrandTotal);
        Assert.Equal("运检部", sheet.Totals.Single(t => t.Unit == "YJ").UnitName);
        Assert.Contains(sheet.Lines, l => l.ApplicationNumber == "IT-SHEET-1" && l.Stage == ConnectionStage.Energising && l.Unit == "YX");
        // Every line links to its application, the cooperation delay's too.
        var sheet2Id = (await staff.ListAsync(2024, 2, "IT-SHEET-2")).Single().Id;
        Assert.Equal(sheet2Id, sheet.Lines.Single(l => l.Kind == FineKind.CooperationDelay).ApplicationId);
        Assert.All(sheet.Lines, l => Assert.NotNull(l.ApplicationId));

        Assert.True((await sheets.FinalizeAsync(2024, 3)).Succeeded);
        // After finalising: a later edit of an application does not change the month's sheet, and no delay can be added.
        var c2 = ConnectionService.ToInput((await staff.DetailAsync((await staff.ListAsync(2024, 2, "IT-SHEET-3")).Single().Id))!.Application);
        c2.Pauses.Clear();
        Assert.True((await staff.SaveAsync(c2)).Succeeded);
        var after = await sheets.SheetAsync(2024, 3);
        Assert.True(after.IsFinalized);
        Assert.Equal(-800m, after.GrandTotal);
        var refused = await sheets.AddDelayAsync(new CooperationDelayInput { ApplicationNumber = "IT-SHEET-2", Unit = "YJ", Year = 2024, Month = 3, Decision = "再扣一次" });
        Assert.NotNull(refused.ErrorFor(nameof(CooperationDelayInput.Month)));
        Assert.True((await sheets.FinalizeAsync(2024, 3)).IsConflict);
        // Without its pause IT-SHEET-3's review is now late from 16 March, but the frozen March sheet does not gain it.
        Assert.DoesNotContain(after.Lines, l => l.ApplicationNumber == "IT-SHEET-3");
        // A 支部书记 of station 1 sees, in the frozen sheet, only the lines of station 1's application (its own unit's and 营销部's).
        var mine = await (await AsAsync<ResponsibilitySheetService>("shuji1")).SheetAsync(2024, 3);
        Assert.True(mine.IsFinalized);
        Assert.Equal(["S:1", "YX"], mine.Lines.Select(l => l.Unit).Order(StringComparer.Ordinal));
        Assert.All(mine.Lines, l => Assert.Equal("IT-SHEET-1", l.ApplicationNumber));
        Assert.Contains((await sheets.SheetAsync(2024, 4)).Lines, l => l.ApplicationNumber == "IT-SHEET-3" && l.Stage == ConnectionStage.MidInspection);
    }

    [Fact]
    public async Task The_call_back_report_flags_applications_energised_without_a_call_back_before_energising()
    {
        // June 2024 has no demo applications: three energised that month, station 2.
        var staff = await AsAsync<ConnectionService>("kaoping");
        var callBacks = await AsAsync<CallBackService>("kaoping");
        var ids = new Dictionary<string, long>();
        foreach (var (number, energised) in new[] { ("IT-CB-1", 10), ("IT-CB-2", 12), ("IT-CB-3", 14) })
        {
            var input = new ApplicationInput { Number = number, Customer = $"客户{number}", Class = ConnectionClass.Residential, StationId = 2, Received = new(2024, 6, 3) };
            input.Stages.Single(s => s.Stage == ConnectionStage.Energising).Finish = new(2024, 6, energised);
            var saved = await staff.SaveAsync(input);
            Assert.True(saved.Succeeded, string.Join("; ", saved.Messages));
            ids[number] = saved.Value;
        }
        // IT-CB-1 called back before energising; IT-CB-2 only after it (still missing); IT-CB-3 never.
        Assert.True((await callBacks.AddAsync(new CallBackInput { ApplicationId = ids["IT-CB-1"], Stage = ConnectionStage.SchemeReply, Date = new(2024, 6, 5), Result = CallBackService.Satisfied })).Succeeded);
        Assert.True((await callBacks.AddAsync(new CallBackInput { ApplicationId = ids["IT-CB-2"], Stage = ConnectionStage.SchemeReply, Date = new(2024, 6, 20), Result = CallBackService.Dissatisfied })).Succeeded);

        var report = await callBacks.ReportAsync(2024, 6);
        Assert.Equal(["IT-CB-2", "IT-CB-3"], report.Missing.Where(m => m.Number.StartsWith("IT-CB-", StringComparison.Ordinal)).Select(m => m.Number));
        var cb3 = report.Missing.Single(m => m.Number == "IT-CB-3");
        Assert.Equal((ids["IT-CB-3"], new DateOnly(2024, 6, 14), "客户IT-CB-3"), (cb3.ApplicationId, cb3.Energised, cb3.Customer));
        Assert.False(string.IsNullOrEmpty(cb3.StationName));
        Assert.Equal(2, report.Rows.Count(r => r.Number.StartsWith("IT-CB-", StringComparison.Ordinal)));
        // A secretary of station 1 sees neither the call-backs nor the missing ones of station 2.
        var other = await (await AsAsync<CallBackService>("shuji1")).ReportAsync(2024, 6);
        Assert.DoesNotContain(other.Missing, m => m.Number.StartsWith("IT-CB-", StringComparison.Ordinal));
        Assert.DoesNotContain(other.Rows, r => r.Number.StartsWith("IT-CB-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_meeting_links_each_item_line_to_its_application_and_refuses_an_unknown_number()
    {
        var meetings = await AsAsync<MeetingService>("kaoping");
        MeetingInput Input(string items) => new() { Date = new(2024, 7, 5), Chair = "主持人", Attendees = "营销部、运检部", Minutes = "协调两件业扩", Items = items };

        var refused = await meetings.AddAsync(Input("YK-WY0001-DEMO-A 催办方案答复\nIT-NO-SUCH 不存在"));
        Assert.Contains("IT-NO-SUCH", refused.ErrorFor(nameof(MeetingInput.Items)), StringComparison.Ordinal);
        Assert.Contains("YK-WY0001-DEMO-E", (await meetings.AddAsync(Input("YK-WY0001-DEMO-E"))).ErrorFor(nameof(MeetingInput.Items)), StringComparison.Ordinal);

        var saved = await meetings.AddAsync(Input("YK-WY0001-DEMO-A  催办方案答复\r\nYK-WY0001-DEMO-B 协调接电\n"));
        Assert.True(saved.Succeeded, string.Join("; ", saved.Messages));
        var (_, views) = await meetings.YearAsync(2024);
        var meeting = Assert.Single(views, m => m.Date == new DateOnly(2024, 7, 5));
        Assert.Equal([("YK-WY0001-DEMO-A", "催办方案答复"), ("YK-WY0001-DEMO-B", "协调接电")], meeting.Items.Select(i => (i.Number, i.Text)).OrderBy(i => i.Number, StringComparer.Ordinal));

        // The same meeting sent again (a second tab, a retry) is refused on its date, not recorded twice.
        Assert.Equal("该日的协调会已登记", (await meetings.AddAsync(Input("YK-WY0001-DEMO-A 催办方案答复"))).ErrorFor(nameof(MeetingInput.Date)));
        Assert.Single((await meetings.YearAsync(2024)).Meetings, m => m.Date == new DateOnly(2024, 7, 5));
    }

    [Fact]
    public async Task A_months_call_back_duty_is_recorded_once_per_station_and_issuing_to_all_again_reaches_only_the_stations_without_it()
    {
        var county = await AsAsync<CallBackService>("kaoping");
        var day = new DateOnly(2023, 5, 2);
        Assert.True((await county.RecordDutyAsync(ConnectionDutyKind.CallBackPlan, 1, 2023, 5, day, null)).Succeeded);
        Assert.Equal("该月的回访计划已下发", (await county.RecordDutyAsync(ConnectionDutyKind.CallBackPlan, 1, 2023, 5, day, null)).ErrorFor("Month"));

        Assert.True((await county.RecordDutyAsync(ConnectionDutyKind.CallBackPlan, null, 2023, 5, day, null)).Succeeded);
        Assert.Equal("该月的回访计划已下发", (await county.RecordDutyAsync(ConnectionDutyKind.CallBackPlan, null, 2023, 5, day, null)).ErrorFor("Month"));
        await using var db = app.CreateDbContext();
        var perStation = await db.ConnectionDutyRecords.Where(r => r.Kind == ConnectionDutyKind.CallBackPlan && r.Year == 2023 && r.Month == 5)
            .GroupBy(r => r.StationId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(await db.Stations.CountAsync(), perStation.Count);
        Assert.All(perStation, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task The_fulfilment_rows_count_the_showcase_stages_of_october()
    {
        var rows = await (await AsAsync<ConnectionFulfilmentQuery>("kaoping")).CountAsync(1, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), default);
        Assert.Equal([6, 7, 8, 9, 10, 11], rows.Select(r => r.RowNumber));
        // A and D (居民方案答复, both finished late in October), B (低压方案答复, late), E (非居民送电, late) at least.
        Assert.True(rows.Single(r => r.RowNumber == 6).Unmet >= 2);
        Assert.True(rows.Single(r => r.RowNumber == 7).Unmet >= 1);
        Assert.True(rows.Single(r => r.RowNumber == 11).Unmet >= 1);
        Assert.All(rows, r => Assert.True(r.Unmet <= r.Total));
    }

    private static byte[] Xlsx(List<List<string>> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)r + 1 };
                for (var c = 0; c < rows[r].Count; c++)
                {
                    var text = rows[r][c];
                    if (text.Length == 0)
                    {
                        continue;
                    }
                    var reference = $"{Web.Features.Import.Xlsx.RecordTemplate.Letters(c)}{r + 1}";
                    row.Append(double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                        ? new Cell(new CellValue(text)) { CellReference = reference }
                        : new Cell(new InlineString(new Text(text))) { CellReference = reference, DataType = CellValues.InlineString });
                }
                data.Append(row);
            }
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "业扩" }));
        }
        return stream.ToArray();
    }
}
