using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Web.Components.Mud;
using MudBlazor;

namespace ComplianceDashboard.ComponentTests.Components.Mud;

public class MudLocalizerTests : ComponentTest
{
    private sealed record Row(string Name);

    [Fact]
    public void Data_grid_pager_speaks_Chinese_when_the_UI_is_Chinese()
    {
        var grid = Render<MudDataGrid<Row>>(p => p
            .Add(g => g.Items, Enumerable.Range(1, 30).Select(i => new Row($"站所{i}")).ToList())
            .Add(g => g.PagerContent, builder =>
            {
                builder.OpenComponent<MudDataGridPager<Row>>(0);
                builder.CloseComponent();
            }));

        Assert.Contains("每页行数", grid.Markup, StringComparison.Ordinal);
        Assert.Contains("共 30 条", grid.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Rows per page", grid.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_grid_pager_speaks_English_when_the_UI_is_English()
    {
        UseCulture("en");
        var grid = Render<MudDataGrid<Row>>(p => p
            .Add(g => g.Items, Enumerable.Range(1, 30).Select(i => new Row($"S{i}")).ToList())
            .Add(g => g.PagerContent, builder =>
            {
                builder.OpenComponent<MudDataGridPager<Row>>(0);
                builder.CloseComponent();
            }));

        Assert.Contains("Rows per page", grid.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("每页行数", grid.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_Chinese_key_is_one_MudBlazor_still_asks_for()
    {
        var resources = typeof(MudLocalizer).Assembly.GetManifestResourceNames().Single(n => n.EndsWith("LanguageResource.resources", StringComparison.Ordinal));
        using var stream = typeof(MudLocalizer).Assembly.GetManifestResourceStream(resources)!;
        using var reader = new System.Resources.ResourceReader(stream);
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in reader)
        {
            known.Add((string)entry.Key);
        }

        Assert.All(AppMudLocalizer.ChineseKeys, key => Assert.Contains(key, known));
    }
}
