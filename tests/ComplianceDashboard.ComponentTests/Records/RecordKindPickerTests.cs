using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Web.Features.Records;
using ComplianceDashboard.Web.Infrastructure.Security;
using MudBlazor;

namespace ComplianceDashboard.ComponentTests.Records;

/// <summary>The record form's kind picker offers only the kinds the signed-in user's roles may file.</summary>
public class RecordKindPickerTests : ComponentTest
{
    [Fact]
    public void A_customer_manager_is_offered_only_ledgers_publicity_disclosures_and_outage_notices()
    {
        var offered = OfferedTo("jingli1", Roles.CustomerManager, RecordKind.DemandLedger);

        Assert.Equal(["需求台账", "台账移交", "用电宣传", "月度服务公开", "季度服务公开", "即时公开", "停电公告"], offered);
        Assert.DoesNotContain("监督员履职汇报", offered);
        Assert.DoesNotContain("监督员考评", offered);
        Assert.DoesNotContain("监督小组会议", offered);
        Assert.DoesNotContain("违规违纪违法事件", offered);
    }

    [Fact]
    public void A_supervisor_is_offered_inspections_reminders_handovers_and_their_own_duty_report_but_no_evaluation()
    {
        var offered = OfferedTo("jiandu1", Roles.Supervisor, RecordKind.SpecialInspection);

        Assert.Equal(["专项监督检查", "“四风”检查", "岗位廉政风险辨识", "客户走访", "提醒单", "台账移交", "监督结果公开", "监督员履职汇报"], offered);
    }

    [Fact]
    public void The_party_secretary_is_offered_every_kind()
    {
        var offered = OfferedTo("shuji1", Roles.Secretary, RecordKind.GroupMeeting);

        Assert.Equal(RecordKindInfo.All.Select(k => k.Name), offered);
    }

    private List<string> OfferedTo(string user, string role, RecordKind current)
    {
        SignIn(user, role);
        var popover = Render<MudPopoverProvider>();
        var input = new RecordInput { StationId = 1, Kind = current, EventDate = new DateOnly(2026, 11, 5) };
        var cut = Render<RecordCommonFields>(p => p.Add(c => c.Input, input).Add(c => c.Stations, [new OptionItem<int>(1, "桐琴供电所")])
            .Add(c => c.Today, new DateTime(2026, 11, 20)));

        cut.Find("#Kind").Closest("div.mud-input-control.mud-select")!.MouseDown();
        popover.WaitForAssertion(() => Assert.NotEmpty(popover.FindAll(".mud-list-item")));
        return [.. popover.FindAll(".mud-list-item").Select(e => e.TextContent.Trim())];
    }
}
