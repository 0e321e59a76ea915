namespace ComplianceDashboard.Domain.Integrity;

/// <summary>
/// A signal's explanation as a Chinese composite-format template and its arguments, already formatted (dates
/// yyyy-MM-dd, percentages, counts): the page shows the template in the user's language (the English template is the
/// Chinese one's entry in the app's resources) with the same arguments; <see cref="ToString"/> is the Chinese text.
/// </summary>
public sealed record SignalText(string Template, IReadOnlyList<string> Args)
{
    public SignalText(string template, params object[] args)
        : this(template, [.. args.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? "")])
    {
    }

    /// <summary>The text with <paramref name="template"/> (the Chinese one, or its translation) filled in.</summary>
    public string Format(string template) => string.Format(CultureInfo.InvariantCulture, template, [.. Args]);

    public override string ToString() => Format(Template);

    /// <summary>Every template the signals use (a translation must exist for each).</summary>
    public static IReadOnlyList<string> Templates { get; } =
    [
        LateSlowAndAfterDue, LateSlow, LateAfterDue, Burst, BurstNoHistory, ReusedAttachment, CopiedSameStation,
        CopiedOtherStation, AttendanceOutsideTerm, AttendanceTwoMeetings, ChangedAfterFinalisation,
    ];

    public const string LateSlowAndAfterDue = "{0}年{1}月的 {2} 条记录中有 {3} 条是事后补录的：{4} 条在事件发生 {5} 天以后才录入（最晚 {6} 天），{7} 条晚于所属期限的截止日才录入。";
    public const string LateSlow = "{0}年{1}月的 {2} 条记录中有 {3} 条是事后补录的：{4} 条在事件发生 {5} 天以后才录入（最晚 {6} 天）。";
    public const string LateAfterDue = "{0}年{1}月的 {2} 条记录中有 {3} 条是事后补录的：{4} 条晚于所属期限的截止日才录入。";
    public const string Burst = "{0}年的 {1} 条记录中有 {2} 条（{3}）是在考评开始（{4}）前 {5} 天内集中录入的，录入速度是本站此前平均速度的 {6} 倍；全县站所的这一比例中位数为 {7}。";
    public const string BurstNoHistory = "{0}年的 {1} 条记录中有 {2} 条（{3}）是在考评开始（{4}）前 {5} 天内集中录入的，此前几乎没有录入；全县站所的这一比例中位数为 {6}。";
    public const string ReusedAttachment = "同一个附件（SHA-256 {0}…）出现在 {1} 条不同的记录中，涉及 {2} 个站所、{3} 个期间：同一份文件不应证明不同的会议或检查。";
    public const string CopiedSameStation = "同一站所不同月份的两份记录（{0} 与 {1}）内容几乎相同：去掉标点、空格和数字后的相似度为 {2}，会议纪要或检查发现不应照抄。";
    public const string CopiedOtherStation = "不同站所的两份记录（{0} 与 {1}）内容几乎相同：去掉标点、空格和数字后的相似度为 {2}，会议纪要或检查发现不应照抄。";
    public const string AttendanceOutsideTerm = "{0} 的会议记录了 {1} 名当天不在任的人员出席（人员编号 {2}）：其任职尚未开始或已经结束。";
    public const string AttendanceTwoMeetings = "人员编号 {0} 在 {1} 同时出席了两场时间重叠的会议（记录 {2} 与 {3}），不可能同时在场。";
    public const string ChangedAfterFinalisation = "{0}年度评价已于 {1} 定稿，此后仍有 {2} 次修改、{3} 次删除（最近一次 {4}），请核对更正原因。";
}
