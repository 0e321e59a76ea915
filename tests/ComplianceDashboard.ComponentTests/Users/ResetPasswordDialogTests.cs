using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Users;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ComplianceDashboard.ComponentTests.Users;

public sealed class ResetPasswordDialogTests : ComponentTest, IDisposable
{
    private readonly AdminTestDatabase _db;

    public ResetPasswordDialogTests()
    {
        SignIn("admin", Roles.Admin);
        _db = new AdminTestDatabase(Services);
    }

    [Fact]
    public async Task A_weak_password_is_refused_at_the_field_after_the_confirmation()
    {
        var user = await CreateUserAsync("wang");
        var provider = RenderProviders();
        var result = await OpenAsync(provider, user);

        provider.Find("[data-testid=new-password]").Change("abcdefgh");
        provider.Find("[data-testid=reset-submit]").Click();
        provider.WaitForAssertion(() => Assert.Contains("确认重置 wang 的密码？", provider.Markup, StringComparison.Ordinal));
        provider.Find("[data-testid=confirm-ok]").Click();

        provider.WaitForAssertion(() => Assert.Contains("密码必须包含数字", UserEditDialogTests.FieldError(provider, "new-password"), StringComparison.Ordinal));
        Assert.Contains("密码必须包含大写字母", UserEditDialogTests.FieldError(provider, "new-password"), StringComparison.Ordinal);
        Assert.False(result.IsCompleted);
        Assert.True(await PasswordIsAsync("wang", "Demo@2026x"), "the old password still works");
    }

    [Fact]
    public async Task Cancelling_the_confirmation_changes_nothing()
    {
        var user = await CreateUserAsync("zhao");
        var provider = RenderProviders();
        var result = await OpenAsync(provider, user);

        provider.Find("[data-testid=new-password]").Change("Newpass2026");
        provider.Find("[data-testid=reset-submit]").Click();
        provider.WaitForAssertion(() => provider.Find("[data-testid=confirm-cancel]"));
        provider.Find("[data-testid=confirm-cancel]").Click();

        provider.WaitForAssertion(() => Assert.DoesNotContain("确认重置", provider.Markup, StringComparison.Ordinal));
        Assert.False(result.IsCompleted);
        Assert.True(await PasswordIsAsync("zhao", "Demo@2026x"));
    }

    [Fact]
    public async Task A_confirmed_strong_password_is_set_and_closes_the_dialog()
    {
        var user = await CreateUserAsync("qian");
        var provider = RenderProviders();
        var result = await OpenAsync(provider, user);

        provider.Find("[data-testid=new-password]").Change("Newpass2026");
        provider.Find("[data-testid=reset-submit]").Click();
        provider.WaitForAssertion(() => provider.Find("[data-testid=confirm-ok]"));
        provider.Find("[data-testid=confirm-ok]").Click();

        var closed = await result.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(closed!.Canceled);
        Assert.True(await PasswordIsAsync("qian", "Newpass2026"));
    }

    [Fact]
    public async Task An_empty_password_is_refused_at_the_field_without_asking()
    {
        var user = await CreateUserAsync("sun");
        var provider = RenderProviders();
        await OpenAsync(provider, user);

        provider.Find("[data-testid=reset-submit]").Click();

        provider.WaitForAssertion(() => Assert.Equal("请输入新密码", UserEditDialogTests.FieldError(provider, "new-password")));
        Assert.DoesNotContain("确认重置", provider.Markup, StringComparison.Ordinal);
    }

    private async Task<Task<DialogResult?>> OpenAsync(IRenderedComponent<MudDialogProvider> provider, AppUser user)
    {
        var dialogs = Services.GetRequiredService<IDialogService>();
        var parameters = new DialogParameters<ResetPasswordDialog> { { d => d.UserId, user.Id }, { d => d.UserName, user.UserName! } };
        var reference = await provider.InvokeAsync(() => dialogs.ShowAsync<ResetPasswordDialog>("重置密码", parameters));
        provider.WaitForAssertion(() => provider.Find("[data-testid=reset-submit]"));
        return reference.Result;
    }

    private async Task<AppUser> CreateUserAsync(string userName)
    {
        await using var scope = Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = userName, DisplayName = userName };
        Assert.True((await users.CreateAsync(user, "Demo@2026x")).Succeeded);
        return user;
    }

    private async Task<bool> PasswordIsAsync(string userName, string password)
    {
        await using var scope = Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.CheckPasswordAsync((await users.FindByNameAsync(userName))!, password);
    }

    void IDisposable.Dispose() => _db.Dispose();
}
