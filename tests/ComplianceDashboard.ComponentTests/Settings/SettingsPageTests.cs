using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Web.Features.Settings;
using ComplianceDashboard.Web.Infrastructure;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceDashboard.ComponentTests.Settings;

public class SettingsPageTests : ComponentTest
{
    public SettingsPageTests()
    {
        Services.AddSingleton(Options.Create(new AppOptions()));
        Services.AddSingleton(Options.Create(new SecurityOptions()));
    }

    [Fact]
    public void Administrator_sees_scheme_notification_users_mail_log_and_audit_cards()
    {
        SignIn("admin", Roles.Admin).SetPolicies(Policies.Admin, Policies.ViewAudit);
        var page = Render<SettingsPage>();

        Assert.Equal(["settings/scheme", "settings/notifications", "settings/users", "settings/mail-log", "settings/audit"], Links(page));
    }

    [Fact]
    public void Discipline_leader_sees_the_audit_but_not_user_administration()
    {
        SignIn("jiwei", Roles.DisciplineLeader).SetPolicies(Policies.ViewAudit);
        var page = Render<SettingsPage>();

        Assert.Equal(["settings/scheme", "settings/notifications", "settings/audit"], Links(page));
        Assert.Contains("Asia/Shanghai", page.Find("[data-testid=system-facts]").TextContent, StringComparison.Ordinal);
    }

    private static string[] Links(IRenderedComponent<SettingsPage> page) =>
        page.FindAll("a[href^='settings/']").Select(a => a.GetAttribute("href")!).ToArray();
}
