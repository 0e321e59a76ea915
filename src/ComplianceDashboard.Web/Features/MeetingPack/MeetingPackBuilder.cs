using ComplianceDashboard.Web.Features.Overview;

namespace ComplianceDashboard.Web.Features.MeetingPack;

/// <summary>The pack's three files from its data.</summary>
public static class MeetingPackBuilder
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string PptxType = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly IReadOnlyList<string> Kinds = ["docx", "pptx", "xlsx"];

    public static string ContentType(string kind) => kind switch
    {
        "docx" => DocxType,
        "pptx" => PptxType,
        _ => XlsxType,
    };

    /// <summary>"2026年第三季度联席会材料-全县.docx".</summary>
    public static string FileName(DashboardPeriod period, string scopeLabel, string kind)
    {
        var scope = scopeLabel.Length > 20 ? scopeLabel[..20] : scopeLabel;
        var name = $"{period.Year}年第{"一二三四"[period.Quarter!.Value - 1]}季度联席会材料-{scope}.{kind}";
        return string.Concat(name.Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c));
    }

    /// <summary>Every table and chart of the pack, one sheet each (the data behind the report and the slides).</summary>
    public static IReadOnlyList<PackTable> WorkbookTables(MeetingPackData data) =>
    [
        PackTables.Summary(data),
        PackTables.Grades(data),
        PackTables.DutyHeatMap(data, int.MaxValue) with { Sheet = "履职热力图" },
        PackTables.RiskHeatMap(data, int.MaxValue) with { Sheet = "风险扣分热力图" },
        PackTables.Ranking(data),
        PackTables.Trend(data),
        .. PackTables.Radar(data) is { } radar ? [radar] : Array.Empty<PackTable>(),
        PackTables.BelowPass(data),
        .. data.ExtraSections.Select(PackTables.Section),
        PackTables.NextQuarter(data),
    ];

    public static byte[] Docx(MeetingPackData data) => DocxReport.Write(data);

    public static byte[] Pptx(MeetingPackData data) => PptxDeck.Write(data);

    public static byte[] Xlsx(MeetingPackData data) => PackWorkbook.Write(WorkbookTables(data));
}
