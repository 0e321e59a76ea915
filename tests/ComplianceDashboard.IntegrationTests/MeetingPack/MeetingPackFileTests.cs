using ComplianceDashboard.Web.Features.Overview;
using ComplianceDashboard.Web.Features.Stations;
using ComplianceDashboard.Web.Grading;
using ComplianceDashboard.Web.Infrastructure.Security;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Extensions.DependencyInjection;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using P = DocumentFormat.OpenXml.Presentation;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ComplianceDashboard.IntegrationTests.MeetingPack;

/// <summary>
/// The three files of a county pack for 2026 Q3, opened with the OpenXML SDK: valid documents, the 公文 layout, the
/// slides' messages, native charts whose embedded data equals the screens' figures, shaded heat-map cells, typed cells.
/// </summary>
public class MeetingPackFileTests(MeetingPackFixture app) : IClassFixture<MeetingPackFixture>
{
    private static readonly DashboardPeriod Q3 = new(2026, 3);

    private async Task<OverviewData> ScreenAsync()
    {
        await using var db = app.CreateDbContext();
        var grader = app.Services.GetRequiredService<SchemeGrader>();
        return await OverviewQuery.LoadAsync(db, StationScope.System, Q3, new DateOnly(2026, 11, 20), grader.Scheme.GradeBands);
    }

    [Fact]
    public void All_three_files_are_valid_OpenXml_documents()
    {
        var validator = new OpenXmlValidator();
        using (var docx = WordprocessingDocument.Open(new MemoryStream(app.Docx), false))
        {
            AssertValid(validator.Validate(docx));
        }
        using (var pptx = PresentationDocument.Open(new MemoryStream(app.Pptx), false))
        {
            AssertValid(validator.Validate(pptx));
        }
        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(app.Xlsx), false);
        AssertValid(validator.Validate(xlsx));
    }

    [Fact]
    public void The_report_is_an_A4_official_document_with_its_fonts_numbered_headings_and_page_numbers()
    {
        using var docx = WordprocessingDocument.Open(new MemoryStream(app.Docx), false);
        var main = docx.MainDocumentPart!;
        var size = main.Document.Body!.Elements<W.SectionProperties>().Single().GetFirstChild<W.PageSize>()!;
        Assert.Equal(11906u, size.Width!.Value);
        Assert.Equal(16838u, size.Height!.Value);

        var styles = main.StyleDefinitionsPart!.Styles!;
        var title = styles.Elements<W.Style>().Single(s => s.StyleId == "PackTitle");
        Assert.Equal("方正小标宋简体", title.StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("44", title.StyleRunProperties.FontSize!.Val!.Value); // 二号 = 22 pt
        var body = styles.Elements<W.Style>().Single(s => s.StyleId == "PackBody");
        Assert.Equal("仿宋_GB2312", body.StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("32", body.StyleRunProperties.FontSize!.Val!.Value); // 三号 = 16 pt
        var fonts = main.FontTablePart!.Fonts!.Elements<W.Font>().ToDictionary(f => f.Name!.Value!, f => f.GetFirstChild<W.AltName>()?.Val?.Value);
        Assert.Equal("宋体", fonts["方正小标宋简体"]);
        Assert.Equal("仿宋", fonts["仿宋_GB2312"]);

        var paragraphs = main.Document.Body.Elements<W.Paragraph>().Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, p.InnerText)).ToList();
        Assert.Equal(("PackTitle", "清廉供电站所“服务+监督”2026年第三季度联席会报告"), paragraphs[0]);
        Assert.Contains(paragraphs, p => p.Style == "CoverLine" && p.InnerText.StartsWith("中共县供电公司纪律检查委员会", StringComparison.Ordinal) && p.InnerText.EndsWith("2026年11月20日", StringComparison.Ordinal));
        Assert.Equal(
            ["一、总体情况", "二、履职与风险热力图", "三、站所排名", "四、低于60分的站所及缺失事项", "五、逾期问题与信访案件", "六、下季度重点履职事项"],
            paragraphs.Where(p => p.Style == "PackHeading1").Select(p => p.InnerText));
        Assert.Contains(paragraphs, p => p.Style == "PackHeading2" && p.InnerText == "（一）履职热力图");

        var footer = main.FooterParts.Single().Footer!;
        Assert.Contains(footer.Descendants<W.FieldCode>(), f => f.Text.Trim() == "PAGE");
    }

    [Fact]
    public async Task The_reports_heat_map_tables_shade_each_cell_with_the_screens_band_colour()
    {
        var screen = await ScreenAsync();
        using var docx = WordprocessingDocument.Open(new MemoryStream(app.Docx), false);
        var tables = docx.MainDocumentPart!.Document.Body!.Elements<W.Table>().ToList();
        // The duty heat map comes first, the risk heat map second (same header).
        var duty = tables.First(t => t.Elements<W.TableRow>().First().InnerText == "站所7月8月9月");
        var rows = duty.Elements<W.TableRow>().Skip(1).ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var cells = row.Elements<W.TableCell>().ToList();
            var station = screen.Ranking.Single(r => r.Name == cells[0].InnerText);
            foreach (var (month, i) in new[] { (7, 1), (8, 2), (9, 3) })
            {
                var cell = screen.Cells.SingleOrDefault(c => c.StationId == station.StationId && c.Month == month);
                var shading = cells[i].TableCellProperties?.GetFirstChild<W.Shading>()?.Fill?.Value;
                if (cell?.OnTimeRate is { } rate)
                {
                    Assert.Equal((rate * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture), cells[i].InnerText);
                    Assert.Equal(rate >= 0.9m ? "2E7D32" : rate >= 0.6m ? "F9A825" : "C62828", shading);
                }
            }
        }
    }

    [Fact]
    public void The_deck_is_16_to_9_with_one_message_per_slide_as_its_title()
    {
        using var pptx = PresentationDocument.Open(new MemoryStream(app.Pptx), false);
        var presentation = pptx.PresentationPart!;
        var size = presentation.Presentation.SlideSize!;
        Assert.Equal(16m / 9m, Math.Round((decimal)size.Cx!.Value / size.Cy!.Value, 4), 3);
        var titles = SlideTitles(pptx);
        Assert.Equal("清廉供电站所“服务+监督”2026年第三季度联席会报告", titles[0]);
        Assert.Matches(@"^2026年第三季度平均得分[\d.]+分，\d+个站所低于60分$", titles[1]);
        Assert.Contains(titles, t => t.Contains("得分最高", StringComparison.Ordinal) && t.Contains("最低", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith("全县平均分", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith("本季度风险防控扣分合计", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.Contains("得分率最低", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith("本季度新发现问题", StringComparison.Ordinal)); // the supervision chapter
        Assert.Equal(titles.Count, titles.Distinct().Count());
        Assert.All(titles, t => Assert.False(string.IsNullOrWhiteSpace(t)));
    }

    [Fact]
    public async Task The_ranking_chart_is_a_native_bar_chart_whose_embedded_workbook_holds_the_screens_scores()
    {
        var screen = await ScreenAsync();
        using var pptx = PresentationDocument.Open(new MemoryStream(app.Pptx), false);
        var charts = pptx.PresentationPart!.SlideParts.SelectMany(s => s.ChartParts).ToList();
        Assert.Equal(4, charts.Count); // grade distribution, ranking, trend, radar
        var bar = charts.Single(c => c.ChartSpace.Descendants<C.BarChart>().Any());
        var cached = bar.ChartSpace.Descendants<C.BarChart>().Single().Descendants<C.Values>().Single().Descendants<C.NumericValue>().Select(v => decimal.Parse(v.Text, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var names = bar.ChartSpace.Descendants<C.CategoryAxisData>().Single().Descendants<C.StringPoint>().Select(p => p.InnerText).ToList();
        Assert.Equal(screen.Ranking.Select(r => r.Total), cached);
        Assert.Equal(screen.Ranking.Select(r => r.Name), names);

        // The embedded workbook (what "编辑数据" opens) holds the same numbers in Sheet1!B2:B(n+1).
        var embedded = bar.EmbeddedPackagePart!;
        using var data = SpreadsheetDocument.Open(embedded.GetStream(), false);
        var sheet = data.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var column = sheet.Descendants<S.Cell>().Where(c => c.CellReference!.Value!.StartsWith('B') && c.DataType is null)
            .Select(c => decimal.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(screen.Ranking.Select(r => r.Total), column);
        Assert.Contains("Sheet1!$B$2:$B$", bar.ChartSpace.Descendants<C.Formula>().Select(f => f.Text).Last(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_trend_grade_and_radar_charts_carry_the_screens_figures()
    {
        var screen = await ScreenAsync();
        using var pptx = PresentationDocument.Open(new MemoryStream(app.Pptx), false);
        var charts = pptx.PresentationPart!.SlideParts.SelectMany(s => s.ChartParts).Select(c => c.ChartSpace).ToList();
        static List<(uint Index, string Value)> Points(DocumentFormat.OpenXml.OpenXmlElement chart) =>
            [.. chart.Descendants<C.Values>().Single().Descendants<C.NumericPoint>().Select(p => (p.Index!.Value, p.NumericValue!.Text))];

        var line = charts.Single(c => c.Descendants<C.LineChart>().Any());
        Assert.Equal(screen.Trend.Select((t, i) => (t, i)).Where(x => x.t.AverageScore is not null).Select(x => ((uint)x.i, x.t.AverageScore!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            Points(line));
        var pie = charts.Single(c => c.Descendants<C.PieChart>().Any());
        Assert.Equal(screen.Kpis.Bands.Select((b, i) => ((uint)i, b.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))), Points(pie));

        var lowest = screen.Ranking[^1];
        await using var db = app.CreateDbContext();
        var grader = app.Services.GetRequiredService<SchemeGrader>();
        var view = (await StationGradeQuery.LoadAsync(db, StationScope.System, grader, lowest.StationId, 2026))!;
        var radarScreen = StationCharts.Radar(view);
        var radar = charts.Single(c => c.Descendants<C.RadarChart>().Any());
        Assert.Equal(radarScreen.Series[0].Data.Select((p, i) => ((uint)i, p.Y!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))), Points(radar));
    }

    [Fact]
    public void The_decks_heat_maps_are_tables_with_shaded_cells()
    {
        using var pptx = PresentationDocument.Open(new MemoryStream(app.Pptx), false);
        var tables = pptx.PresentationPart!.SlideParts.SelectMany(s => s.Slide.Descendants<A.Table>()).ToList();
        var heat = tables.Where(t => t.Elements<A.TableRow>().First().InnerText == "站所7月8月9月").ToList();
        Assert.Equal(2, heat.Count);
        Assert.All(heat, t => Assert.Contains(t.Descendants<A.TableCellProperties>(),
            p => p.GetFirstChild<A.SolidFill>()?.RgbColorModelHex?.Val?.Value is "2E7D32" or "F9A825" or "C62828"));
    }

    [Fact]
    public async Task The_workbook_has_a_typed_sheet_for_every_chart_and_table()
    {
        var screen = await ScreenAsync();
        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(app.Xlsx), false);
        var book = xlsx.WorkbookPart!;
        var sheets = book.Workbook.Descendants<S.Sheet>().ToDictionary(s => s.Name!.Value!, s => ((WorksheetPart)book.GetPartById(s.Id!.Value!)).Worksheet);
        Assert.Equal(["总体情况", "等级分布", "履职热力图", "风险扣分热力图", "站所排名", "得分趋势", "站所雷达", "低于60分站所", "逾期问题与信访案件", "下季度重点履职事项"], sheets.Keys);

        var ranking = sheets["站所排名"].Descendants<S.Row>().Skip(1).ToList();
        Assert.Equal(screen.Ranking.Count, ranking.Count);
        var totals = ranking.Select(r => r.Elements<S.Cell>().ElementAt(2)).ToList();
        Assert.All(totals, c => Assert.Null(c.DataType)); // a number, not text
        Assert.Equal(screen.Ranking.Select(r => r.Total), totals.Select(c => decimal.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));

        var heat = sheets["履职热力图"].Descendants<S.Row>().Skip(1).ToList();
        Assert.Equal(screen.Ranking.Count, heat.Count); // every station, not only the slide's

        var next = sheets["下季度重点履职事项"].Descendants<S.Row>().Skip(1).ToList();
        Assert.NotEmpty(next);
        var due = next[0].Elements<S.Cell>().ElementAt(4);
        Assert.Equal(2u, due.StyleIndex!.Value); // yyyy-mm-dd
        var date = DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(due.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.InRange(date, new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31));
    }

    private static void AssertValid(IEnumerable<ValidationErrorInfo> errors)
    {
        var list = errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").Distinct().Take(20).ToList();
        Assert.True(list.Count == 0, string.Join("\n", list));
    }

    private static List<string> SlideTitles(PresentationDocument pptx)
    {
        var presentation = pptx.PresentationPart!;
        return [.. presentation.Presentation.SlideIdList!.Elements<P.SlideId>()
            .Select(id => (SlidePart)presentation.GetPartById(id.RelationshipId!.Value!))
            .Select(s => s.Slide.Descendants<P.Shape>().Single(sh => sh.NonVisualShapeProperties!.ApplicationNonVisualDrawingProperties!.PlaceholderShape?.Type?.Value == P.PlaceholderValues.Title).InnerText)];
    }
}
