using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ComplianceDashboard.Web.Features.MeetingPack;

/// <summary>
/// The pack's Word report laid out as an official document (公文, GB/T 9704): A4, margins 37/35/28/26 mm, title in
/// 方正小标宋简体 二号 (22 pt, falling back to 宋体), body in 仿宋_GB2312 三号 (16 pt, falling back to 仿宋) at a fixed
/// 28 pt line pitch, headings numbered 一、 （一） 1., page numbers "— n —" in the footer.
/// </summary>
public static class DocxReport
{
    public const string TitleFont = "方正小标宋简体";
    public const string TitleFallback = "宋体";
    public const string BodyFont = "仿宋_GB2312";
    public const string BodyFallback = "仿宋";
    public const string HeadingFont = "黑体";
    public const string Heading2Font = "楷体_GB2312";

    /// <summary>A4 in twips.</summary>
    public const int PageWidth = 11906, PageHeight = 16838;

    private static readonly string[] Chapter = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

    public static byte[] Write(MeetingPackData data)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.AddNewPart<FontTablePart>().Fonts = FontTable();
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = PageNumberFooter();
            var body = new Body();
            Content(data, body);
            body.Append(Section(main.GetIdOfPart(footer)));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static void Content(MeetingPackData data, Body body)
    {
        body.Append(Paragraph(data.Title, "PackTitle"));
        body.Append(Paragraph($"{data.Committee}　　{data.GeneratedOn.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)}", "CoverLine"));
        body.Append(Paragraph($"范围：{data.ScopeLabel}", "CoverLine"));
        var k = data.Overview.Kpis;
        var chapter = 0;

        body.Append(Heading1(ref chapter, "总体情况"));
        body.Append(Paragraph($"{data.QuarterLabel}，{data.ScopeLabel}共有{k.StationsGraded}个站所参加评分，平均得分{Number(k.AverageScore)}分；"
            + $"本季度缺失履职事项{k.Overdue}项，风险防控扣分{Number(k.RiskDeduction)}分；低于{MeetingPackData.PassScore:0}分的站所{data.BelowPass.Count}个。"));
        body.Append(Heading2(1, "主要指标"));
        body.Append(Table(PackTables.Summary(data)));
        body.Append(Heading2(2, "等级分布"));
        body.Append(Paragraph(string.Join("，", k.Bands.Select(b => $"{b.Label}{b.Count}个")) + "。"));
        body.Append(Table(PackTables.Grades(data)));

        body.Append(Heading1(ref chapter, "履职与风险热力图"));
        body.Append(Heading2(1, "履职热力图"));
        body.Append(Paragraph("按站所、月份列出应履职事项的按时完成率（%）：绿色90%及以上，黄色60%–90%，红色低于60%；灰色为未到期，蓝色为本月进行中。"));
        body.Append(Table(PackTables.DutyHeatMap(data), small: true));
        body.Append(Heading2(2, "风险防控扣分热力图"));
        body.Append(Paragraph("按站所、月份列出风险防控扣分：绿色无扣分，黄色扣5分及以内，红色扣5分以上。"));
        body.Append(Table(PackTables.RiskHeatMap(data), small: true));

        body.Append(Heading1(ref chapter, "站所排名"));
        body.Append(Paragraph("“较上次”为与上一次评分结果相比的变化，“较上季度末”为与上季度末得分相比的变化。"));
        body.Append(Table(PackTables.Ranking(data), small: true));

        body.Append(Heading1(ref chapter, $"低于{MeetingPackData.PassScore:0}分的站所及缺失事项"));
        if (data.BelowPass.Count == 0)
        {
            body.Append(Paragraph($"本季度没有低于{MeetingPackData.PassScore:0}分的站所。"));
        }
        else
        {
            var n = 0;
            foreach (var station in data.BelowPass)
            {
                body.Append(Heading2(++n, $"{station.Name}（{Number(station.Total)}分）"));
                body.Append(Heading3(1, "缺失的履职事项"));
                body.Append(Paragraph(station.Missing.Count == 0 ? "无。" : string.Join("；", station.Missing) + "。"));
                body.Append(Heading3(2, "风险防控扣分"));
                body.Append(Paragraph(station.Deductions.Count == 0 ? "无。" : string.Join("；", station.Deductions) + "。"));
            }
        }

        foreach (var section in data.ExtraSections)
        {
            body.Append(Heading1(ref chapter, section.Title));
            body.Append(Paragraph(section.Message));
            foreach (var text in section.Paragraphs)
            {
                body.Append(Paragraph(text));
            }
            if (section.Columns.Count > 0)
            {
                body.Append(Table(PackTables.Section(section), small: true));
            }
        }

        body.Append(Heading1(ref chapter, "下季度重点履职事项"));
        body.Append(Paragraph(data.NextQuarter.Count == 0 ? "下季度暂无已排定的履职事项。"
            : $"下季度共有{data.NextQuarter.Sum(d => d.Cells)}项履职事项到期，按影响分值排列如下，请各站所提前安排。"));
        if (data.NextQuarter.Count > 0)
        {
            body.Append(Table(PackTables.NextQuarter(data), small: true));
        }
    }

    private static string Number(decimal? value) => value?.ToString("0.#", CultureInfo.InvariantCulture) ?? "—";

    private static Paragraph Heading1(ref int chapter, string text) => Paragraph($"{Chapter[chapter++]}、{text}", "PackHeading1");

    private static Paragraph Heading2(int n, string text) => Paragraph($"（{Chapter[n - 1]}）{text}", "PackHeading2");

    private static Paragraph Heading3(int n, string text) => Paragraph($"{n.ToString(CultureInfo.InvariantCulture)}. {text}", "PackHeading3");

    private static Paragraph Paragraph(string text, string style = "PackBody") =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    /// <summary>A bordered table with a bold header row; heat-map cells carry their band colour as cell shading.</summary>
    private static Table Table(PackTable source, bool small = false)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Autofit }));
        var style = small ? "PackTableSmall" : "PackTableText";
        table.Append(new TableGrid(ColumnWidths(source).Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        header.Append(source.Columns.Select(c => Cell(c, style, null, bold: true)));
        table.Append(header);
        foreach (var row in source.Rows)
        {
            table.Append(new TableRow(row.Select(c => Cell(c.Text, style, c.Fill, bold: false))));
        }
        return table;
    }

    /// <summary>Twips in proportion to each column's longest text (CJK counted double), summing to the text width.</summary>
    private static IEnumerable<int> ColumnWidths(PackTable table)
    {
        const int TextWidth = PageWidth - 1587 - 1474;
        var weights = table.Columns.Select((h, i) => Math.Clamp(table.Rows.Select(r => i < r.Count ? r[i].Text : "").Append(h)
            .Max(t => t.Sum(ch => ch >= 0x2E80 ? 2.0 : 1.0)), 4, 40)).ToList();
        var total = weights.Sum();
        return weights.Select(w => (int)(TextWidth * w / total));
    }

    private static TableCell Cell(string text, string style, string? fill, bool bold)
    {
        var properties = new TableCellProperties();
        if (fill is not null)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        }
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }
        return new TableCell(properties, new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }), run));
    }

    private static SectionProperties Section(string footerId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new PageSize { Width = PageWidth, Height = PageHeight },
        // 天头 37 mm, 下白边 35 mm, 订口 28 mm, 切口 26 mm.
        new PageMargin { Top = 2098, Bottom = 1984, Left = 1587U, Right = 1474U, Header = 851U, Footer = 992U, Gutter = 0U },
        new DocGrid { Type = DocGridValues.Lines, LinePitch = 579 });

    /// <summary>"— 1 —" centred, 宋体 四号, with a PAGE field.</summary>
    private static Footer PageNumberFooter()
    {
        RunProperties Props() => new(new RunFonts { Ascii = TitleFallback, HighAnsi = TitleFallback, EastAsia = TitleFallback }, new FontSize { Val = "28" });
        return new Footer(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(Props(), new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(Props(), new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(Props(), new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(Props(), new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(Props(), new Text("1")),
            new Run(Props(), new FieldChar { FieldCharType = FieldCharValues.End }),
            new Run(Props(), new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));
    }

    /// <summary>The 公文 fonts with their fallbacks (w:altName): Word uses 宋体/仿宋 where the GB fonts are not installed.</summary>
    private static Fonts FontTable() => new(
        new Font(new AltName { Val = TitleFallback }) { Name = TitleFont },
        new Font(new AltName { Val = BodyFallback }) { Name = BodyFont },
        new Font(new AltName { Val = "楷体" }) { Name = Heading2Font },
        new Font { Name = HeadingFont },
        new Font { Name = TitleFallback },
        new Font { Name = BodyFallback });

    private static Styles Styles()
    {
        static RunFonts FontsOf(string eastAsia, string latin) => new() { Ascii = latin, HighAnsi = latin, EastAsia = eastAsia, ComplexScript = latin };

        static Style ParagraphStyle(string id, string name, string eastAsia, string latin, int halfPoints, JustificationValues? align = null,
            bool bold = false, int firstLineChars = 0, bool fixedPitch = true, int before = 0)
        {
            var run = new StyleRunProperties(FontsOf(eastAsia, latin));
            if (bold)
            {
                run.Append(new Bold());
            }
            run.Append(new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) },
                new FontSizeComplexScript { Val = halfPoints.ToString(CultureInfo.InvariantCulture) });
            return new Style(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new StyleParagraphProperties(
                new SpacingBetweenLines { Line = fixedPitch ? "560" : "300", LineRule = fixedPitch ? LineSpacingRuleValues.Exact : LineSpacingRuleValues.Auto, Before = before.ToString(CultureInfo.InvariantCulture), After = "0" },
                new Indentation { FirstLineChars = firstLineChars },
                new Justification { Val = align ?? JustificationValues.Both }),
            run)
            { Type = StyleValues.Paragraph, StyleId = id, CustomStyle = true };
        }

        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(FontsOf(BodyFont, "Times New Roman"), new FontSize { Val = "32" }, new FontSizeComplexScript { Val = "32" },
                    new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0" }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            ParagraphStyle("PackTitle", "公文标题", TitleFont, TitleFont, 44, JustificationValues.Center, fixedPitch: false, before: 0),
            ParagraphStyle("CoverLine", "发文机关与日期", BodyFont, "Times New Roman", 32, JustificationValues.Center),
            ParagraphStyle("PackHeading1", "一级标题", HeadingFont, HeadingFont, 32, firstLineChars: 200),
            ParagraphStyle("PackHeading2", "二级标题", Heading2Font, Heading2Font, 32, firstLineChars: 200),
            ParagraphStyle("PackHeading3", "三级标题", BodyFont, "Times New Roman", 32, bold: true, firstLineChars: 200),
            ParagraphStyle("PackBody", "正文", BodyFont, "Times New Roman", 32, firstLineChars: 200),
            ParagraphStyle("PackTableText", "表格文字", BodyFont, "Times New Roman", 24, JustificationValues.Center, fixedPitch: false),
            ParagraphStyle("PackTableSmall", "表格小字", BodyFont, "Times New Roman", 20, JustificationValues.Center, fixedPitch: false));
    }
}
