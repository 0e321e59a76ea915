using ComplianceDashboard.IntegrationTests.TestSupport;

namespace ComplianceDashboard.IntegrationTests.Grading;

[Trait(TestDatabase.ProviderTrait, TestDatabase.Neutral)]
[Collection(ReadOnlyAppGroup.Name)]
public class SchemePageTests(TestApp app)
{
    [Fact]
    public async Task Scheme_page_lists_every_item_and_shows_the_seed_label_mismatch_as_a_warning()
    {
        using var client = await app.SignInAsync("shuji1");

        var html = await client.GetStringAsync("/settings/scheme");

        Assert.Contains("二级指标「供电服务」标注10分，但所含评分项合计12分", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"scheme-warning\"", html, StringComparison.Ordinal);
        Assert.Contains("监督小组会议", html, StringComparison.Ordinal);
        Assert.Contains("优秀（示范型）", html, StringComparison.Ordinal);
        Assert.Contains("缺一项扣2分，扣完为止", html, StringComparison.Ordinal);
    }
}
