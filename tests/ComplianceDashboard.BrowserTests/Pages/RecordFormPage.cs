using ComplianceDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Pages;

/// <summary>/records/new and /records/{id}/edit as a person sees them.</summary>
public sealed class RecordFormPage(IPage page)
{
    public ILocator Form => page.GetByTestId("record-form");
    public ILocator Title => Form.Locator("#Title");
    public ILocator Content => Form.Locator("#Content");
    public ILocator EventDate => Form.Locator("#EventDate");
    public ILocator MemberBoxes => page.GetByTestId("present-members").GetByRole(AriaRole.Checkbox);
    public ILocator Quorum => page.GetByTestId("quorum");
    public ILocator Save => page.GetByTestId("save-record");

    public async Task OpenAsync(string query)
    {
        await AppNavigation.OpenAsync(page, $"/records/new?{query}");
        await page.Locator("html[data-interactive='true']").WaitForAsync();
        await Assertions.Expect(Form).ToBeVisibleAsync();
    }

    public async Task SetDateAsync(string yyyyMMdd)
    {
        await EventDate.FillAsync(yyyyMMdd);
        await EventDate.PressAsync("Tab");
    }

    public async Task CheckAllMembersAsync()
    {
        await Assertions.Expect(MemberBoxes.First).ToBeVisibleAsync();
        var count = await MemberBoxes.CountAsync();
        for (var i = 0; i < count; i++)
        {
            await MemberBoxes.Nth(i).CheckAsync();
        }
    }
}
