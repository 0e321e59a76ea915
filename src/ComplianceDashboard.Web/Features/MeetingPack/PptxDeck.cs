using System.Security;
using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace ComplianceDashboard.Web.Features.MeetingPack;

/// <summary>
/// The pack's 16:9 slide deck: one message per slide, the message as the slide's title (a title placeholder).
/// Charts are native PowerPoint charts (a c:chart part with its data in an embedded workbook, so "编辑数据" works);
/// heat maps and lists are tables with shaded cells. The parts are written as DrawingML/PresentationML text — the
/// shape of each part reads top to bottom like the file it produces.
/// </summary>
public static class PptxDeck
{
    public const long SlideWidth = 12192000, SlideHeight = 6858000;
    public const string Font = "微软雅黑";

    /// <summary>Rows of a heat map or list that fit one slide.</summary>
    public const int MaxTableRows = 14;

    private const string Ns = """xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" """;
    private const long Left = 457200, ContentTop = 1371600, ContentWidth = SlideWidth - 2 * Left, ContentHeight = SlideHeight - ContentTop - 365760;

    /// <summary>The slides of <paramref name="data"/>: title and content, in order.</summary>
    public static IReadOnlyList<(string Title, object? Content)> Slides(MeetingPackData data)
    {
        var k = data.Overview.Kpis;
        var slides = new List<(string, object?)>
        {
            (data.Title, $"{data.Committee}\n{data.GeneratedOn.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)}\n范围：{data.ScopeLabel}"),
            ($"{data.QuarterLabel}平均得分{Num(k.AverageScore)}分，{data.BelowPass.Count}个站所低于60分", PackTables.Summary(data)),
            ($"{string.Join("、", k.Bands.Select(b => $"{b.Label}{b.Count}个"))}", PackCharts.Grades(data)),
            (RankingMessage(data), PackCharts.Ranking(data)),
            (TrendMessage(data), PackCharts.Trend(data)),
            (HeatMessage(data), PackTables.DutyHeatMap(data, MaxTableRows)),
            ($"本季度风险防控扣分合计{Num(k.RiskDeduction)}分", PackTables.RiskHeatMap(data, MaxTableRows)),
        };
        if (PackCharts.Radar(data) is { } radar && data.Radar is { } r && r.Axes.Where(a => a.Percent is not null).MinBy(a => a.Percent) is ({ } axis, { } percent))
        {
            slides.Add(($"{r.StationName}：{axis}得分率最低（{Num(percent)}%）", radar));
        }
        slides.Add((data.BelowPass.Count == 0 ? "本季度没有低于60分的站所" : $"{data.BelowPass.Count}个站所低于60分，需重点督导", Shorten(PackTables.BelowPass(data))));
        foreach (var section in data.ExtraSections)
        {
            slides.Add((section.Message, section.Columns.Count > 0 ? Shorten(PackTables.Section(section)) : string.Join("\n", section.Paragraphs)));
        }
        slides.Add((data.NextQuarter.Count == 0 ? "下季度暂无已排定的履职事项" : $"下季度共有{data.NextQuarter.Sum(d => d.Cells)}项履职事项到期", Shorten(PackTables.NextQuarter(data))));
        return slides;
    }

    public static byte[] Write(MeetingPackData data)
    {
        using var stream = new MemoryStream();
        using (var document = PresentationDocument.Create(stream, DocumentFormat.OpenXml.PresentationDocumentType.Presentation))
        {
            var presentation = document.AddPresentationPart();
            var master = presentation.AddNewPart<SlideMasterPart>();
            var theme = master.AddNewPart<ThemePart>();
            presentation.AddPart(theme);
            var layout = master.AddNewPart<SlideLayoutPart>();
            layout.AddPart(master);
            WriteXml(theme, Theme());
            WriteXml(layout, Layout());
            WriteXml(master, Master(master.GetIdOfPart(layout)));

            var slideIds = new StringBuilder();
            var id = 256;
            foreach (var (title, content) in Slides(data))
            {
                var slide = presentation.AddNewPart<SlidePart>();
                slide.AddPart(layout);
                WriteXml(slide, Slide(slide, title, content));
                slideIds.Append(CultureInfo.InvariantCulture, $"""<p:sldId id="{id++}" r:id="{presentation.GetIdOfPart(slide)}"/>""");
            }
            WriteXml(presentation, $"""
                <p:presentation {Ns}saveSubsetFonts="1">
                <p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="{presentation.GetIdOfPart(master)}"/></p:sldMasterIdLst>
                <p:sldIdLst>{slideIds}</p:sldIdLst>
                <p:sldSz cx="{SlideWidth}" cy="{SlideHeight}"/><p:notesSz cx="6858000" cy="9144000"/>
                </p:presentation>
                """);
        }
        return stream.ToArray();
    }

    private static string RankingMessage(MeetingPackData data) => data.Overview.Ranking switch
    {
        [] => "本季度还没有评分结果",
        [var only] => $"{only.Name}得分{Num(only.Total)}分",
        var rows => $"{rows[0].Name}得分最高（{Num(rows[0].Total)}分），{rows[^1].Name}最低（{Num(rows[^1].Total)}分）",
    };

    private static string TrendMessage(MeetingPackData data) =>
        data.Overview.Trend.LastOrDefault(t => t.AverageScore is not null) is { } last
            ? $"全县平均分{last.Month}月为{Num(last.AverageScore)}分"
            : "本年度暂无月度平均分";

    private static string HeatMessage(MeetingPackData data)
    {
        var low = data.Overview.Cells.Count(c => c.OnTimeRate is < 0.6m && OverviewStateIsPast(data, c.Month));
        return low == 0 ? "本季度各站所按时履职率均不低于60%" : $"本季度有{low}个站所月份按时履职率低于60%";
    }

    private static bool OverviewStateIsPast(MeetingPackData data, int month) =>
        Overview.OverviewCharts.StateOf(data.Period.Year, month, data.Overview.Today) == Overview.MonthState.Past;

    private static PackTable Shorten(PackTable table) => table with
    {
        Rows = [.. table.Rows.Take(MaxTableRows).Select(r => (IReadOnlyList<PackCell>)[.. r.Select(c => c.Value is string s && s.Length > 60 ? c with { Value = s[..58] + "……" } : c)])],
    };

    private static string Num(decimal? value) => value?.ToString("0.#", CultureInfo.InvariantCulture) ?? "—";

    private static string X(string text) => SecurityElement.Escape(text) ?? "";

    private static void WriteXml(OpenXmlPart part, string xml)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml);
        stream.Write(bytes);
    }

    private static string Slide(SlidePart slide, string title, object? content)
    {
        var body = content switch
        {
            PackChart chart => ChartFrame(slide, chart),
            PackTable table => TableFrame(table),
            string text => TextBox(text),
            _ => "",
        };
        return $"""
            <p:sld {Ns}><p:cSld><p:spTree>
            <p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>
            <p:sp><p:nvSpPr><p:cNvPr id="2" name="标题"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr/>
            <p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="zh-CN" altLang="en-US"/><a:t>{X(title)}</a:t></a:r></a:p></p:txBody></p:sp>
            {body}
            </p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>
            """;
    }

    private static string Run(string text, int size, bool bold = false) =>
        $"""<a:r><a:rPr lang="zh-CN" altLang="en-US" sz="{size}"{(bold ? " b=\"1\"" : "")}><a:latin typeface="{Font}"/><a:ea typeface="{Font}"/></a:rPr><a:t>{X(text)}</a:t></a:r>""";

    private static string TextBox(string text) => $"""
        <p:sp><p:nvSpPr><p:cNvPr id="3" name="说明"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>
        <p:spPr><a:xfrm><a:off x="{Left}" y="{ContentTop + 914400}"/><a:ext cx="{ContentWidth}" cy="1828800"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>
        <p:txBody><a:bodyPr wrap="square"/><a:lstStyle/>{string.Concat(text.Split('\n').Select(line => $"<a:p><a:pPr algn=\"ctr\"/>{Run(line, 2000)}</a:p>"))}</p:txBody></p:sp>
        """;

    private static string TableFrame(PackTable table)
    {
        var columns = Math.Max(1, table.Columns.Count);
        var rowHeight = Math.Min(365760L, ContentHeight / (table.Rows.Count + 1));
        var size = table.Rows.Count > 10 || columns > 6 ? 1000 : 1200;
        var widths = ColumnWidths(table, columns);
        var header = string.Concat(table.Columns.Select(c => TableCell(c, "D9D9D9", size, bold: true)));
        var rows = string.Concat(table.Rows.Select(r => $"""<a:tr h="{rowHeight}">{string.Concat(r.Select(c => TableCell(c.Text, c.Fill, size, bold: false)))}</a:tr>"""));
        return $"""
            <p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="3" name="{X(table.Title)}"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>
            <p:xfrm><a:off x="{Left}" y="{ContentTop}"/><a:ext cx="{ContentWidth}" cy="{rowHeight * (table.Rows.Count + 1)}"/></p:xfrm>
            <a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblPr firstRow="1"/>
            <a:tblGrid>{string.Concat(widths.Select(w => $"<a:gridCol w=\"{w}\"/>"))}</a:tblGrid>
            <a:tr h="{rowHeight}">{header}</a:tr>{rows}
            </a:tbl></a:graphicData></a:graphic></p:graphicFrame>
            """;
    }

    /// <summary>Widths in proportion to the longest text of each column (CJK counted double), summing to the content width.</summary>
    private static long[] ColumnWidths(PackTable table, int columns)
    {
        var weights = Enumerable.Range(0, columns).Select(i => Math.Clamp(table.Rows.Select(r => i < r.Count ? r[i].Text : "")
            .Append(i < table.Columns.Count ? table.Columns[i] : "").Max(t => t.Sum(ch => ch >= 0x2E80 ? 2.0 : 1.0)), 4, 40)).ToArray();
        var total = weights.Sum();
        return [.. weights.Select(w => (long)(ContentWidth * w / total))];
    }

    private static string TableCell(string text, string? fill, int size, bool bold)
    {
        const string Line = """<a:solidFill><a:srgbClr val="A6A6A6"/></a:solidFill>""";
        var background = fill is null ? "" : $"""<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>""";
        return $"""
            <a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p><a:pPr algn="ctr"/>{Run(text, size, bold)}</a:p></a:txBody>
            <a:tcPr marL="45720" marR="45720" marT="22860" marB="22860" anchor="ctr"><a:lnL w="6350">{Line}</a:lnL><a:lnR w="6350">{Line}</a:lnR><a:lnT w="6350">{Line}</a:lnT><a:lnB w="6350">{Line}</a:lnB>{background}</a:tcPr></a:tc>
            """;
    }

    private static string ChartFrame(SlidePart slide, PackChart chart)
    {
        var part = slide.AddNewPart<ChartPart>();
        var embedded = part.AddEmbeddedPackagePart(EmbeddedPackagePartType.Xlsx);
        using (var data = new MemoryStream(PackWorkbook.Write([chart.Data])))
        {
            embedded.FeedData(data);
        }
        WriteXml(part, ChartXml(chart, part.GetIdOfPart(embedded)));
        return $"""
            <p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="3" name="图表"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr>
            <p:xfrm><a:off x="{Left}" y="{ContentTop}"/><a:ext cx="{ContentWidth}" cy="{ContentHeight}"/></p:xfrm>
            <a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="{slide.GetIdOfPart(part)}"/></a:graphicData></a:graphic></p:graphicFrame>
            """;
    }

    private static readonly string[] Palette = ["1565C0", "2E7D32", "F9A825", "C62828", "6A1B9A", "00838F"];

    /// <summary>The chart part: series reference the embedded sheet (Sheet1!$B$2:$B$n) and cache the same values.</summary>
    public static string ChartXml(PackChart chart, string dataRelationshipId)
    {
        var n = chart.Categories.Count;
        var last = (n + 1).ToString(CultureInfo.InvariantCulture);
        var categories = $"""
            <c:cat><c:strRef><c:f>Sheet1!$A$2:$A${last}</c:f><c:strCache><c:ptCount val="{n}"/>{string.Concat(chart.Categories.Select((c, i) => $"<c:pt idx=\"{i}\"><c:v>{X(c)}</c:v></c:pt>"))}</c:strCache></c:strRef></c:cat>
            """;
        string Series(PackSeries s, int index)
        {
            var column = XlsxWriter.Column(index + 1);
            var points = string.Concat(s.Values.Select((v, i) => v is { } value ? $"<c:pt idx=\"{i}\"><c:v>{value.ToString(CultureInfo.InvariantCulture)}</c:v></c:pt>" : ""));
            var color = Palette[index % Palette.Length];
            var look = chart.Kind switch
            {
                PackChartKind.Line or PackChartKind.Radar => $"""<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="{color}"/></a:solidFill></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="6"/></c:marker>""",
                PackChartKind.Pie => string.Concat(Enumerable.Range(0, n).Select(i => $"""<c:dPt><c:idx val="{i}"/><c:bubble3D val="0"/><c:spPr><a:solidFill><a:srgbClr val="{Palette[i % Palette.Length]}"/></a:solidFill></c:spPr></c:dPt>""")),
                _ => $"""<c:spPr><a:solidFill><a:srgbClr val="{color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>""",
            };
            var labels = chart.Kind is PackChartKind.Bar or PackChartKind.Pie
                ? $"""<c:dLbls><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="{(chart.Kind == PackChartKind.Pie ? 1 : 0)}"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>"""
                : "";
            return $"""
                <c:ser><c:idx val="{index}"/><c:order val="{index}"/>
                <c:tx><c:strRef><c:f>Sheet1!${column}$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>{X(s.Name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>
                {look}{labels}{categories}
                <c:val><c:numRef><c:f>Sheet1!${column}$2:${column}${last}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="{n}"/>{points}</c:numCache></c:numRef></c:val>
                {(chart.Kind == PackChartKind.Line ? "<c:smooth val=\"0\"/>" : "")}</c:ser>
                """;
        }
        var series = string.Concat(chart.Series.Select(Series));
        var scaling = (chart.Min is { } min ? $"<c:min val=\"{min.ToString(CultureInfo.InvariantCulture)}\"/>" : "");
        var maxScale = chart.Max is { } max ? $"<c:max val=\"{max.ToString(CultureInfo.InvariantCulture)}\"/>" : "";
        var horizontalBars = chart.Kind == PackChartKind.Bar;
        var axes = $"""
            <c:catAx><c:axId val="111"/><c:scaling><c:orientation val="{(horizontalBars ? "maxMin" : "minMax")}"/></c:scaling><c:delete val="0"/><c:axPos val="{(horizontalBars ? "l" : "b")}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="222"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>
            <c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/>{maxScale}{scaling}</c:scaling><c:delete val="0"/><c:axPos val="{(horizontalBars ? "b" : "l")}"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="111"/><c:crosses val="{(horizontalBars ? "max" : "autoZero")}"/><c:crossBetween val="between"/></c:valAx>
            """;
        var plot = chart.Kind switch
        {
            PackChartKind.Bar => $"""<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>{series}<c:gapWidth val="60"/><c:axId val="111"/><c:axId val="222"/></c:barChart>{axes}""",
            PackChartKind.Line => $"""<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>{series}<c:marker val="1"/><c:axId val="111"/><c:axId val="222"/></c:lineChart>{axes}""",
            PackChartKind.Radar => $"""<c:radarChart><c:radarStyle val="marker"/><c:varyColors val="0"/>{series}<c:axId val="111"/><c:axId val="222"/></c:radarChart>{axes}""",
            _ => $"""<c:pieChart><c:varyColors val="1"/>{series}<c:firstSliceAng val="0"/></c:pieChart>""",
        };
        return $"""
            <c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <c:lang val="zh-CN"/><c:roundedCorners val="0"/>
            <c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>{plot}</c:plotArea>
            <c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>
            <c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200"><a:latin typeface="{Font}"/><a:ea typeface="{Font}"/></a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>
            <c:externalData r:id="{dataRelationshipId}"><c:autoUpdate val="0"/></c:externalData>
            </c:chartSpace>
            """;
    }

    private static string TitleShape(string name) => $"""
        <p:sp><p:nvSpPr><p:cNvPr id="2" name="{name}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr>
        <p:spPr><a:xfrm><a:off x="{Left}" y="304800"/><a:ext cx="{ContentWidth}" cy="914400"/></a:xfrm></p:spPr>
        <p:txBody><a:bodyPr anchor="ctr"><a:normAutofit/></a:bodyPr><a:lstStyle/><a:p><a:endParaRPr lang="zh-CN"/></a:p></p:txBody></p:sp>
        """;

    private const string EmptyTree = """<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>""";

    private static string Master(string layoutId) => $"""
        <p:sldMaster {Ns}><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg><p:spTree>{EmptyTree}{TitleShape("标题占位符")}</p:spTree></p:cSld>
        <p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>
        <p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="{layoutId}"/></p:sldLayoutIdLst>
        <p:txStyles>
        <p:titleStyle><a:lvl1pPr algn="l"><a:defRPr sz="2800" b="1"><a:solidFill><a:srgbClr val="B71C1C"/></a:solidFill><a:latin typeface="{Font}"/><a:ea typeface="{Font}"/></a:defRPr></a:lvl1pPr></p:titleStyle>
        <p:bodyStyle><a:lvl1pPr><a:defRPr sz="2000"><a:latin typeface="{Font}"/><a:ea typeface="{Font}"/></a:defRPr></a:lvl1pPr></p:bodyStyle>
        <p:otherStyle><a:lvl1pPr><a:defRPr sz="1800"><a:latin typeface="{Font}"/><a:ea typeface="{Font}"/></a:defRPr></a:lvl1pPr></p:otherStyle>
        </p:txStyles></p:sldMaster>
        """;

    private static string Layout() => $"""
        <p:sldLayout {Ns}type="titleOnly" preserve="1"><p:cSld name="仅标题"><p:spTree>{EmptyTree}{TitleShape("标题 1")}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>
        """;

    private static string Theme()
    {
        static string Fill(string color) => $"<a:solidFill><a:srgbClr val=\"{color}\"/></a:solidFill>";
        return $"""
            <a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="联席会"><a:themeElements>
            <a:clrScheme name="联席会"><a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F2937"/></a:dk2><a:lt2><a:srgbClr val="F3F4F6"/></a:lt2>
            <a:accent1><a:srgbClr val="1565C0"/></a:accent1><a:accent2><a:srgbClr val="2E7D32"/></a:accent2><a:accent3><a:srgbClr val="F9A825"/></a:accent3><a:accent4><a:srgbClr val="C62828"/></a:accent4><a:accent5><a:srgbClr val="6A1B9A"/></a:accent5><a:accent6><a:srgbClr val="00838F"/></a:accent6>
            <a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>
            <a:fontScheme name="联席会"><a:majorFont><a:latin typeface="{Font}"/><a:ea typeface="{Font}"/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="{Font}"/><a:ea typeface="{Font}"/><a:cs typeface=""/></a:minorFont></a:fontScheme>
            <a:fmtScheme name="联席会">
            <a:fillStyleLst>{Fill("FFFFFF")}{Fill("EEEEEE")}{Fill("DDDDDD")}</a:fillStyleLst>
            <a:lnStyleLst><a:ln w="6350">{Fill("A6A6A6")}</a:ln><a:ln w="12700">{Fill("A6A6A6")}</a:ln><a:ln w="19050">{Fill("A6A6A6")}</a:ln></a:lnStyleLst>
            <a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>
            <a:bgFillStyleLst>{Fill("FFFFFF")}{Fill("F3F4F6")}{Fill("E5E7EB")}</a:bgFillStyleLst>
            </a:fmtScheme></a:themeElements></a:theme>
            """;
    }
}
