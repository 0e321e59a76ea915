using ComplianceDashboard.IntegrationTests.Evaluation;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Evaluation;

namespace ComplianceDashboard.ComponentTests.Evaluation;

[Collection(EvaluationAppGroup.Name)]
public class EvidenceTableTests(EvaluationApp app) : EvaluationComponentTest(app)
{
    private static readonly EvidenceRow Minutes = new("13", "监督小组会议", 4711, "会议纪要", "3月监督小组例会纪要", new DateOnly(2025, 3, 28),
        ReviewStatus.Unreviewed, null, null, null);

    private static readonly EvidenceRow Rejected = new("15", "专项监督检查", 4712, "检查记录", "4月专项检查", new DateOnly(2025, 4, 20),
        ReviewStatus.Rejected, "日期与签到表不符", "kaoping", new DateTime(2026, 11, 19, 2, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void Each_title_is_shown_and_links_to_its_record_so_the_evaluator_can_open_it()
    {
        SignInEvaluator();
        var cut = Render<EvidenceTable>(p => p.Add(x => x.Rows, new[] { Minutes, Rejected }));

        var link = cut.Find("[data-testid=evidence-link-4711]");
        Assert.Equal("3月监督小组例会纪要", link.TextContent.Trim());
        Assert.Equal("records/4711", link.GetAttribute("href"));
        Assert.Equal("_blank", link.GetAttribute("target"));
        Assert.Equal("records/4712", cut.Find("[data-testid=evidence-link-4712]").GetAttribute("href"));
        Assert.Equal(["3月监督小组例会纪要", "4月专项检查"], cut.FindAll("[data-testid=evidence-title]").Select(t => t.TextContent.Trim()));
    }

    [Fact]
    public void Review_status_is_a_chip_with_the_note_and_the_buttons_offer_only_the_other_decisions()
    {
        SignInEvaluator();
        var decisions = new List<EvidenceDecision>();
        var rejects = new List<EvidenceRow>();
        var cut = Render<EvidenceTable>(p => p.Add(x => x.Rows, new[] { Minutes, Rejected })
            .Add(x => x.Decide, d => decisions.Add(d)).Add(x => x.Reject, r => rejects.Add(r)));

        var rows = cut.FindAll("tbody tr");
        Assert.Equal(["未审核", "已驳回"], cut.FindAll("[data-testid=review-status]").Select(c => c.TextContent.Trim()));
        Assert.Contains("日期与签到表不符", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Equal(["确认", "驳回"], rows[0].QuerySelectorAll("button").Select(b => b.TextContent.Trim()));
        Assert.Equal(["确认", "撤销"], rows[1].QuerySelectorAll("button").Select(b => b.TextContent.Trim()));

        rows[0].QuerySelectorAll("button").First(b => b.TextContent.Trim() == "确认").Click();
        Assert.Equal(new EvidenceDecision(Minutes, ReviewStatus.Confirmed), Assert.Single(decisions));
        cut.FindAll("tbody tr")[0].QuerySelectorAll("button").First(b => b.TextContent.Trim() == "驳回").Click();
        Assert.Equal(Minutes, Assert.Single(rejects));
    }

    [Fact]
    public void A_locked_station_and_a_reader_get_no_review_buttons()
    {
        SignInEvaluator();
        var locked = Render<EvidenceTable>(p => p.Add(x => x.Rows, new[] { Minutes }).Add(x => x.Locked, true));
        Assert.Empty(locked.FindAll("tbody button"));
        Assert.Equal("records/4711", locked.Find("[data-testid=evidence-link-4711]").GetAttribute("href"));
    }

    [Fact]
    public void A_sampled_record_with_open_integrity_signals_shows_them_as_chips_beside_its_title()
    {
        SignInEvaluator();
        var signals = new Dictionary<long, IReadOnlyList<ComplianceDashboard.Domain.Integrity.SignalKind>>
        {
            [4711] = [ComplianceDashboard.Domain.Integrity.SignalKind.LateEntry, ComplianceDashboard.Domain.Integrity.SignalKind.CopiedText],
        };
        var cut = Render<EvidenceTable>(p => p.Add(x => x.Rows, new[] { Minutes, Rejected }).Add(x => x.Signals, signals));

        var titles = cut.FindAll("[data-testid=evidence-title]");
        Assert.Equal(["逾期补录", "文本雷同"], titles[0].QuerySelectorAll("[data-testid=integrity-chip]").Select(c => c.TextContent.Trim()));
        Assert.Empty(titles[1].QuerySelectorAll("[data-testid=integrity-chip]"));
    }

    [Fact]
    public void No_evidence_says_so_in_Chinese()
    {
        SignInEvaluator();
        var cut = Render<EvidenceTable>(p => p.Add(x => x.Rows, Array.Empty<EvidenceRow>()));
        Assert.Contains("本年度评分没有引用任何记录", cut.Markup, StringComparison.Ordinal);
    }
}
