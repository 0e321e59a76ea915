using ComplianceDashboard.BrowserTests.Infrastructure;
using ComplianceDashboard.BrowserTests.Pages;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Evaluation;

[Collection(WritingAppServerGroup.Name)]
public class EvaluationRoundTests(AppServer server) : BrowserTest(server)
{
    [Fact]
    public async Task Evaluator_draws_a_sample_with_a_seed_sees_the_sampled_stations_and_prints_a_feedback_sheet_with_every_section()
    {
        var page = await Server.NewSignedInPageAsync("kaoping", "/evaluation");
        var evaluation = new EvaluationPages(page);
        var year = DateTime.UtcNow.Year - 1;
        await evaluation.CreateRoundAndOpenAsync($"{year}年度清廉供电站所评价");

        await evaluation.DrawAsync(3, 4242);
        var first = await evaluation.SampleResult.Locator("div").First.InnerTextAsync();
        await Assertions.Expect(evaluation.SampledBadges).ToHaveCountAsync(3);
        var sampled = first[(first.IndexOf('：', StringComparison.Ordinal) + 1)..].Split('、');
        Assert.Equal(3, sampled.Length);

        // The same seed and rule give the same stations (the draw's minute may have moved on); the earlier draw stays in the history.
        await evaluation.DrawAsync(3, 4242);
        await Assertions.Expect(page.GetByText("抽取记录（2次）")).ToBeVisibleAsync(); // the second draw is shown, not still the first
        Assert.Equal(WithoutDrawTime(first), WithoutDrawTime(await evaluation.SampleResult.Locator("div").First.InnerTextAsync()));
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "evaluation-round.png"), FullPage = true });

        await evaluation.OpenStationAsync(sampled[0]);
        // Evidence titles are visible (the column has a width) and each opens its record.
        var title = evaluation.EvidenceTitles.First;
        await Assertions.Expect(title).ToBeVisibleAsync();
        await Assertions.Expect(title).Not.ToBeEmptyAsync();
        var box = await title.BoundingBoxAsync();
        Assert.True(box is { Width: > 40, Height: > 0 }, $"evidence title cell is {box?.Width} px wide");
        await Assertions.Expect(title.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"^records/\d+$"));

        await evaluation.FinaliseAsync();
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "evaluation-station.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "反馈单", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "评价反馈单", Level = 2 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("feedback-total")).Not.ToBeEmptyAsync();
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "evaluation-feedback.png"), FullPage = true });
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "evaluation-feedback-print.png"), FullPage = true });

        // The printed feedback sheet has every section, not just its first page.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "五、改进建议" })).ToBeAttachedAsync();
        var pdf = await page.PdfAsync(new() { Format = "A4", Outline = true, Tagged = true, Path = Path.Combine(AppServer.ArtifactsFolder, "evaluation-feedback.pdf") });
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var pages = System.Text.RegularExpressions.Regex.Count(text, @"/Type\s*/Page(?!s)");
        Assert.True(pages >= 2, $"the feedback sheet printed on {pages} page(s)");
        // The PDF outline lists the headings (UTF-16BE hex strings): the last section's heading is in the document.
        var lastHeading = Convert.ToHexString(System.Text.Encoding.BigEndianUnicode.GetBytes("五、改进建议"));
        Assert.Contains(lastHeading, text.ToUpperInvariant(), StringComparison.Ordinal);
    }

    private static string WithoutDrawTime(string sampleLine) =>
        System.Text.RegularExpressions.Regex.Replace(sampleLine, @"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", "");
}
