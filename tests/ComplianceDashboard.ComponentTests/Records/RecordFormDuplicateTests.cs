using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.IntegrationTests.Records;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Records;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.ComponentTests.Records;

/// <summary>
/// The record form's question before a second record for a once-per-period duty: it names and links
/// the record already there; cancelling saves nothing and keeps the input, confirming saves.
/// </summary>
[Collection(FaultyDiskAppGroup.Name)]
public class RecordFormDuplicateTests(FaultyDiskApp app) : RecordsAppComponentTest(app)
{
    private const string Content = "3月服务公开补充：新电价政策，营业厅及村务公开栏张贴。";

    [Fact]
    public async Task A_second_March_disclosure_asks_first_cancel_keeps_the_form_and_confirm_saves_it()
    {
        var existing = await MarchDisclosureAsync();
        var provider = RenderProviders();
        var nav = Services.GetRequiredService<NavigationManager>();
        nav.NavigateTo("records/new?kind=MonthlyServiceDisclosure&station=1&period=2026-03");
        var cut = Render<RecordFormPage>();
        cut.WaitForElement("[data-testid=record-form]");
        cut.Find("#Content").Change(Content);
        var before = await CountAsync();

        cut.Find("[data-testid=save-record]").Click();
        provider.WaitForAssertion(() => Assert.Equal(
            $"本站所 2026年3月 已有一条月度服务公开记录（{existing.EventDate:yyyy-MM-dd}），再保存一条不会重复计分。确定要保存吗？",
            provider.Find(".confirm-message").TextContent.Trim()));
        var link = provider.Find("[data-testid=confirm-link]");
        Assert.Equal($"records/{existing.Id}", link.GetAttribute("href"));
        Assert.Equal("_blank", link.GetAttribute("target"));
        Assert.Equal($"查看已有记录：{existing.Title}", link.TextContent.Trim());
        Assert.Equal("仍然保存", provider.Find("[data-testid=confirm-ok]").TextContent.Trim());

        provider.Find("[data-testid=confirm-cancel]").Click();
        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll(".confirm-message")));
        Assert.Equal(before, await CountAsync());
        Assert.EndsWith("records/new?kind=MonthlyServiceDisclosure&station=1&period=2026-03", nav.Uri, StringComparison.Ordinal);
        Assert.Equal(Content, cut.Find("#Content").GetAttribute("value"));
        Assert.Empty(cut.FindAll("[data-testid=form-error]"));
        Assert.Empty(cut.FindAll("[data-testid=form-not-saved]"));

        cut.Find("[data-testid=save-record]").Click();
        provider.WaitForAssertion(() => Assert.NotEmpty(provider.FindAll("[data-testid=confirm-ok]")));
        provider.Find("[data-testid=confirm-ok]").Click();
        cut.WaitForAssertion(() => Assert.Matches(@"/records/\d+$", nav.Uri));
        Assert.Equal(before + 1, await CountAsync());
    }

    // Station 1's March 2026 monthly disclosure the question names (the earliest); one is made if the demo county has none.
    private async Task<Web.Data.Entities.EvidenceRecord> MarchDisclosureAsync()
    {
        var records = Services.GetRequiredService<RecordService>();
        await using var db = App.CreateDbContext();
        var query = db.Records.AsNoTracking().Where(r => r.StationId == 1 && r.Kind == RecordKind.MonthlyServiceDisclosure && r.Review != ReviewStatus.Rejected
            && (r.ForPeriod ?? r.EventDate) >= new DateOnly(2026, 3, 1) && (r.ForPeriod ?? r.EventDate) <= new DateOnly(2026, 3, 31)).OrderBy(r => r.EventDate).ThenBy(r => r.Id);
        if (!await query.AnyAsync())
        {
            var made = await records.CreateAsync(new RecordInput
            {
                StationId = 1, Kind = RecordKind.MonthlyServiceDisclosure, EventDate = new DateOnly(2026, 3, 10), Title = "2026年3月月度服务公开", Content = "营业厅公告栏",
            });
            Assert.True(made.Succeeded, string.Join("; ", made.Errors.SelectMany(e => e.Value)));
        }
        return await query.FirstAsync();
    }

    private async Task<int> CountAsync()
    {
        await using var db = App.CreateDbContext();
        return await db.Records.IgnoreQueryFilters().CountAsync();
    }
}
