namespace ComplianceDashboard.Domain.Supervision;

/// <summary>Where a finding (问题) stands. A re-opened finding goes back to <see cref="Rectifying"/> (its re-openings are counted).</summary>
public enum FindingStatus
{
    Open,       // 待整改
    Rectifying, // 整改中
    Closed,     // 已销号
}

public enum FindingSeverity
{
    Minor,   // 一般
    Serious, // 较重
    Major,   // 严重
}

public enum FindingCategory
{
    ServiceQuality, // 服务质量
    Integrity,      // 廉洁纪律
    WorkStyle,      // 作风建设
    Procedure,      // 制度执行
    Ledger,         // 台账资料
    Other,          // 其他
}

/// <summary>整改成效 after close-out.</summary>
public enum RectificationEffect
{
    Effective,        // 整改到位
    PartlyEffective,  // 基本到位
    Ineffective,      // 未见成效
}

/// <summary>The state of a finding a rule looks at (no storage, no clock).</summary>
public sealed record FindingState(FindingStatus Status, DateOnly Deadline, DateOnly? ClosedOn, string ResponsibleName);

/// <summary>What a close-out (销号) offers: the verifier, how many evidence files and rectification entries there are.</summary>
public sealed record CloseOutRequest(string? VerifierName, int EvidenceFiles, int RectificationEntries, DateOnly ClosedOn);

/// <summary>One reason a close-out is refused: the field it concerns and the Chinese message.</summary>
public sealed record RuleError(string Field, string Message);

/// <summary>
/// The rules of a finding's life (domain §8): deadline, overdue (逾期, red and escalated), close-out (销号) only with
/// rectification evidence and a verifier who is not the responsible person, effect evaluation only after close-out.
/// Deadlines of findings are calendar days: the day the finding must be rectified by, inclusive.
/// </summary>
public static class FindingRules
{
    /// <summary>Overdue on <paramref name="today"/>: not closed out and the deadline has passed.</summary>
    public static bool IsOverdue(FindingState finding, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Status != FindingStatus.Closed && today > finding.Deadline;
    }

    /// <summary>Days past the deadline on <paramref name="today"/> (0 when not overdue).</summary>
    public static int DaysOverdue(FindingState finding, DateOnly today) =>
        IsOverdue(finding, today) ? today.DayNumber - finding.Deadline.DayNumber : 0;

    /// <summary>Closed out after its deadline (逾期销号).</summary>
    public static bool ClosedLate(FindingState finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Status == FindingStatus.Closed && finding.ClosedOn is { } closed && closed > finding.Deadline;
    }

    /// <summary>The ageing bucket of an open finding: 未到期, 逾期1–7天, 8–30天, 31–90天, 90天以上.</summary>
    public static AgeingBucket Bucket(FindingState finding, DateOnly today) => DaysOverdue(finding, today) switch
    {
        0 => AgeingBucket.NotDue,
        <= 7 => AgeingBucket.UpTo7,
        <= 30 => AgeingBucket.UpTo30,
        <= 90 => AgeingBucket.UpTo90,
        _ => AgeingBucket.Over90,
    };

    /// <summary>The errors of a deadline for a finding found on <paramref name="foundOn"/> (none when it is valid).</summary>
    public static IReadOnlyList<RuleError> CheckDeadline(DateOnly foundOn, DateOnly? deadline)
    {
        if (deadline is not { } d)
        {
            return [new("Deadline", "请填写整改期限")];
        }
        return d < foundOn ? [new("Deadline", "整改期限不能早于发现日期")] : [];
    }

    /// <summary>
    /// Whether the finding may be closed out (销号) now: it is not closed, there is at least one rectification entry and
    /// one evidence file, a verifier is named who is not the responsible person, and the close-out date is not in the future.
    /// </summary>
    public static IReadOnlyList<RuleError> CheckCloseOut(FindingState finding, CloseOutRequest request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<RuleError>();
        if (finding.Status == FindingStatus.Closed)
        {
            errors.Add(new("", "该问题已销号"));
            return errors;
        }
        if (request.RectificationEntries == 0)
        {
            errors.Add(new("Rectification", "销号前须登记整改措施"));
        }
        if (request.EvidenceFiles == 0)
        {
            errors.Add(new("Evidence", "销号须上传整改佐证材料"));
        }
        var verifier = Normalise(request.VerifierName);
        if (verifier.Length == 0)
        {
            errors.Add(new("Verifier", "请填写验证人"));
        }
        else if (string.Equals(verifier, Normalise(finding.ResponsibleName), StringComparison.Ordinal))
        {
            errors.Add(new("Verifier", "验证人不能是整改责任人本人"));
        }
        if (request.ClosedOn > today)
        {
            errors.Add(new("ClosedOn", "销号日期不能晚于今天"));
        }
        return errors;
    }

    /// <summary>Only a closed-out finding can be re-opened, and only with a reason.</summary>
    public static IReadOnlyList<RuleError> CheckReopen(FindingState finding, string? reason)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (finding.Status != FindingStatus.Closed)
        {
            return [new("", "只有已销号的问题可以重新打开")];
        }
        return string.IsNullOrWhiteSpace(reason) ? [new("Reason", "请填写重新打开的原因")] : [];
    }

    /// <summary>The effect evaluation (整改成效) is recorded after close-out only.</summary>
    public static IReadOnlyList<RuleError> CheckEffect(FindingState finding, string? note)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (finding.Status != FindingStatus.Closed)
        {
            return [new("", "销号后才能评价整改成效")];
        }
        return string.IsNullOrWhiteSpace(note) ? [new("EffectNote", "请填写整改成效评价")] : [];
    }

    private static string Normalise(string? name) => (name ?? "").Trim();
}

public enum AgeingBucket
{
    NotDue,  // 未到期
    UpTo7,   // 逾期1–7天
    UpTo30,  // 逾期8–30天
    UpTo90,  // 逾期31–90天
    Over90,  // 逾期90天以上
}
