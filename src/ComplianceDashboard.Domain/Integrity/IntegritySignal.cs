
namespace ComplianceDashboard.Domain.Integrity;

public enum SignalKind
{
    LateEntry,               // 逾期补录
    BurstBeforeEvaluation,   // 考评前突击录入
    ReusedAttachment,        // 附件重复使用
    CopiedText,              // 文本雷同
    ImpossibleAttendance,    // 参会矛盾
    ChangedAfterFinalisation, // 定稿后修改
}

/// <summary>
/// One integrity signal of one station: what looks wrong, how strongly (0–1), a plain explanation (Chinese, with the
/// template and arguments for other languages) and the records involved (which may include other stations' records
/// for a cross-station signal).
/// </summary>
public sealed record IntegritySignal(SignalKind Kind, int StationId, int Year, int Month, double Strength, SignalText Text, IReadOnlyList<long> RecordIds)
{
    /// <summary>The explanation in Chinese.</summary>
    public string Explanation => Text.ToString();

    /// <summary>
    /// Stable identity across recomputations: an explanation given for this key keeps applying while the same
    /// records give the same signal; a new record makes a new signal that needs its own explanation.
    /// </summary>
    public string Key => string.Create(CultureInfo.InvariantCulture,
        $"{Kind}:{StationId}:{Year:D4}-{Month:D2}:{string.Join(',', RecordIds.Order())}");

    public static string KindName(SignalKind kind) => kind switch
    {
        SignalKind.LateEntry => "逾期补录",
        SignalKind.BurstBeforeEvaluation => "考评前突击录入",
        SignalKind.ReusedAttachment => "附件重复使用",
        SignalKind.CopiedText => "文本雷同",
        SignalKind.ImpossibleAttendance => "参会矛盾",
        SignalKind.ChangedAfterFinalisation => "定稿后修改",
        _ => kind.ToString(),
    };
}
