using System.Buffers;
using System.Text;

namespace ComplianceDashboard.Web.Infrastructure;

/// <summary>
/// A name or title typed by a person or read from an import file: what the form calls it (Chinese, also the key of
/// its English text) and how long it may be. The messages are whole sentences so that the localizer finds each one
/// in SharedResource.en.resx (EnglishResourceTests checks every message of <see cref="NameRules.All"/>).
/// </summary>
public sealed record NameRule(string Label, int MaxLength)
{
    public string RequiredMessage => $"请填写{Label}";

    public string TooLongMessage => $"{Label}不能超过{MaxLength}个字";

    public string InvalidMessage => $"{Label}不能包含控制字符或尖括号 < >";

    public IEnumerable<string> Messages => [RequiredMessage, TooLongMessage, InvalidMessage];
}

/// <summary>The trimmed value, and the Chinese message when it breaks its rule.</summary>
public readonly record struct NameCheck(string Value, string? Error)
{
    public bool IsValid => Error is null;
}

/// <summary>
/// The one rule for names and titles, used by the import (ImportValidator, RecordValidator of
/// Features/Import) and by every form service that saves one: trimmed; printable text only — no control, format
/// (zero-width, bidi override), private-use, unassigned or lone surrogate characters and no line breaks; no
/// <c>&lt;</c> or <c>&gt;</c>, so a name can never become markup wherever it ends up (chart tooltips, exports,
/// e-mails, other tools reading the database); and at most <see cref="NameRule.MaxLength"/> characters (a
/// character outside the BMP, e.g. a rare surname, counts as one).
/// </summary>
public static class NameRules
{
    public static readonly NameRule StationCode = new("站所编码", 20);
    public static readonly NameRule StationName = new("站所名称", 50);
    public static readonly NameRule Township = new("乡镇", 50);
    public static readonly NameRule ServicePointName = new("站点名称", 50);
    public static readonly NameRule Village = new("所在村", 50);
    public static readonly NameRule PersonName = new("姓名", 30);
    public static readonly NameRule JobTitle = new("本职岗位", 50);
    public static readonly NameRule Phone = new("电话", 30);
    public static readonly NameRule DocumentNo = new("文号", 60);
    public static readonly NameRule RecordTitle = new("标题", 200);
    public static readonly NameRule ResponsibilityListTitle = new("清单名称", 200);
    public static readonly NameRule RoundName = new("评价名称", 200);
    public static readonly NameRule Owner = new("责任人", 30);
    public static readonly NameRule ProjectName = new("工程项目名称", 100);

    public static IReadOnlyList<NameRule> All { get; } =
    [
        StationCode, StationName, Township, ServicePointName, Village, PersonName, JobTitle, Phone,
        DocumentNo, RecordTitle, ResponsibilityListTitle, RoundName, Owner, ProjectName,
    ];

    /// <summary>Trims <paramref name="value"/> and checks it; an empty value is an error only when <paramref name="required"/>.</summary>
    public static NameCheck Check(string? value, NameRule rule, bool required = true)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return new NameCheck("", required ? rule.RequiredMessage : null);
        }
        if (!IsPrintable(trimmed))
        {
            return new NameCheck(trimmed, rule.InvalidMessage);
        }
        if (Length(trimmed) > rule.MaxLength)
        {
            return new NameCheck(trimmed, rule.TooLongMessage);
        }
        return new NameCheck(trimmed, null);
    }

    /// <summary>Characters as a person counts them (a surrogate pair is one).</summary>
    public static int Length(string text) => text.EnumerateRunes().Count();

    /// <summary>True when every character is printable text and none is <c>&lt;</c> or <c>&gt;</c>.</summary>
    public static bool IsPrintable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var used) != OperationStatus.Done)
            {
                return false; // a lone surrogate
            }
            if (rune.Value is '<' or '>' || IsHidden(Rune.GetUnicodeCategory(rune)))
            {
                return false;
            }
            rest = rest[used..];
        }
        return true;
    }

    private static bool IsHidden(UnicodeCategory category) => category is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
