using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Domain.Schemes;
using ComplianceDashboard.Web.Features.Schemes;
using ComplianceDashboard.Web.Grading;
using ComplianceDashboard.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceDashboard.ComponentTests.Schemes;

public class SchemePageTests : ComponentTest
{
    public SchemePageTests() => Services.AddSingleton(new SchemeGrader(Options.Create(new AppOptions())));

    [Fact]
    public void The_seed_label_mismatch_is_shown_as_a_warning_alert()
    {
        RenderProviders();
        var page = Render<SchemePage>();

        var warnings = page.FindAll("[data-testid=scheme-warning]");
        Assert.NotEmpty(warnings);
        Assert.Contains(warnings, w => w.ClassList.Contains("mud-alert") && w.TextContent.Contains("二级指标「供电服务」标注10分，但所含评分项合计12分", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_item_obligation_and_grade_band_is_listed_with_its_rule()
    {
        RenderProviders();
        var scheme = Scheme.LoadEmbedded("QL-2022");
        var page = Render<SchemePage>();

        var items = page.FindAll("[data-testid=scheme-items] tbody tr");
        Assert.Equal(scheme.Items.Count, items.Count);
        var item12a = items.Single(r => r.Children[2].TextContent.Trim() == "12a");
        Assert.Equal("缺一项扣2分，扣完为止", item12a.QuerySelector("[data-testid=rule]")!.TextContent.Trim());
        Assert.Contains("服务公开（8）", item12a.TextContent, StringComparison.Ordinal);
        Assert.Equal(scheme.Obligations.Count, page.FindAll("[data-testid=scheme-obligations] tbody tr").Count);
        Assert.Contains("监督小组会议", page.Find("[data-testid=scheme-obligations]").TextContent, StringComparison.Ordinal);
        Assert.Contains("优秀（示范型）", page.Find("[data-testid=grade-bands]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scheme_without_warnings_shows_no_alert()
    {
        var none = Render<SchemeWarnings>(p => p.Add(w => w.Warnings, []));
        Assert.Empty(none.FindAll(".mud-alert"));
    }
}
