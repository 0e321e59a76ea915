using ComplianceDashboard.BrowserTests.Infrastructure;
using ComplianceDashboard.BrowserTests.Pages;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Evaluation;

[Collection(AppServerGroup.Name)]
public class EvaluationRoundTests(AppServer server)
{
    [Fact]
    public async Task Evaluator_draws_a_sample_with_a_seed_sees_the_sampled_stations_and_prints_a_feedback_sheet()
    {
        var page = await server.NewSignedInPageAsync("kaoping");
        var evaluation = new EvaluationPages(page);
        var year = DateTime.UtcNow.Year - 1;
        await evaluation.CreateRoundAndOpenAsync($"{year}年度清廉供电站所评价");

        await evaluation.DrawAsync(3, 4242);
        var first = await evaluation.SampleResult.Locator("div").First.InnerTextAsync();
        await Assertions.Expect(evaluation.SampledBadges).ToHaveCountAsync(3);
        var sampled = first[(first.IndexOf('：', StringComparison.Ordinal) + 1)..].Split('、');
        Assert.Equal(3, sampled.Length);

        // The same seed and rule give the same stations; the earlier draw stays in the history.
        await evaluation.DrawAsync(3, 4242);
        Assert.Equal(first, await evaluation.SampleResult.Locator("div").First.InnerTextAsync());
        await Assertions.Expect(page.GetByText("抽取记录（2次）")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppServer.ArtifactsFolder, "evaluation-round.png"), FullPage = true });

        await evaluation.OpenStationAsync(sampled[0]);
        await page.GetByRole(AriaRole.Button, new() { Name = "定级" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("finalised")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppServer.ArtifactsFolder, "evaluation-station.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "反馈单" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "评价反馈单", Level = 2 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("feedback-total")).Not.ToBeEmptyAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppServer.ArtifactsFolder, "evaluation-feedback.png"), FullPage = true });
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppServer.ArtifactsFolder, "evaluation-feedback-print.png"), FullPage = true });
    }
}
