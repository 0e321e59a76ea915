using ComplianceDashboard.IntegrationTests.Evaluation;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Evaluation;
using MudBlazor;

namespace ComplianceDashboard.ComponentTests.Evaluation;

[Collection(EvaluationAppGroup.Name)]
public class RoundAndActionTablesTests(EvaluationApp app) : EvaluationComponentTest(app)
{
    [Fact]
    public void Round_stations_link_to_their_evaluation_and_show_sampled_and_finalised_chips()
    {
        var rows = new[]
        {
            new RoundStationRow(3, "S03", "桐琴供电所", 92.5m, true, "优秀", 4, 10, true, true, 93m, "优秀"),
            new RoundStationRow(4, "S04", "白姆供电所", null, false, null, 0, 0, false, false, null, null),
        };
        var cut = Render<RoundStationsGrid>(p => p.Add(x => x.RoundId, 77).Add(x => x.Rows, rows));

        Assert.Equal("evaluation/77/stations/3", cut.FindAll("a").Single(a => a.TextContent == "桐琴供电所").GetAttribute("href"));
        Assert.Single(cut.FindAll("[data-testid=sampled]"));
        Assert.Contains("已定级 93 分 优秀", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("未评分", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("4 / 10", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_round_says_so()
    {
        var cut = Render<RoundStationsGrid>(p => p.Add(x => x.RoundId, 77).Add(x => x.Rows, Array.Empty<RoundStationRow>()));
        Assert.Contains("本次评价没有站所", cut.Markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EvaluationRoundStatus.Preparing, "准备", Color.Info)]
    [InlineData(EvaluationRoundStatus.InProgress, "进行中", Color.Warning)]
    [InlineData(EvaluationRoundStatus.Completed, "已完成", Color.Success)]
    public void Round_status_is_a_coloured_chip(EvaluationRoundStatus status, string text, Color color)
    {
        var cut = Render<RoundStatusChip>(p => p.Add(x => x.Status, status));
        Assert.Equal(text, cut.Find("[data-testid=round-status]").TextContent.Trim());
        Assert.Equal(color, cut.FindComponent<MudChip<string>>().Instance.Color);
    }

    [Fact]
    public void Rounds_link_to_their_page()
    {
        var rounds = new[] { new RoundSummary(5, 2025, "QL-2022", "2025年度清廉供电站所评价", new DateOnly(2026, 1, 5), new DateOnly(2026, 2, 5), EvaluationRoundStatus.InProgress, 14, 2, 3) };
        var cut = Render<RoundsGrid>(p => p.Add(x => x.Rounds, rounds));
        Assert.Equal("evaluation/5", cut.FindAll("a").Single(a => a.TextContent == "2025年度清廉供电站所评价").GetAttribute("href"));
        Assert.Contains("2026-01-05 ~ 2026-02-05", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("进行中", cut.Find("[data-testid=round-status]").TextContent.Trim());
    }

    [Fact]
    public void An_overdue_action_shows_a_red_overdue_chip_and_a_done_one_a_green_chip()
    {
        SignIn("jiwei", ComplianceDashboard.Web.Infrastructure.Security.Roles.DisciplineLeader);
        var today = new DateOnly(2026, 11, 20);
        var actions = new[]
        {
            new CorrectiveAction { Id = 1, Description = "补齐四风检查记录", Owner = "王所长", Deadline = today.AddDays(-1), Status = CorrectiveActionStatus.InProgress },
            new CorrectiveAction { Id = 2, Description = "公开栏更新", Owner = "李主任", Deadline = today.AddDays(-9), Status = CorrectiveActionStatus.Done, ClosedOn = today.AddDays(-10) },
        };
        var cut = Render<CorrectiveActionsTable>(p => p.Add(x => x.Rows, actions).Add(x => x.Today, today));
        var chips = cut.FindComponents<MudChip<string>>();
        Assert.Equal(["逾期", "已完成"], chips.Select(c => c.Find("[data-testid=action-status]").TextContent.Trim()));
        Assert.Equal([Color.Error, Color.Success], chips.Select(c => c.Instance.Color));
        Assert.Empty(cut.FindAll("tbody button"));
    }
}
