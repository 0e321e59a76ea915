using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.ComponentTests.Components.Layout;

public class CultureSwitchTests : ComponentTest
{
    [Fact]
    public void The_language_link_returns_to_the_page_shown_now_after_in_app_navigation()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("?year=2026");
        var cut = Render<CultureSwitch>();
        Assert.Equal("culture?c=en&returnUrl=%2F%3Fyear%3D2026", cut.Find("a.culture-link").GetAttribute("href"));

        // As a menu link does: the layout, and this switch in it, stay on the page.
        navigation.NavigateTo("supervision/findings?year=2026&station=1&month=12");

        cut.WaitForAssertion(() => Assert.Equal(
            "culture?c=en&returnUrl=%2Fsupervision%2Ffindings%3Fyear%3D2026%26station%3D1%26month%3D12",
            cut.Find("a.culture-link").GetAttribute("href")));
    }

    [Fact]
    public void In_English_the_link_offers_Chinese()
    {
        UseCulture("en");

        var cut = Render<CultureSwitch>();

        var link = cut.Find("a.culture-link");
        Assert.Equal("中文", link.TextContent);
        Assert.StartsWith("culture?c=zh-CN&returnUrl=", link.GetAttribute("href"), StringComparison.Ordinal);
    }
}
