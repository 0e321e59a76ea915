using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Features.Evaluation;
using ComplianceDashboard.Web.Infrastructure.Security;

namespace ComplianceDashboard.IntegrationTests.Evaluation;

public class SamplingTests(EvaluationApp app) : IClassFixture<EvaluationApp>
{
    private static readonly StationSampler.Candidate[] Fourteen =
        [.. Enumerable.Range(1, 14).Select(i => new StationSampler.Candidate(i, i <= 2 ? "A" : i <= 12 ? "B" : "C"))];

    [Fact]
    public void The_same_seed_gives_the_same_sample()
    {
        var first = StationSampler.Draw(20251120, 4, stratified: false, Fourteen);
        var again = StationSampler.Draw(20251120, 4, stratified: false, Fourteen.AsEnumerable().Reverse());
        Assert.Equal(first, again);
        Assert.Equal(4, first.Distinct().Count());
    }

    [Fact]
    public void Different_seeds_usually_give_different_samples()
    {
        var samples = Enumerable.Range(1, 10).Select(seed => string.Join(',', StationSampler.Draw(seed, 4, false, Fourteen).Order())).ToHashSet();
        Assert.True(samples.Count >= 5, $"only {samples.Count} different samples from 10 seeds");
    }

    [Fact]
    public void Stratified_draw_takes_at_least_one_from_every_band_and_the_rest_proportionally()
    {
        Assert.Equal([1, 3, 1], StationSampler.Allocate([2, 10, 2], 5));
        Assert.Equal([2, 7, 1], StationSampler.Allocate([2, 10, 2], 10)); // 1.43 / 7.14 / 1.43: largest remainder, ties to the first band
        Assert.Equal([0, 1, 0], StationSampler.Allocate([2, 10, 2], 1));
        foreach (var seed in new[] { 1, 7, 42, 2025 })
        {
            var drawn = StationSampler.Draw(seed, 5, stratified: true, Fourteen);
            var bands = drawn.Select(id => Fourteen.Single(c => c.StationId == id).Band).ToList();
            Assert.Equal(1, bands.Count(b => b == "A"));
            Assert.Equal(3, bands.Count(b => b == "B"));
            Assert.Equal(1, bands.Count(b => b == "C"));
        }
    }

    [Fact]
    public async Task A_draw_is_recorded_with_seed_rule_and_who_and_a_redraw_keeps_the_history()
    {
        var kaoping = await app.AsUserAsync("kaoping");
        var first = await kaoping.Rounds.DrawSampleAsync(app.RoundId, 777, 3, stratified: true).OkAsync();
        var second = await kaoping.Rounds.DrawSampleAsync(app.RoundId, 777, 3, stratified: true).OkAsync();
        Assert.Equal(first.ResultIds, second.ResultIds);
        Assert.Equal("kaoping", first.DrawnBy);
        Assert.Equal(Enumerable.Range(1, 14), first.CandidateIds);

        var detail = await (await app.AsUserAsync("jiwei")).Rounds.GetAsync(app.RoundId);
        Assert.True(detail!.Draws.Count >= 2);
        Assert.Equal(second.Id, detail.Draws[0].Id);
        Assert.Equal(second.ResultIds.Order(), detail.Stations.Where(s => s.Sampled).Select(s => s.StationId).Order());
    }

    [Fact]
    public async Task Only_an_evaluator_draws_and_the_sample_size_must_fit_the_candidates()
    {
        await Assert.ThrowsAsync<ForbiddenException>(async () => await (await app.AsUserAsync("jiwei")).Rounds.DrawSampleAsync(app.RoundId, 1, 3, false));
        await Assert.ThrowsAsync<ForbiddenException>(async () => await (await app.AsUserAsync("shuji1")).Rounds.DrawSampleAsync(app.RoundId, 1, 3, false));
        var ex = await (await app.AsUserAsync("kaoping")).Rounds.DrawSampleAsync(app.RoundId, 1, 15, false);
        Assert.Contains("SampleSize", ex.FieldErrors.Keys);
    }
}
