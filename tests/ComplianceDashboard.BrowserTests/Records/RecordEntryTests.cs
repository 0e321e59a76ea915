using System.Text.RegularExpressions;
using ComplianceDashboard.BrowserTests.Infrastructure;
using ComplianceDashboard.BrowserTests.Pages;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Records;

/// <summary>
/// Record entry and the records list in Chromium. The form's field errors in Chinese and that nothing is saved:
/// RecordServiceTests (integration tests) and RecordFormSectionTests (component tests, also the inspection's 添加问题).
/// </summary>
[Collection(WritingAppServerGroup.Name)]
public class RecordEntryTests(AppServer server) : BrowserTest(server)
{
    private static readonly byte[] Pdf = [.. "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"u8];

    [Fact]
    public async Task Secretary_records_a_missing_monthly_group_meeting_with_minutes_and_sees_the_month_satisfied()
    {
        var page = await Server.NewSignedInPageAsync("shuji1");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")));
        var month = await FirstMonthWithoutMeetingAsync(page, today);
        var key = $"{today.Year}-{month:D2}";
        var day = month == today.Month ? today : new DateOnly(today.Year, month, 20);

        var form = new RecordFormPage(page);
        await form.OpenAsync($"kind=GroupMeeting&station=1&period={key}");
        await Assertions.Expect(form.Title).ToHaveValueAsync($"{today.Year}年{month}月监督小组会议");
        if (day != today)
        {
            await form.SetDateAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        var title = $"{today.Year}年{month}月监督小组会议（浏览器测试）";
        await form.Title.FillAsync(title);
        await form.Content.FillAsync("议题：通报本月服务监督情况；研究客户经理履职提醒。");
        await form.CheckAllMembersAsync();
        await Assertions.Expect(form.Quorum).ToContainTextAsync("出席");
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "record-form.png"), FullPage = true });
        await form.Save.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/records/\d+$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        await FileUpload.ChooseAsync(page.GetByTestId("attachment-input"), new FilePayload { Name = "会议纪要.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await Assertions.Expect(page.GetByTestId("record-attachments").GetByRole(AriaRole.Link, new() { Name = "会议纪要.pdf" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("record-obligations")).ToContainTextAsync($"已满足 O5 {key} 按时");
        await Assertions.Expect(page.GetByTestId("record-history")).ToContainTextAsync("新增");
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "record-detail.png"), FullPage = true });

        var last = new DateOnly(today.Year, month, 1).AddMonths(1).AddDays(-1);
        await NavigateInAppAsync(page, $"/records?station=1&kind=GroupMeeting&from={today.Year}-{month:D2}-01&to={last:yyyy-MM-dd}");
        await Assertions.Expect(page.GetByTestId("records-grid").GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "records-list.png"), FullPage = true });

        // The station's obligation calendar shows the month green (按时) in the O5 row.
        await NavigateInAppAsync(page, $"/stations/1?year={today.Year}");
        var cell = page.Locator($"g.apexcharts-heatmap-series[seriesName^='O5'] rect.apexcharts-heatmap-rect[j='{month - 1}']");
        await Assertions.Expect(cell).ToHaveAttributeAsync("fill", "#2e7d32");
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "station-calendar.png"), FullPage = true });
    }

    [Fact]
    public async Task Records_list_keeps_its_filter_in_the_URL_so_a_reload_shows_the_same_list()
    {
        var page = await Server.NewSignedInPageAsync("shuji1", "/records?station=1");
        await page.Locator("html[data-interactive='true']").WaitForAsync();
        var grid = page.GetByTestId("records-grid");
        await Assertions.Expect(grid.Locator("tbody tr td:first-child").First).ToHaveTextAsync(new Regex(@"^\s*\d{4}-\d{2}-\d{2}\s*$"));
        var title = (await grid.Locator("tbody tr").First.GetByRole(AriaRole.Link).InnerTextAsync()).Trim();
        var total = page.GetByTestId("records-total");
        var allRecords = await total.InnerTextAsync();

        await page.Locator("#filter-keyword").FillAsync(title);
        await page.Locator("#filter-keyword").PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"[?&]q=[^&]+"));
        Assert.Contains("station=1", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(total).Not.ToHaveTextAsync(allRecords); // the grid reloaded with the keyword
        await Assertions.Expect(grid.GetByRole(AriaRole.Link, new() { Name = title }).First).ToBeVisibleAsync();
        var matching = await total.InnerTextAsync();
        var shown = await grid.Locator("tbody tr").CountAsync();

        await page.ReloadAsync();
        await page.Locator("html[data-interactive='true']").WaitForAsync();
        await Assertions.Expect(page.Locator("#filter-keyword")).ToHaveValueAsync(title);
        await Assertions.Expect(grid.GetByRole(AriaRole.Link, new() { Name = title }).First).ToBeVisibleAsync();
        await Assertions.Expect(total).ToHaveTextAsync(matching);
        await Assertions.Expect(grid.Locator("tbody tr")).ToHaveCountAsync(shown);
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "records-list-filtered.png"), FullPage = true });

        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/records?station=1");
        await Assertions.Expect(grid.Locator("tbody tr td:first-child").First).ToHaveTextAsync(new Regex(@"^\s*\d{4}-\d{2}-\d{2}\s*$"));
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "records-list-phone.png"), FullPage = true });
        await new RecordFormPage(page).OpenAsync("kind=GroupMeeting&station=1");
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "record-form-phone.png"), FullPage = true });
    }

    // A month of this year (up to this one) in which station 1 has no group meeting: missing, or pending this month.
    // When every month has one, the secretary deletes an earlier month's meeting(s) first, so that month is missing.
    private static async Task<int> FirstMonthWithoutMeetingAsync(IPage page, DateOnly today)
    {
        var months = await MeetingMonthsAsync(page, today);
        var free = Enumerable.Range(1, today.Month).FirstOrDefault(m => !months.Contains(m));
        if (free != 0)
        {
            return free;
        }
        var month = today.Month > 1 ? today.Month - 1 : today.Month;
        while ((await MeetingMonthsAsync(page, today)).Contains(month))
        {
            await page.GetByTestId("records-grid").Locator("tbody tr").Filter(new() { HasText = $"{today.Year}-{month:D2}-" }).First.GetByRole(AriaRole.Link).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/records/\d+$"));
            await page.GetByRole(AriaRole.Button, new() { Name = "删除", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "确认删除" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/records$"));
        }
        return month;
    }

    private static async Task<HashSet<int>> MeetingMonthsAsync(IPage page, DateOnly today)
    {
        await page.GotoAsync($"/records?station=1&kind=GroupMeeting&from={today.Year}-01-01");
        await page.Locator("html[data-interactive='true']").WaitForAsync();
        // The grid loads its page from the server once interactive: wait for a dated row or the "no records" text.
        var firstCells = page.GetByTestId("records-grid").Locator("tbody tr td:first-child");
        await Assertions.Expect(firstCells.First).ToHaveTextAsync(new Regex(@"^\s*\d{4}-\d{2}-\d{2}\s*$|没有符合条件的记录"));
        var dates = await firstCells.AllInnerTextsAsync();
        return [.. dates.Select(d => DateOnly.TryParseExact(d.Trim(), "yyyy-MM-dd", out var x) ? x.Month : 0)];
    }
}
