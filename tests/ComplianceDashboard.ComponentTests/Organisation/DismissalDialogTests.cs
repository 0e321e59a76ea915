using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Web.Features.Organisation;
using ComplianceDashboard.Web.Infrastructure;
using MudBlazor;

namespace ComplianceDashboard.ComponentTests.Organisation;

public class DismissalDialogTests : OrgDialogTest
{
    private static readonly PersonRow[] People = [new(3, "李卫东", "营销班班员", ""), new(4, "赵敏", "台区经理", "")];

    private Task<bool> OpenFor(FakeSave<DismissalInput> save, DismissalInput? input = null) => Open(new DialogParameters<DismissalDialog>
    {
        { d => d.People, People },
        { d => d.Input, input ?? new DismissalInput { PersonId = 3, Ground = DismissalGround.Inactive6Months, GroundOn = new(2026, 8, 31), DismissedOn = new(2026, 9, 10) } },
        { d => d.Save, save.Invoke },
    });

    [Fact]
    public async Task Dismissing_asks_first_and_cancelling_the_confirmation_dismisses_nobody()
    {
        var save = new FakeSave<DismissalInput>();
        var saved = OpenFor(save);

        ClickSave();
        Provider.WaitForAssertion(() => Assert.Contains("确认解聘 李卫东？", Provider.Markup, StringComparison.Ordinal));
        Provider.Find("[data-testid=confirm-cancel]").Click();

        Provider.WaitForAssertion(() => Assert.DoesNotContain("确认解聘 李卫东？", Provider.Markup, StringComparison.Ordinal));
        Assert.Empty(save.Calls);
        Assert.True(DialogOpen);
        Assert.False(saved.IsCompleted);
    }

    [Fact]
    public async Task Confirming_dismisses_the_chosen_supervisor_once()
    {
        var save = new FakeSave<DismissalInput>();
        var saved = OpenFor(save);

        ClickSave();
        AnswerConfirmation(true);

        Assert.True(await saved);
        var call = Assert.Single(save.Calls);
        Assert.Equal(3, call.PersonId);
        Assert.Equal(DismissalGround.Inactive6Months, call.Ground);
    }

    [Fact]
    public void Each_message_of_the_service_is_shown_at_its_own_field()
    {
        var refused = new CommandResult<int>().Add(nameof(DismissalInput.Ground), "请选择解聘情形").Add(nameof(DismissalInput.DismissedOn), "解聘日期不能早于情形发生日期");
        var save = new FakeSave<DismissalInput>(refused);
        OpenFor(save, new DismissalInput { PersonId = 4, GroundOn = new(2026, 9, 1), DismissedOn = new(2026, 8, 1) });

        ClickSave();
        AnswerConfirmation(true);

        AssertErrorAt("解聘情形", "请选择解聘情形");
        AssertErrorAt("解聘日期", "解聘日期不能早于情形发生日期");
        AssertNoErrorAt("监督员");
        AssertNoErrorAt("情形发生日期");
        Assert.True(DialogOpen);
        Assert.Single(save.Calls);
    }

    [Fact]
    public void The_detected_ground_b_arrives_prefilled()
    {
        OpenFor(new FakeSave<DismissalInput>());

        Assert.Contains("李卫东", Field("监督员").InnerHtml, StringComparison.Ordinal);
        Assert.Contains("(b) 连续六个月不履职", Field("解聘情形").InnerHtml, StringComparison.Ordinal);
        Assert.Contains("2026-08-31", Field("情形发生日期").InnerHtml, StringComparison.Ordinal);
    }
}
