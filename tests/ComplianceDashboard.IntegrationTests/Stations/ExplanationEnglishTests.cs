using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web;
using ComplianceDashboard.Web.Features.Stations;
using ComplianceDashboard.Web.Grading;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace ComplianceDashboard.IntegrationTests.Stations;

/// <summary>
/// The grader writes its explanations in Chinese and stores them with each grade; in English the station and item pages
/// show them part by part (ItemText, ADR-019). Every explanation and gap of the demo county's grades reads in English,
/// but for the names and texts in it that are data (service points, people, problems found).
/// </summary>
[Collection(ReadOnlyAppGroup.Name)]
[Trait(TestDatabase.ProviderTrait, TestDatabase.Neutral)]
public class ExplanationEnglishTests(TestApp app)
{
    [Fact]
    public async Task Every_explanation_of_the_demo_countys_grades_reads_in_English_but_for_names()
    {
        await using var db = app.CreateDbContext();
        var texts = (await db.GradeSnapshots.AsNoTracking().Where(s => s.IsLatest).Select(s => s.ItemsJson).ToListAsync())
            .SelectMany(GradeJson.Items)
            .SelectMany(i => i.Gaps.Select(g => g.Description).Prepend(i.Explanation))
            .Distinct().ToList();
        string[] names =
        [
            .. await db.ServicePoints.Select(p => p.Name).ToListAsync(), .. await db.People.Select(p => p.Name).ToListAsync(),
            .. await db.EmergingProblems.Select(p => p.Description).ToListAsync(),
        ];
        Assert.True(texts.Count > 100, $"the demo county's grades explain themselves ({texts.Count} texts)");
        var localizer = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();

        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        try
        {
            var untranslated = texts
                .Select(text => (Chinese: text, English: names.Aggregate(ItemText.Explanation(text, localizer), (english, name) => english.Replace(name, "", StringComparison.Ordinal))))
                .Where(t => t.English.Any(c => c is >= '\u4e00' and <= '\u9fff'))
                .Select(t => $"{t.Chinese} → {t.English}")
                .ToList();
            Assert.True(untranslated.Count == 0, $"{untranslated.Count} explanation(s) not in English:\n" + string.Join('\n', untranslated.Take(30)));
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }
}
