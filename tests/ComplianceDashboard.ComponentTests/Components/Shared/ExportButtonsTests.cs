using System.Text;
using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Web.Components.Shared;
using ComplianceDashboard.Web.Infrastructure;
using ComplianceDashboard.Web.Infrastructure.Export;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceDashboard.ComponentTests.Components.Shared;

public class ExportButtonsTests : ComponentTest
{
    private sealed record Row(string Name, int Score);

    private static readonly IReadOnlyList<ExportColumn<Row>> Columns = [new("站所", r => r.Name), new("得分", r => r.Score, ExportColumnType.Number)];

    private readonly BunitJSModuleInterop _module;

    public ExportButtonsTests()
    {
        Services.AddSingleton<TimeProvider>(new FixedTime(new DateTimeOffset(2026, 8, 15, 2, 0, 0, TimeSpan.Zero)));
        Services.AddSingleton(Options.Create(new AppOptions()));
        Services.AddSingleton<AppClock>();
        Services.AddSingleton<TableExport>();
        _module = JSInterop.SetupModule("./lib/app/app.js");
        _module.SetupVoid("downloadFile", _ => true).SetVoidResult();
    }

    [Fact]
    public void Csv_button_downloads_exactly_the_rows_given_at_click_time()
    {
        var rows = new List<Row> { new("桐琴供电所", 105) };
        var cut = Render<ExportButtons<Row>>(p => p.Add(c => c.Title, "站所排名").Add(c => c.Columns, Columns).Add(c => c.Rows, () => rows));
        rows.Add(new("泉溪供电所", 74));

        cut.FindAll("button").Single(b => b.TextContent.Contains("导出CSV", StringComparison.Ordinal)).Click();

        var call = _module.VerifyInvoke("downloadFile");
        Assert.Equal("站所排名_2026-08-15.csv", call.Arguments[0]);
        Assert.Equal(TableExport.CsvContentType, call.Arguments[1]);
        var text = Encoding.UTF8.GetString((byte[])call.Arguments[2]!);
        Assert.Contains("桐琴供电所,105", text, StringComparison.Ordinal);
        Assert.Contains("泉溪供电所,74", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Excel_button_prefers_the_asynchronous_row_source()
    {
        var cut = Render<ExportButtons<Row>>(p => p.Add(c => c.Title, "站所排名").Add(c => c.Columns, Columns)
            .Add(c => c.RowsAsync, () => Task.FromResult<IEnumerable<Row>>([new("全部站所", 1)])));

        cut.FindAll("button").Single(b => b.TextContent.Contains("导出Excel", StringComparison.Ordinal)).Click();

        var call = _module.VerifyInvoke("downloadFile");
        Assert.Equal("站所排名_2026-08-15.xlsx", call.Arguments[0]);
        Assert.Equal(TableExport.XlsxContentType, call.Arguments[1]);
        Assert.NotEmpty((byte[])call.Arguments[2]!);
    }
}
