using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Web.Components.Shared;
using ComplianceDashboard.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceDashboard.ComponentTests.Components.Shared;

public class PeriodFilterTests : ComponentTest
{
    public PeriodFilterTests()
    {
        Services.AddSingleton<TimeProvider>(new FixedTime(new DateTimeOffset(2026, 8, 15, 2, 0, 0, TimeSpan.Zero)));
        Services.AddSingleton(Options.Create(new AppOptions()));
        Services.AddSingleton<AppClock>();
    }

    [Theory]
    [InlineData("", 2026, null, "?year=2026")]
    [InlineData("", 2025, 3, "?year=2025&quarter=3")]
    [InlineData("stations/3", 2026, 1, "stations/3?year=2026&quarter=1")]
    public void The_period_is_a_shareable_url(string basePath, int year, int? quarter, string expected) =>
        Assert.Equal(expected, PeriodFilter.Url(basePath, year, quarter));

    [Fact]
    public void Shows_the_chosen_year_and_quarter()
    {
        var cut = Render<PeriodFilter>(p => p.Add(c => c.Year, 2025).Add(c => c.Quarter, 3).Add(c => c.BasePath, "stations/3"));

        Assert.Equal("2025", Shown(cut.Find("[data-testid=period-year]")));
        Assert.Equal("第三季度", Shown(cut.Find("[data-testid=period-quarter]")));
    }

    [Fact]
    public void Whole_year_reads_全年_and_the_quarter_can_be_hidden()
    {
        var cut = Render<PeriodFilter>(p => p.Add(c => c.Year, 2026).Add(c => c.BasePath, ""));
        Assert.Equal("全年", Shown(cut.Find("[data-testid=period-quarter]")));

        var yearOnly = Render<PeriodFilter>(p => p.Add(c => c.Year, 2026).Add(c => c.BasePath, "").Add(c => c.ShowQuarter, false));
        Assert.Empty(yearOnly.FindAll("[data-testid=period-quarter]"));
    }

    /// <summary>What a select shows: an input's value, or the text of the div MudSelect draws for rich items.</summary>
    private static string? Shown(AngleSharp.Dom.IElement select) => select.GetAttribute("value") ?? select.TextContent.Trim();

    [Fact]
    public void Choosing_a_quarter_navigates_to_its_url()
    {
        var popover = Render<MudBlazor.MudPopoverProvider>();
        var navigation = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        var cut = Render<PeriodFilter>(p => p.Add(c => c.Year, 2026).Add(c => c.BasePath, "stations/3"));

        cut.FindAll("div.mud-input-control.mud-select")[1].MouseDown();
        popover.WaitForAssertion(() => Assert.Contains(popover.FindAll(".mud-list-item"), e => e.TextContent.Trim() == "第二季度"));
        popover.FindAll(".mud-list-item").First(e => e.TextContent.Trim() == "第二季度").Click();

        cut.WaitForAssertion(() => Assert.EndsWith("stations/3?year=2026&quarter=2", navigation.Uri, StringComparison.Ordinal));
    }
}

internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
