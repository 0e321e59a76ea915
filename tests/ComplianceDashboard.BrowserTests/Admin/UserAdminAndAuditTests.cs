using System.Text.RegularExpressions;
using ComplianceDashboard.BrowserTests.Infrastructure;
using ComplianceDashboard.BrowserTests.Pages;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Admin;

/// <summary>
/// User administration and the audit log in Chromium. The scheme page's warnings (server-rendered text): SchemePageTests
/// (integration and component tests).
/// </summary>
[Collection(WritingAppServerGroup.Name)]
public class UserAdminAndAuditTests(AppServer server) : BrowserTest(server)
{
    [Fact]
    public async Task Administrator_sees_the_Chinese_field_error_when_editing_a_user_and_the_sign_ins_in_the_audit_log()
    {
        var page = await Server.NewSignedInPageAsync("admin", "/settings");
        var settings = new SettingsPage(page);
        await settings.OpenAsync();

        await settings.OpenCardAsync("用户管理");
        var users = new UsersPage(page);
        await Assertions.Expect(users.Heading).ToBeVisibleAsync();
        await Assertions.Expect(users.Row("shuji2")).ToContainTextAsync("支部书记");
        await Assertions.Expect(users.Row("shuji2")).ToContainTextAsync("正常");
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "users.png"), FullPage = true });

        await users.EditAsync("shuji2");
        var dialog = new UserEditDialog(page);
        await Assertions.Expect(dialog.DisplayName).ToHaveValueAsync("俞小龙");
        for (var attempt = 1; ; attempt++)
        {
            await dialog.DisplayName.FillAsync("");
            await dialog.DisplayName.PressAsync("Tab");
            await dialog.Save.ClickAsync();
            try
            {
                await Assertions.Expect(dialog.Field("display-name")).ToContainTextAsync("请输入姓名", new() { Timeout = 15_000 });
                break;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
                // Blazor Server does not wait for one event handler before running the next: on a machine busy with
                // other builds the click has been seen to overtake the cleared field's change event — the dialog
                // then stays open without the field error, or saves the unchanged name and closes. Clearing the
                // name and saving once more (in a reopened dialog if it closed) then validates the empty name.
                if (await dialog.Dialog.CountAsync() == 0)
                {
                    await users.EditAsync("shuji2");
                    await Assertions.Expect(dialog.DisplayName).ToHaveValueAsync("俞小龙");
                }
            }
        }
        await Assertions.Expect(dialog.Dialog).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "user-edit-error.png") });
        await dialog.Cancel.ClickAsync();
        await Assertions.Expect(dialog.Dialog).ToHaveCountAsync(0);
        await Assertions.Expect(users.Row("shuji2")).ToContainTextAsync("俞小龙"); // nothing was saved

        await settings.OpenAsync();
        await settings.OpenCardAsync("审计日志");
        var audit = new AuditPage(page);
        await Assertions.Expect(audit.Heading).ToBeVisibleAsync();
        await Assertions.Expect(audit.SignInRows.Filter(new() { HasText = "admin" }).First).ToContainTextAsync("登录成功");
        await Assertions.Expect(audit.SignIns).ToContainTextAsync(new Regex(@"共 \d+ 条"));
        await Assertions.Expect(audit.SignIns).Not.ToContainTextAsync("暂无登录记录");
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "audit-log.png"), FullPage = true });
        await audit.ChangesTab.ClickAsync();
        await Assertions.Expect(audit.Changes).ToBeVisibleAsync();
    }
}
