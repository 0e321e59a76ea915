using ComplianceDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Pages;

/// <summary>/records/import (记录 → 批量导入) as a person sees it.</summary>
public sealed class RecordImportPage(IPage page)
{
    public ILocator Panel => page.GetByTestId("record-import");
    public ILocator Template => page.GetByTestId("template-download");
    public ILocator FileInput => page.GetByTestId("xlsx-input");
    public ILocator Rows => page.GetByTestId("xlsx-rows");
    public ILocator Errors => page.GetByTestId("xlsx-errors");
    public ILocator Import => page.GetByTestId("xlsx-import");

    public async Task OpenAsync(string query)
    {
        await AppNavigation.OpenAsync(page, $"/records/import?{query}");
        await page.Locator("html[data-interactive='true']").WaitForAsync();
        await Assertions.Expect(Panel).ToBeVisibleAsync();
    }

    /// <summary>Clicks 下载模板 and returns the file's bytes.</summary>
    public async Task<byte[]> DownloadTemplateAsync()
    {
        var download = await page.RunAndWaitForDownloadAsync(() => Template.ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    public Task UploadAsync(string name, byte[] xlsx) =>
        FileUpload.ChooseAsync(FileInput, new FilePayload { Name = name, MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = xlsx });
}
