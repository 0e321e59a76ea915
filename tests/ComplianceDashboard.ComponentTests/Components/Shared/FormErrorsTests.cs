using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Web.Components.Shared;
using ComplianceDashboard.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.ComponentTests.Components.Shared;

/// <summary>FormErrors binds a CommandResult to a form: messages per field, the general one in FormAlert, in the UI language.</summary>
public sealed class FormErrorsTests : ComponentTest
{
    [Fact]
    public void A_field_message_goes_to_its_field_and_the_general_one_to_the_alert()
    {
        var form = Services.GetRequiredService<FormErrors>();
        form.Show(CommandResult.Fail("Points", "请填写评定分值").Add("", "本所已有2名候选人在推荐或审核中，同时最多推荐2名"));

        Assert.True(form.Any);
        Assert.True(form.Has("Points"));
        Assert.False(form.Has("Reason"));
        Assert.Equal("请填写评定分值", form.For("Points"));
        var alert = Render<FormAlert>(p => p.Add(a => a.Form, form));
        Assert.Equal("本所已有2名候选人在推荐或审核中，同时最多推荐2名", alert.Find("[data-testid=form-error]").TextContent.Trim());

        form.Clear();
        Assert.False(form.Any);
        Assert.Null(form.For("Points"));
        Assert.Empty(Render<FormAlert>(p => p.Add(a => a.Form, form)).FindAll("[data-testid=form-error]"));
    }

    [Fact]
    public void Messages_show_in_English_when_the_UI_is_English()
    {
        UseCulture("en");
        var form = Services.GetRequiredService<FormErrors>();
        form.Show(CommandResult.Fail("", "只有考评员可以执行此操作"));

        Assert.Equal("Only an evaluator may do this", form.General);
    }

    [Fact]
    public void Messages_built_with_values_show_in_English_with_their_values_translated_too()
    {
        UseCulture("en");
        var form = Services.GetRequiredService<FormErrors>();
        form.Show(CommandResult.Fail("Name", "本所已有名为「光明站」的服务站点")
            .Add("", "第12行：站所编码不存在")
            .Add("Person", "请选择驻村客户经理")
            .Add("Other", "这条消息没有译文"));

        Assert.Equal("This station already has a service point named \"光明站\"", form.For("Name")); // a value from the user stays as it is
        Assert.Equal("Row 12: The station code does not exist", form.General); // the value is itself a message
        Assert.Equal("Choose: Village customer manager", form.For("Person")); // and a name the resx knows
        Assert.Equal("这条消息没有译文", form.For("Other"));
    }

    [Fact]
    public void Messages_built_with_values_stay_as_they_are_in_Chinese()
    {
        var form = Services.GetRequiredService<FormErrors>();
        form.Show(CommandResult.Fail("", "第12行：站所编码不存在"));

        Assert.Equal("第12行：站所编码不存在", form.General);
    }

    [Fact]
    public void Each_form_gets_its_own_errors()
    {
        Assert.NotSame(Services.GetRequiredService<FormErrors>(), Services.GetRequiredService<FormErrors>());
    }
}
