namespace ComplianceDashboard.Web.Features.Records;

/// <summary>The record form's question before saving a second record for a once-per-period duty (<see cref="DuplicateRecord"/>).</summary>
public static class DuplicateWarning
{
    public static string Title(IStringLocalizer l) => l["该期间已有记录"];

    public static string ConfirmText(IStringLocalizer l) => l["仍然保存"];

    /// <summary>本站所 2026年3月 已有一条监督小组会议记录（2026-03-12），再保存一条不会重复计分。确定要保存吗？</summary>
    public static string Message(IStringLocalizer l, DuplicateRecord d)
    {
        var period = RecordPeriods.LocalLabel(d.Period);
        var kind = l[Domain.Scoring.ChineseNames.Of(d.Kind)].Value;
        var date = d.EventDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return d.SubjectName is { } subject
            ? l["本站所 {0} {1} 已有一条{2}记录（{3}），再保存一条不会重复计分。确定要保存吗？", subject, period, kind, date]
            : l["本站所 {0} 已有一条{1}记录（{2}），再保存一条不会重复计分。确定要保存吗？", period, kind, date];
    }

    public static string LinkText(IStringLocalizer l, DuplicateRecord d) => l["查看已有记录：{0}", d.Title];

    public static string LinkHref(DuplicateRecord d) => $"records/{d.RecordId}";
}
