namespace ComplianceDashboard.Web.Features.Stations;

/// <summary>
/// An item's rule and explanation in the UI language. The grader writes explanations in Chinese, parts joined by
/// "；" ("3月缺少监督小组会议纪要，扣2分；…"); each part is looked up on its own (MessageLocalizer fills the English
/// template of a part that carries values), so a grade stored in Chinese reads in English too.
/// </summary>
public static class ItemText
{
    public static string Rule(ItemScore item, IStringLocalizer l) => item.Rule switch
    {
        RuleKind.All => l["符合得分"],
        RuleKind.PerMiss => l["缺一项扣{0}分", item.RuleUnit.ToString("0.#", CultureInfo.InvariantCulture)],
        RuleKind.PerEvent => l["每起扣{0}分", item.RuleUnit.ToString("0.#", CultureInfo.InvariantCulture)],
        _ => l["加分"],
    };

    /// <summary>Things listed in the UI language: "、" between them in Chinese, ", " otherwise.</summary>
    public static string List(IEnumerable<string> things) =>
        string.Join(LocalizationExtensions.UiIsChinese ? "、" : ", ", things);

    public static string Explanation(string text, IStringLocalizer l) =>
        LocalizationExtensions.UiIsChinese ? text
            : string.Join("; ", text.Split('；', StringSplitOptions.RemoveEmptyEntries).Select(part => l[part].Value));
}
