using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Web.Components.Mud;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ComplianceDashboard.ComponentTests.Components.Mud;

public class ConfirmDialogTests : ComponentTest
{
    [Theory]
    [InlineData("confirm-ok", true)]
    [InlineData("confirm-cancel", false)]
    public async Task Confirmation_is_true_only_when_the_user_confirms(string button, bool expected)
    {
        var provider = RenderProviders();
        var dialogs = Services.GetRequiredService<IDialogService>();

        var answer = provider.InvokeAsync(() => dialogs.ConfirmAsync("定级", "确认对桐琴供电所定级？定级后不能再修改。", "定级"));
        provider.WaitForAssertion(() => Assert.Contains("确认对桐琴供电所定级？", provider.Markup, StringComparison.Ordinal));
        provider.Find($"[data-testid={button}]").Click();

        Assert.Equal(expected, await answer);
        provider.WaitForAssertion(() => Assert.DoesNotContain("确认对桐琴供电所定级？", provider.Markup, StringComparison.Ordinal));
    }
}
