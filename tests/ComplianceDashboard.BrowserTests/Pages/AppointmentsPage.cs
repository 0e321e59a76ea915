using ComplianceDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Pages;

/// <summary>/organisation/{id}/appointments: appointments grid, detected ground (b) warnings, dismissal dialog and records.</summary>
public sealed class AppointmentsPage(IPage page)
{
    public ILocator InactiveWarnings => page.GetByTestId("inactive-warning");

    public ILocator Dismissals => page.GetByTestId("dismissal-grid");

    /// <summary>The open form dialog (the dismissal form); the confirmation is a second dialog.</summary>
    public ILocator FormDialog => page.GetByRole(AriaRole.Dialog).Filter(new() { Has = page.GetByTestId("dialog-save") });

    public ILocator Confirmation => page.GetByRole(AriaRole.Dialog).Filter(new() { Has = page.GetByTestId("confirm-ok") });

    public ILocator Snackbar => page.Locator(".mud-snackbar");

    /// <param name="reload">true: read the page afresh even when it is open (what was saved, not what was shown).</param>
    public async Task OpenAsync(int stationId, bool reload = false)
    {
        await AppNavigation.OpenAsync(page, $"/organisation/{stationId}/appointments", reload);
        await page.Locator("html[data-interactive='true']").WaitForAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "解聘记录" })).ToBeVisibleAsync();
    }

    /// <summary>Opens the dismissal form from the ground (b) warning of <paramref name="personName"/>.</summary>
    public async Task StartDismissalAsync(string personName)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = $"解聘 {personName}" }).ClickAsync();
        await Assertions.Expect(FormDialog).ToBeVisibleAsync();
    }

    /// <summary>Clicks 解聘 in the form: the confirmation opens.</summary>
    public async Task SubmitDismissalAsync()
    {
        await FormDialog.GetByTestId("dialog-save").ClickAsync();
        await Assertions.Expect(Confirmation).ToBeVisibleAsync();
    }

    public async Task AnswerConfirmationAsync(bool confirm) =>
        await Confirmation.GetByTestId(confirm ? "confirm-ok" : "confirm-cancel").ClickAsync();

    public async Task CancelFormAsync() => await FormDialog.GetByTestId("dialog-cancel").ClickAsync();
}
