using ComplianceDashboard.Web.Features.Organisation;
using ComplianceDashboard.Web.Infrastructure;
using MudBlazor;

namespace ComplianceDashboard.ComponentTests.Organisation;

public class EndDateDialogTests : OrgDialogTest
{
    private Task<bool> OpenFor(FakeSave<EndDateInput> save, bool askReason = true) => Open(new DialogParameters<EndDateDialog>
    {
        { d => d.AskReason, askReason },
        { d => d.Input, new EndDateInput { To = new(2026, 9, 30) } },
        { d => d.ConfirmMessage, "确认 王芳 离岗？离岗记录保存后不能撤销。" },
        { d => d.Save, save.Invoke },
    });

    [Fact]
    public void Ending_asks_first_and_cancelling_ends_nothing()
    {
        var save = new FakeSave<EndDateInput>();
        var saved = OpenFor(save);

        ClickSave();
        AnswerConfirmation(false);

        Provider.WaitForAssertion(() => Assert.Empty(Provider.FindAll("[data-testid=confirm-cancel]")));
        Assert.Empty(save.Calls);
        Assert.True(DialogOpen);
        Assert.False(saved.IsCompleted);
    }

    [Fact]
    public async Task The_reason_message_is_shown_at_the_reason_and_a_second_confirmed_save_closes_the_dialog()
    {
        var save = new FakeSave<EndDateInput>(new CommandResult<int>().Add(nameof(EndDateInput.EndReason), "请选择离岗原因"), new CommandResult<int>());
        var saved = OpenFor(save);

        ClickSave();
        AnswerConfirmation(true);
        AssertErrorAt("离岗原因", "请选择离岗原因");
        AssertNoErrorAt("离岗日期");

        ClickSave();
        AnswerConfirmation(true);
        Assert.True(await saved);
        Assert.Equal(2, save.Calls.Count);
        Assert.Equal(new DateOnly(2026, 9, 30), save.Calls[^1].To);
    }

    [Fact]
    public void Leaving_the_group_asks_no_reason_and_shows_the_date_message_at_the_date()
    {
        var save = new FakeSave<EndDateInput>(new CommandResult<int>().Add("To", "退出日期不能早于加入日期2026-01-01"));
        OpenFor(save, askReason: false);

        Assert.Empty(Provider.FindAll("[data-testid=end-reason]"));
        ClickSave();
        AnswerConfirmation(true);
        AssertErrorAt("离岗日期", "退出日期不能早于加入日期2026-01-01");
    }
}
