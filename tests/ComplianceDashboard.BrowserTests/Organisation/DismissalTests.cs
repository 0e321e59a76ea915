using ComplianceDashboard.BrowserTests.Infrastructure;
using ComplianceDashboard.BrowserTests.Pages;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Organisation;

/// <summary>
/// 解聘 is irreversible: the dismissal form asks for confirmation first. Demo station 8 (壶山供电所) has a supervisor
/// (赵军) without any record since February, detected as dismissal ground (b); the 纪委领导 dismisses him.
/// </summary>
[Collection(WritingAppServerGroup.Name)]
public class DismissalTests(AppServer server) : BrowserTest(server)
{
    [Fact]
    public async Task Dismissal_asks_for_confirmation_cancelling_changes_nothing_and_confirming_dismisses()
    {
        var page = await Server.NewSignedInPageAsync("jiwei", "/organisation/8/appointments");
        var appointments = new AppointmentsPage(page);
        await appointments.OpenAsync(8);
        await Assertions.Expect(appointments.InactiveWarnings).ToContainTextAsync("赵军");
        await Assertions.Expect(appointments.Dismissals).Not.ToContainTextAsync("赵军");

        // Cancel: the confirmation closes, the form stays, nothing is recorded.
        await appointments.StartDismissalAsync("赵军");
        await appointments.SubmitDismissalAsync();
        await Assertions.Expect(appointments.Confirmation).ToContainTextAsync("确认解聘 赵军？");
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "organisation-dismissal-confirm.png") });
        await appointments.AnswerConfirmationAsync(confirm: false);
        await Assertions.Expect(appointments.Confirmation).ToHaveCountAsync(0);
        await Assertions.Expect(appointments.FormDialog).ToBeVisibleAsync();
        await appointments.CancelFormAsync();
        await Assertions.Expect(appointments.FormDialog).ToHaveCountAsync(0);
        await appointments.OpenAsync(8, reload: true);
        await Assertions.Expect(appointments.InactiveWarnings).ToContainTextAsync("赵军");
        await Assertions.Expect(appointments.Dismissals).Not.ToContainTextAsync("赵军");

        // Confirm: the dismissal is recorded and the warning is gone.
        await appointments.StartDismissalAsync("赵军");
        await appointments.SubmitDismissalAsync();
        await appointments.AnswerConfirmationAsync(confirm: true);
        await Assertions.Expect(appointments.FormDialog).ToHaveCountAsync(0);
        await Assertions.Expect(appointments.Snackbar).ToContainTextAsync("已解聘");
        await Assertions.Expect(appointments.Dismissals).ToContainTextAsync("赵军");
        await Assertions.Expect(appointments.Dismissals).ToContainTextAsync("(b) 连续六个月不履职");
        await Assertions.Expect(appointments.InactiveWarnings).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "organisation-dismissed.png"), FullPage = true });
    }
}
