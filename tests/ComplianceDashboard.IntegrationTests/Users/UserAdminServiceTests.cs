using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Users;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Users;

/// <summary>The service behind /settings/users, called as the page calls it (inside a signed-in scope).</summary>
public class UserAdminServiceTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Administrator_creates_a_secretary_who_then_signs_in_and_sees_only_that_station()
    {
        using var scope = await SignedInScopeAsync("admin");
        var service = scope.ServiceProvider.GetRequiredService<UserAdminService>();
        var result = await service.CreateAsync(new UserInput
        {
            UserName = "shuji3", DisplayName = "履坦供电所支部书记", Password = "Lvtan2026x", Roles = [Roles.Secretary], StationIds = [3],
        });
        Assert.True(result.Succeeded, string.Join("; ", result.Messages));

        var row = Assert.Single(await service.ListAsync(), u => u.UserName == "shuji3");
        Assert.Equal([Roles.Secretary], row.Roles);
        Assert.Equal([3], row.StationIds);

        using var client = await app.SignInAsync("shuji3", "Lvtan2026x");
        var html = await client.GetStringAsync("/stations");
        Assert.Contains("履坦供电所", html, StringComparison.Ordinal);
        Assert.DoesNotContain("桐琴供电所", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Weak_password_is_reported_on_the_password_field_in_Chinese()
    {
        using var scope = await SignedInScopeAsync("admin");
        var result = await scope.ServiceProvider.GetRequiredService<UserAdminService>().CreateAsync(new UserInput
        {
            UserName = "weak.user", DisplayName = "弱密码", Password = "abc", Roles = [Roles.Evaluator],
        });
        Assert.False(result.Succeeded);
        var message = result.ErrorFor(nameof(UserInput.Password));
        Assert.NotNull(message);
        Assert.Contains("密码至少需要 8 个字符", message, StringComparison.Ordinal);
        Assert.Contains("密码必须包含数字", message, StringComparison.Ordinal);
        Assert.Contains("密码必须包含大写字母", message, StringComparison.Ordinal);
        Assert.Null(result.ErrorFor(nameof(UserInput.UserName)));
    }

    [Fact]
    public async Task Duplicate_user_name_is_reported_on_the_user_name_field()
    {
        using var scope = await SignedInScopeAsync("admin");
        var result = await scope.ServiceProvider.GetRequiredService<UserAdminService>().CreateAsync(new UserInput
        {
            UserName = "shuji1", DisplayName = "重复", Password = "Strong2026x", Roles = [Roles.Secretary], StationIds = [1],
        });
        Assert.False(result.Succeeded);
        Assert.Contains("已被使用", result.ErrorFor(nameof(UserInput.UserName)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Secretary_without_a_station_and_a_user_without_roles_are_refused()
    {
        using var scope = await SignedInScopeAsync("admin");
        var service = scope.ServiceProvider.GetRequiredService<UserAdminService>();
        var noStation = await service.CreateAsync(new UserInput { UserName = "x1", DisplayName = "x", Password = "Strong2026x", Roles = [Roles.Secretary] });
        Assert.NotNull(noStation.ErrorFor(nameof(UserInput.StationIds)));
        var noRole = await service.CreateAsync(new UserInput { UserName = "x2", DisplayName = "x", Password = "Strong2026x" });
        Assert.NotNull(noRole.ErrorFor(nameof(UserInput.Roles)));
    }

    [Fact]
    public async Task Disable_reset_password_and_role_change_work_and_the_admin_cannot_disable_themself()
    {
        await app.CreateUserAsync("temp.manager", Roles.CustomerManager, 1);
        using var scope = await SignedInScopeAsync("admin");
        var service = scope.ServiceProvider.GetRequiredService<UserAdminService>();
        var rows = await service.ListAsync();
        var temp = rows.Single(u => u.UserName == "temp.manager");
        var self = rows.Single(u => u.UserName == "admin");

        Assert.False((await service.SetDisabledAsync(self.Id, true)).Succeeded);
        Assert.True((await service.SetDisabledAsync(temp.Id, true)).Succeeded);
        using (var client = app.CreateManualClient())
        {
            var refused = await TestApp.PostLoginAsync(client, "temp.manager", TestApp.DemoPassword);
            Assert.Contains("账户已停用", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.True((await service.SetDisabledAsync(temp.Id, false)).Succeeded);

        Assert.NotNull((await service.ResetPasswordAsync(temp.Id, "short")).ErrorFor(nameof(UserInput.Password)));
        Assert.True((await service.ResetPasswordAsync(temp.Id, "NewPass2026")).Succeeded);
        var update = await service.UpdateAsync(temp.Id, new UserInput { DisplayName = "改为考评员", Roles = [Roles.Evaluator], StationIds = [] });
        Assert.True(update.Succeeded);

        using var signedIn = await app.SignInAsync("temp.manager", "NewPass2026");
        Assert.Contains("泉溪供电所", await signedIn.GetStringAsync("/stations"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_service_refuses_a_caller_who_is_not_an_administrator()
    {
        using var scope = await SignedInScopeAsync("jiwei");
        var service = scope.ServiceProvider.GetRequiredService<UserAdminService>();
        await Assert.ThrowsAsync<ForbiddenException>(service.ListAsync);
    }

    /// <summary>A DI scope whose AuthenticationStateProvider holds the user, as a circuit's does.</summary>
    private async Task<IServiceScope> SignedInScopeAsync(string userName)
    {
        var scope = app.Services.CreateScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
        var principal = await signIn.CreateUserPrincipalAsync((await signIn.UserManager.FindByNameAsync(userName))!);
        var auth = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        auth.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return scope;
    }
}
