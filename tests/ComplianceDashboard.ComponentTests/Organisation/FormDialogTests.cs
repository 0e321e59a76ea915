using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Web.Features.Organisation;
using ComplianceDashboard.Web.Infrastructure;
using MudBlazor;

namespace ComplianceDashboard.ComponentTests.Organisation;

/// <summary>Recommend, approve, assign, member and service-point dialogs show each message of the service at its field.</summary>
public class FormDialogTests : OrgDialogTest
{
    private static readonly PersonRow[] People = [new(3, "李卫东", "营销班班员", "")];

    [Fact]
    public void Recommend_shows_the_person_and_term_start_messages_at_their_fields()
    {
        var save = new FakeSave<RecommendInput>(new CommandResult<int>().Add(nameof(RecommendInput.PersonId), "请选择本所人员").Add(nameof(RecommendInput.TermStart), "任期开始日期不能早于推荐日期"));
        Open(new DialogParameters<RecommendDialog> { { d => d.People, People }, { d => d.Save, save.Invoke } });

        ClickSave();

        AssertErrorAt("候选人", "请选择本所人员");
        AssertErrorAt("拟任期开始", "任期开始日期不能早于推荐日期");
        AssertNoErrorAt("推荐日期");
        Assert.True(DialogOpen);
    }

    [Fact]
    public void Recommend_shows_a_form_level_refusal_above_the_fields()
    {
        var save = new FakeSave<RecommendInput>(new CommandResult<int>().Add("", "本所已有2名候选人在推荐或审核中，同时最多推荐2名"));
        Open(new DialogParameters<RecommendDialog> { { d => d.People, People }, { d => d.Save, save.Invoke } });

        ClickSave();

        Provider.WaitForAssertion(() => Assert.Contains("同时最多推荐2名", Provider.Find(".mud-alert").TextContent, StringComparison.Ordinal));
        Assert.True(DialogOpen);
    }

    [Fact]
    public void Approve_shows_the_document_number_and_date_messages_at_their_fields()
    {
        var save = new FakeSave<ApproveInput>(new CommandResult<int>().Add(nameof(ApproveInput.DocumentNo), "批准须填写发文文号").Add(nameof(ApproveInput.ApprovedOn), "批准日期不能早于审核日期"));
        Open(new DialogParameters<ApproveDialog> { { d => d.Input, new ApproveInput { ApprovedOn = new(2026, 3, 1) } }, { d => d.Save, save.Invoke } });

        ClickSave();

        AssertErrorAt("发文文号", "批准须填写发文文号");
        AssertErrorAt("批准日期", "批准日期不能早于审核日期");
        AssertNoErrorAt("任期开始");
        Assert.Contains("2026-03-01", Field("批准日期").InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Assignment_shows_point_person_and_date_messages_at_their_fields()
    {
        var refused = new CommandResult<int>().Add(nameof(AssignmentInput.ServicePointId), "请选择本所服务站点")
            .Add(nameof(AssignmentInput.PersonId), "请选择本所人员").Add(nameof(AssignmentInput.To), "离岗日期不能早于到岗日期");
        var save = new FakeSave<AssignmentInput>(refused);
        Open(new DialogParameters<AssignmentDialog> { { d => d.People, People }, { d => d.Save, save.Invoke } });

        ClickSave();

        AssertErrorAt("服务站点", "请选择本所服务站点");
        AssertErrorAt("人员", "请选择本所人员");
        AssertErrorAt("离岗日期", "离岗日期不能早于到岗日期");
        AssertNoErrorAt("到岗日期");
    }

    [Fact]
    public void Assignment_that_ends_the_predecessor_asks_first_and_saves_nothing_when_cancelled()
    {
        var save = new FakeSave<AssignmentInput>();
        Open(new DialogParameters<AssignmentDialog> { { d => d.People, People }, { d => d.Input, new AssignmentInput { EndCurrentHolder = true } }, { d => d.Save, save.Invoke } });

        ClickSave();
        AnswerConfirmation(false);

        Assert.Empty(save.Calls);
        Assert.True(DialogOpen);
    }

    [Fact]
    public void Member_shows_the_eighth_member_refusal_at_the_join_date_and_the_leader_rule_at_the_role()
    {
        var refused = new CommandResult<int>().Add(nameof(MemberInput.From), "2026-09-01小组已有7名成员，监督小组最多7名成员")
            .Add(nameof(MemberInput.Role), "小组在此期间已有组长，组长只能有一名");
        var save = new FakeSave<MemberInput>(refused);
        Open(new DialogParameters<MemberDialog> { { d => d.People, People }, { d => d.Input, new MemberInput { PersonId = 3, Role = GroupRole.Leader } }, { d => d.Save, save.Invoke } });

        ClickSave();

        AssertErrorAt("加入日期", "监督小组最多7名成员");
        AssertErrorAt("小组职务", "组长只能有一名");
        AssertNoErrorAt("人员");
        Assert.True(DialogOpen);
    }

    [Fact]
    public void Service_point_shows_name_venue_and_closing_date_messages_at_their_fields()
    {
        var refused = new CommandResult<int>().Add(nameof(ServicePointInput.Name), "请填写站点名称")
            .Add(nameof(ServicePointInput.Venue), "请选择场地类型（或云服务站点）").Add(nameof(ServicePointInput.ClosedOn), "撤销日期不能早于启用日期");
        var save = new FakeSave<ServicePointInput>(refused);
        Open(new DialogParameters<ServicePointDialog> { { d => d.Save, save.Invoke } });

        ClickSave();

        AssertErrorAt("站点名称", "请填写站点名称");
        AssertErrorAt("场地类型", "请选择场地类型（或云服务站点）");
        AssertErrorAt("撤销日期", "撤销日期不能早于启用日期");
        AssertNoErrorAt("启用日期");
        Assert.Single(save.Calls);
    }
}
