using ComplianceDashboard.Domain.Competition;

namespace ComplianceDashboard.UnitTests.Competition;

public class JudgementAndRankingTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(0.5, true)]
    [InlineData(2.5, true)]
    [InlineData(3, true)]
    [InlineData(3.5, false)]
    [InlineData(-0.5, false)]
    [InlineData(1.25, false)]
    [InlineData(0.1, false)]
    public void Judgement_points_are_0_to_max_in_steps_of_half_a_point(double points, bool valid) =>
        Assert.Equal(valid, JudgementRules.Validate((decimal)points, 3m) is null);

    [Fact]
    public void Judgement_errors_are_in_chinese()
    {
        Assert.Equal("得分应在0至3分之间", JudgementRules.Validate(4m, 3m));
        Assert.Equal("得分须为0.5分的整数倍", JudgementRules.Validate(1.2m, 3m));
    }

    [Fact]
    public void Ranking_shares_ranks_on_ties_and_skips_after()
    {
        var ranked = CompetitionRanking.Rank([new(1, "乙", 90m), new(2, "甲", 95.5m), new(3, "丙", 90m), new(4, "丁", 80m)]);
        Assert.Equal([(1, 2), (2, 3), (2, 1), (4, 4)], ranked.Select(r => (r.Rank, r.UnitId)));
    }
}
