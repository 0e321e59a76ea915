using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Users;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.ComponentTests.Users;

public sealed class UsersPageTests : ComponentTest, IDisposable
{
    private readonly AdminTestDatabase _db;

    public UsersPageTests()
    {
        SignIn("admin", Roles.Admin);
        _db = new AdminTestDatabase(Services);
    }

    [Fact]
    public async Task Disabling_a_user_asks_first_and_cancelling_keeps_the_account_active()
    {
        await CreateUserAsync("zhou");
        var provider = RenderProviders();
        var page = Render<UsersPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=toggle-zhou]"));

        page.Find("[data-testid=toggle-zhou]").Click();
        provider.WaitForAssertion(() => Assert.Contains("确认停用 zhou（周）？", provider.Markup, StringComparison.Ordinal));
        provider.Find("[data-testid=confirm-cancel]").Click();

        provider.WaitForAssertion(() => Assert.DoesNotContain("确认停用", provider.Markup, StringComparison.Ordinal));
        Assert.False(await IsDisabledAsync("zhou"));
    }

    [Fact]
    public async Task A_confirmed_disable_is_saved_and_the_row_shows_the_disabled_chip()
    {
        await CreateUserAsync("wu");
        var provider = RenderProviders();
        var page = Render<UsersPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=toggle-wu]"));

        page.Find("[data-testid=toggle-wu]").Click();
        provider.WaitForAssertion(() => provider.Find("[data-testid=confirm-ok]"));
        provider.Find("[data-testid=confirm-ok]").Click();

        page.WaitForAssertion(() => Assert.Contains("已停用", page.Find("[data-testid=user-grid] tbody tr.mud-table-row").TextContent, StringComparison.Ordinal));
        Assert.True(await IsDisabledAsync("wu"));
    }

    private async Task CreateUserAsync(string userName)
    {
        await using var scope = Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = userName, DisplayName = userName == "zhou" ? "周" : "吴" };
        Assert.True((await users.CreateAsync(user, "Demo@2026x")).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Evaluator)).Succeeded);
    }

    private async Task<bool> IsDisabledAsync(string userName)
    {
        await using var db = _db.CreateDbContext();
        return (await db.Users.SingleAsync(u => u.UserName == userName)).IsDisabled;
    }

    void IDisposable.Dispose() => _db.Dispose();
}
