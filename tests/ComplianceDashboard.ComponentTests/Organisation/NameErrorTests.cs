using ComplianceDashboard.Web.Features.Organisation;
using ComplianceDashboard.Web.Infrastructure;
using MudBlazor;

namespace ComplianceDashboard.ComponentTests.Organisation;

/// <summary>A name refused by <see cref="NameRules"/> is explained at its field, in the UI language.</summary>
public class NameErrorTests : OrgDialogTest
{
    [Fact]
    public void The_name_rule_message_is_shown_at_the_field_in_Chinese()
    {
        var save = new FakeSave<PersonInput>(new CommandResult<int>().Add(nameof(PersonInput.Name), NameRules.PersonName.InvalidMessage));
        Open(new DialogParameters<PersonDialog> { { d => d.Save, save.Invoke } });

        ClickSave();

        AssertErrorAt("姓名", "姓名不能包含控制字符或尖括号 < >");
    }

    [Fact]
    public void The_name_rule_message_is_shown_at_the_field_in_English()
    {
        UseCulture("en");
        var save = new FakeSave<ServicePointInput>(new CommandResult<int>().Add(nameof(ServicePointInput.Name), NameRules.ServicePointName.TooLongMessage));
        Open(new DialogParameters<ServicePointDialog> { { d => d.Save, save.Invoke } });

        ClickSave();

        AssertErrorAt("Service point name", "The service point name can have at most 50 characters");
    }

    [Fact]
    public void The_name_field_stops_at_its_maximum_length()
    {
        Open(new DialogParameters<PersonDialog> { { d => d.Save, new FakeSave<PersonInput>().Invoke } });

        Assert.Equal("30", Field("姓名").QuerySelector("input")!.GetAttribute("maxlength"));
    }
}
