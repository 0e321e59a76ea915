using ComplianceDashboard.IntegrationTests.Records;
using ComplianceDashboard.Web.Features.Records;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.ComponentTests.Records;

/// <summary>The record form when the database cannot be written: the input stays, the message says why.</summary>
[Collection(FaultyDiskAppGroup.Name)]
public class RecordFormFailureTests(FaultyDiskApp app) : RecordsAppComponentTest(app)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Saving_on_a_full_database_keeps_what_was_typed_shows_why_in_Chinese_and_saves_on_retry(bool rollbackUnnoticed)
    {
        RenderProviders();
        var nav = Services.GetRequiredService<NavigationManager>();
        nav.NavigateTo("records/new?kind=InstantDisclosure&station=1");
        var cut = Render<RecordFormPage>();
        cut.WaitForElement("[data-testid=record-form]");
        var title = $"村口公告栏：十一月停电检修公告（{rollbackUnnoticed}）";
        cut.Find("#Title").Change(title);
        cut.Find("#Content").Change("11月25日8:00至17:00，10kV后陈线停电检修。");
        var before = await CountAsync();

        App.Database.Enabled = true;
        App.Database.RollbackUnnoticed = rollbackUnnoticed;
        try
        {
            cut.Find("[data-testid=save-record]").Click();
            cut.WaitForAssertion(() => Assert.Equal("保存失败：数据库无法写入（磁盘已满）。您填写的内容仍在页面上，请稍后重试或联系管理员。",
                cut.Find("[data-testid=form-error]").TextContent.Trim()));
        }
        finally
        {
            App.Database.Enabled = false;
            App.Database.RollbackUnnoticed = false;
        }

        Assert.Equal(title, cut.Find("#Title").GetAttribute("value"));
        Assert.Equal("11月25日8:00至17:00，10kV后陈线停电检修。", cut.Find("#Content").GetAttribute("value"));
        Assert.Empty(cut.FindAll("[data-testid=form-not-saved]")); // no field to fix
        Assert.Null(cut.Find("[data-testid=save-record]").GetAttribute("disabled"));
        Assert.EndsWith("records/new?kind=InstantDisclosure&station=1", nav.Uri, StringComparison.Ordinal); // still on the form
        Assert.Equal(before, await CountAsync());

        cut.Find("[data-testid=save-record]").Click(); // the same input, once the disk has room again
        cut.WaitForAssertion(() => Assert.Matches(@"/records/\d+$", nav.Uri));
        Assert.Equal(before + 1, await CountAsync());
    }

    private async Task<int> CountAsync()
    {
        await using var db = App.CreateDbContext();
        return await db.Records.IgnoreQueryFilters().CountAsync();
    }
}
