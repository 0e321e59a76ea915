using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Web.Features.Overview;

namespace ComplianceDashboard.ComponentTests.Overview;

public class GradeChipTests : ComponentTest
{
    [Theory]
    [InlineData("Excellent", "优秀（示范型）", true, "mud-chip-color-success", "优秀（示范型）")]
    [InlineData("Qualified", "合格（标准型）", false, "mud-chip-color-info", "合格（标准型）（暂定）")]
    [InlineData("Unqualified", "不合格", false, "mud-chip-color-error", "不合格（暂定）")]
    public void Grade_chip_is_coloured_by_grade_and_marks_a_provisional_score(string code, string label, bool isFinal, string css, string text)
    {
        var row = new StationRanking(1, "TQ01", "桐琴供电所", 90, code, label, isFinal, null, DateTime.UtcNow, 0, 0, 0);

        var cut = Render<GradeChip>(p => p.Add(c => c.Row, row));

        var chip = cut.Find($"[data-grade={code}]");
        Assert.Contains(css, chip.ClassName, StringComparison.Ordinal);
        Assert.Equal(text, chip.TextContent.Trim());
    }
}
