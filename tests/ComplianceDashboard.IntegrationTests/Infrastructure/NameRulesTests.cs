using ComplianceDashboard.IntegrationTests.Infrastructure.Localization;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Infrastructure;

namespace ComplianceDashboard.IntegrationTests.Infrastructure;

/// <summary>The one rule for typed names and titles, as the import and every form apply it.</summary>
[Trait(TestDatabase.ProviderTrait, TestDatabase.Neutral)]
public class NameRulesTests
{
    public static TheoryData<string, string> Hostile => new()
    {
        { "<img src=x onerror=alert(1)>", "markup" },
        { "桐琴<script>", "a tag" },
        { "a > b", "a lone >" },
        { "王\u0007五", "BEL" },
        { "王\n五", "a line break" },
        { "王\t五", "a tab" },
        { "王\u0000五", "NUL" },
        { "王\u202E五", "a bidi override" },
        { "王\u200B五", "a zero-width space" },
        { "王\u2028五", "a line separator" },
        { "王\uE000五", "a private-use character" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Control_format_and_markup_characters_are_refused_with_the_field_message(string value, string what)
    {
        var check = NameRules.Check(value, NameRules.PersonName);
        Assert.True(check.Error == "姓名不能包含控制字符或尖括号 < >", $"{what}: {check.Error}");
    }

    [Fact]
    public void A_lone_surrogate_is_refused() // not in the theory data: xunit would turn it into U+FFFD
    {
        Assert.Equal("姓名不能包含控制字符或尖括号 < >", NameRules.Check("王\uD800五", NameRules.PersonName).Error);
        Assert.Equal("姓名不能包含控制字符或尖括号 < >", NameRules.Check("王\uDC00", NameRules.PersonName).Error);
    }

    [Theory]
    [InlineData("  清溪供电所 ", "清溪供电所")]
    [InlineData("\u3000电力红船·光明驿站\u3000", "电力红船·光明驿站")]
    [InlineData("关于《清廉站所》的检查 & 整改（第1次）", "关于《清廉站所》的检查 & 整改（第1次）")]
    [InlineData("O'Brien \"Jr.\"", "O'Brien \"Jr.\"")]
    public void Ordinary_names_pass_trimmed(string value, string expected)
    {
        var check = NameRules.Check(value, NameRules.RecordTitle);
        Assert.Null(check.Error);
        Assert.Equal(expected, check.Value);
    }

    [Fact]
    public void Lengths_are_counted_in_characters_and_limited_per_field()
    {
        Assert.Equal(50, NameRules.StationName.MaxLength);
        Assert.Equal(50, NameRules.ServicePointName.MaxLength);
        Assert.Equal(30, NameRules.PersonName.MaxLength);
        Assert.Null(NameRules.Check(new string('王', 30), NameRules.PersonName).Error);
        Assert.Equal("姓名不能超过30个字", NameRules.Check(new string('王', 31), NameRules.PersonName).Error);
        Assert.Equal("站点名称不能超过50个字", NameRules.Check(new string('村', 51), NameRules.ServicePointName).Error);
        // A rare character outside the BMP (two UTF-16 units) is one character.
        Assert.Null(NameRules.Check(string.Concat(Enumerable.Repeat("𠀀", 30)), NameRules.PersonName).Error);
    }

    [Fact]
    public void Empty_is_an_error_only_when_required()
    {
        Assert.Equal("请填写姓名", NameRules.Check("   ", NameRules.PersonName).Error);
        Assert.Equal(new NameCheck("", null), NameRules.Check(null, NameRules.Village, required: false));
    }

    [Fact]
    public void Every_name_message_has_an_English_translation()
    {
        var english = UiStrings.EnglishEntries();
        var missing = NameRules.All.SelectMany(r => r.Messages).Where(m => !english.ContainsKey(m)).ToList();
        Assert.True(missing.Count == 0, "No English for: " + string.Join("、", missing));
    }
}
