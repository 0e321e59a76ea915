using ComplianceDashboard.Web.Features.Organisation;
using ComplianceDashboard.Web.Infrastructure;
using MudBlazor;

namespace ComplianceDashboard.ComponentTests.Organisation;

public class PersonDialogTests : OrgDialogTest
{
    [Fact]
    public async Task The_services_message_is_shown_at_the_name_field_and_the_dialog_stays_open_until_the_save_succeeds()
    {
        var save = new FakeSave<PersonInput>(new CommandResult<int>().Add(nameof(PersonInput.Name), "请填写姓名"), CommandResult.Ok(7));
        var saved = Open(new DialogParameters<PersonDialog> { { d => d.Save, save.Invoke } });

        ClickSave();

        AssertErrorAt("姓名", "请填写姓名");
        AssertNoErrorAt("电话");
        Assert.True(DialogOpen);
        Assert.False(saved.IsCompleted);
        Field("姓名").QuerySelector("input")!.Change("王小明");
        ClickSave();

        Assert.True(await saved);
        Assert.Equal("王小明", save.Calls[^1].Name);
        Assert.Equal(2, save.Calls.Count);
    }

    [Fact]
    public async Task Cancel_saves_nothing()
    {
        var save = new FakeSave<PersonInput>();
        var saved = Open(new DialogParameters<PersonDialog> { { d => d.Save, save.Invoke } });

        Provider.Find("[data-testid=dialog-cancel]").Click();

        Assert.False(await saved);
        Assert.Empty(save.Calls);
    }
}
