using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web;
using ComplianceDashboard.Web.Features.Records;
using ComplianceDashboard.Web.Infrastructure.Export;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace ComplianceDashboard.IntegrationTests.Records;

/// <summary>
/// The records list and its export over a real SQLite file with more rows than the old 5,000 cap (defect 10):
/// paging, sorting and the keyword run in the database, the export holds every matching row.
/// </summary>
public class RecordListTests(TestApp app) : IClassFixture<TestApp>
{
    private const int BulkRows = 6_000;
    private const string BulkWord = "批量导出测试";
    private static readonly SemaphoreSlim Seeded = new(1, 1);

    [Fact]
    public async Task Export_of_more_than_5000_records_holds_every_row_with_real_dates_a_title_row_and_an_autofilter()
    {
        var day = await SeedAsync();
        using var scope = await app.SignedInScopeAsync("shuji1");
        var filter = new RecordFilterModel { StationId = 1, Keyword = BulkWord };

        var (file, count) = await RecordExport.CreateAsync(app.Services.GetRequiredService<TableExport>(), scope.ServiceProvider.GetRequiredService<RecordQueries>(),
            scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>(), ExportFormat.Xlsx, filter, [new(1, "桐琴供电所")]);

        Assert.Equal(BulkRows, count);
        using var document = SpreadsheetDocument.Open(new MemoryStream(file.Content), false);
        var workbook = document.WorkbookPart!;
        var worksheet = workbook.WorksheetParts.Single().Worksheet;
        var rows = worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        Assert.Equal(BulkRows + 2, rows.Count);
        var title = Text(rows[0].Elements<Cell>().Single());
        Assert.StartsWith("记录列表 · ", title, StringComparison.Ordinal);
        Assert.Contains("站所：桐琴供电所", title, StringComparison.Ordinal);
        Assert.Contains($"关键词：{BulkWord}", title, StringComparison.Ordinal);
        Assert.EndsWith("截至 2026-11-20 10:00", title, StringComparison.Ordinal);
        Assert.Equal(["日期", "站所", "类型", "标题", "站点/人员", "审核", "附件", "记录编号"], rows[1].Elements<Cell>().Select(Text));
        Assert.Equal($"A2:H{BulkRows + 2}", worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value);

        var titles = rows.Skip(2).Select(r => Text(r.Elements<Cell>().ElementAt(3))).ToHashSet();
        Assert.Equal(BulkRows, titles.Count);
        Assert.Contains($"{BulkWord} 1", titles);
        Assert.Contains($"{BulkWord} {BulkRows}", titles);

        var date = rows[2].Elements<Cell>().First();
        Assert.True(date.DataType is null || date.DataType.Value == CellValues.Number, "the date is a number cell, not text");
        Assert.Equal(day.ToDateTime(TimeOnly.MinValue), DateTime.FromOADate(double.Parse(date.CellValue!.Text, CultureInfo.InvariantCulture)));
        var styles = workbook.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)date.StyleIndex!.Value);
        Assert.Equal("yyyy-mm-dd", styles.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value);
    }

    [Fact]
    public async Task Csv_export_holds_every_row_too()
    {
        await SeedAsync();
        using var scope = await app.SignedInScopeAsync("shuji1");
        var (file, count) = await RecordExport.CreateAsync(app.Services.GetRequiredService<TableExport>(), scope.ServiceProvider.GetRequiredService<RecordQueries>(),
            scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>(), ExportFormat.Csv, new RecordFilterModel { Keyword = BulkWord }, []);

        Assert.Equal(BulkRows, count);
        var lines = System.Text.Encoding.UTF8.GetString(file.Content).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(BulkRows + 1, lines.Length);
    }

    [Fact]
    public async Task A_page_is_loaded_from_the_database_with_the_total_count_sorted_and_searched()
    {
        await SeedAsync();
        using var scope = await app.SignedInScopeAsync("shuji1");
        var queries = scope.ServiceProvider.GetRequiredService<RecordQueries>();
        var filter = new RecordFilter(1, null, null, null, null, BulkWord);

        var page = await queries.PageAsync(filter, 2, 20, nameof(RecordRow.Title), descending: false);

        Assert.Equal(BulkRows, page.Total);
        Assert.Equal(20, page.Rows.Count);
        Assert.All(page.Rows, r => Assert.Contains(BulkWord, r.Title, StringComparison.Ordinal));
        Assert.Equal(page.Rows.Select(r => r.Title).Order(StringComparer.Ordinal), page.Rows.Select(r => r.Title));
        var first = await queries.PageAsync(filter, 0, 20, nameof(RecordRow.Title), descending: false);
        Assert.Empty(first.Rows.Select(r => r.Id).Intersect(page.Rows.Select(r => r.Id)));

        var none = await queries.PageAsync(filter with { Keyword = "没有这样的标题xyz" }, 0, 20, null, false);
        Assert.Equal(0, none.Total);
    }

    [Fact]
    public async Task Another_station_neither_lists_nor_exports_the_records()
    {
        await SeedAsync();
        using var scope = await app.SignedInScopeAsync("shuji2");
        var queries = scope.ServiceProvider.GetRequiredService<RecordQueries>();

        var page = await queries.PageAsync(new RecordFilter(null, null, null, null, null, BulkWord), 0, 20, null, false);
        var (_, exported) = await RecordExport.CreateAsync(app.Services.GetRequiredService<TableExport>(), queries,
            scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>(), ExportFormat.Xlsx, new RecordFilterModel { StationId = 1, Keyword = BulkWord }, []);

        Assert.Equal(0, page.Total);
        Assert.Equal(0, exported);
    }

    // Copies one demo record of station 1 BulkRows times in one INSERT … SELECT (all columns as the database stores them).
    private async Task<DateOnly> SeedAsync()
    {
        await Seeded.WaitAsync();
        try
        {
            await using var db = app.CreateDbContext();
            var source = await db.Records.Where(r => r.StationId == 1).OrderBy(r => r.Id).Select(r => new { r.Id, r.EventDate }).FirstAsync();
            if (await db.Records.AnyAsync(r => r.Title.Contains(BulkWord)))
            {
                return source.EventDate;
            }
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            var columns = new List<string>();
            await using (var info = connection.CreateCommand())
            {
                info.CommandText = db.Database.IsSqlite()
                    ? "SELECT name FROM pragma_table_info('Records') WHERE name <> 'Id'"
                    : "SELECT column_name FROM information_schema.columns WHERE table_name = 'Records' AND column_name <> 'Id' ORDER BY ordinal_position";
                await using var reader = await info.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    columns.Add(reader.GetString(0));
                }
            }
            var list = string.Join(", ", columns.Select(c => $"\"{c}\""));
            var select = string.Join(", ", columns.Select(c => c == "Title" ? "@word || ' ' || n.i" : $"r.\"{c}\""));
            await using var insert = connection.CreateCommand();
            insert.CommandText = $"""
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {BulkRows})
                INSERT INTO "Records" ({list}) SELECT {select} FROM "Records" r, n WHERE r."Id" = @id
                """;
            AddParameter(insert, "word", BulkWord);
            AddParameter(insert, "id", source.Id);
            Assert.Equal(BulkRows, await insert.ExecuteNonQueryAsync());
            return source.EventDate;
        }
        finally
        {
            Seeded.Release();
        }
    }

    private static void AddParameter(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static string Text(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.Text!.Text : cell.CellValue?.Text ?? "";
}
