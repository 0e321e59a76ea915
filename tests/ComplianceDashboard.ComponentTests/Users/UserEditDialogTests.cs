using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Users;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ComplianceDashboard.ComponentTests.Users;

public sealed class UserEditDialogTests : ComponentTest, IDisposable
{
    private static readonly IReadOnlyList<StationOption> Stations = [new(1, "桐琴供电所"), new(2, "泉溪供电所")];

    private readonly AdminTestDatabase _db;

    public UserEditDialogTests()
    {
        SignIn("admin", Roles.Admin);
        _db = new AdminTestDatabase(Services);
    }

    [Fact]
    public async Task Creating_with_empty_fields_shows_each_message_at_its_field_and_saves_nothing()
    {
        var provider = RenderProviders();
        var result = await OpenAsync(provider, existing: null);

        provider.Find("[data-testid=password]").Change("short");
        provider.Find("[data-testid=edit-save]").Click();

        provider.WaitForAssertion(() => Assert.Equal("请输入用户名", FieldError(provider, "user-name")));
        Assert.Equal("请输入姓名", FieldError(provider, "display-name"));
        Assert.Contains("请至少选择一个角色", FieldError(provider, "roles"), StringComparison.Ordinal);
        Assert.Contains("密码至少需要 8 个字符", FieldError(provider, "password"), StringComparison.Ordinal);
        Assert.False(result.IsCompleted, "the dialog stays open on errors");
        await using var db = _db.CreateDbContext();
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Editing_with_an_empty_name_shows_the_message_at_the_name_and_keeps_the_stored_user()
    {
        var row = await CreateUserAsync("zhang", "张三", Roles.Secretary, 1);
        var provider = RenderProviders();
        var result = await OpenAsync(provider, row);

        Assert.Equal("zhang", provider.Find("[data-testid=user-name]").GetAttribute("value"));
        Assert.True(provider.Find("[data-testid=user-name]").HasAttribute("disabled"), "the user name of an existing user is fixed");
        provider.Find("[data-testid=display-name]").Change("  ");
        provider.Find("[data-testid=edit-save]").Click();

        provider.WaitForAssertion(() => Assert.Equal("请输入姓名", FieldError(provider, "display-name")));
        Assert.Null(FieldError(provider, "roles"));
        Assert.False(result.IsCompleted);
        await using var db = _db.CreateDbContext();
        Assert.Equal("张三", (await db.Users.SingleAsync(u => u.UserName == "zhang")).DisplayName);
    }

    [Fact]
    public async Task A_valid_edit_is_saved_and_closes_the_dialog()
    {
        var row = await CreateUserAsync("li", "李四", Roles.Secretary, 1);
        var provider = RenderProviders();
        var result = await OpenAsync(provider, row);

        provider.Find("[data-testid=display-name]").Change("李四光");
        provider.Find("[data-testid=edit-save]").Click();

        var closed = await result.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(closed!.Canceled);
        await using var db = _db.CreateDbContext();
        Assert.Equal("李四光", (await db.Users.SingleAsync(u => u.UserName == "li")).DisplayName);
    }

    private async Task<Task<DialogResult?>> OpenAsync(IRenderedComponent<MudDialogProvider> provider, UserRow? existing)
    {
        var dialogs = Services.GetRequiredService<IDialogService>();
        var parameters = new DialogParameters<UserEditDialog> { { d => d.Existing, existing }, { d => d.Stations, Stations } };
        var reference = await provider.InvokeAsync(() => dialogs.ShowAsync<UserEditDialog>("用户", parameters));
        provider.WaitForAssertion(() => provider.Find("[data-testid=edit-save]"));
        return reference.Result;
    }

    private async Task<UserRow> CreateUserAsync(string userName, string displayName, string role, int station)
    {
        await using var scope = Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = userName, DisplayName = displayName };
        user.Stations.Add(new UserStationScope { UserId = user.Id, StationId = station });
        Assert.True((await users.CreateAsync(user, "Demo@2026x")).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return new UserRow(user.Id, userName, displayName, [role], [station], "", false, false);
    }

    /// <summary>The error text MudBlazor shows under the field with <paramref name="testId"/>, or null.</summary>
    internal static string? FieldError(IRenderedComponent<MudDialogProvider> provider, string testId)
    {
        var field = provider.Find($"[data-testid={testId}]").Closest(".mud-input-control")
            ?? throw new InvalidOperationException($"{testId} is not inside a MudBlazor input");
        var error = field.QuerySelector(".mud-input-error .mud-input-helper-text, .mud-input-helper-text.mud-input-error");
        return error?.TextContent.Trim() is { Length: > 0 } text ? text : null;
    }

    void IDisposable.Dispose() => _db.Dispose();
}
