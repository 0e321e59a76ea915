using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.IntegrationTests.Records;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Records;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;



namespace ComplianceDashboard.ComponentTests.Records;

/// <summary>Uploading when the attachment disk is full: a clear message, and the panel leaves its busy state.</summary>
[Collection(FaultyDiskAppGroup.Name)]
public class RecordAttachmentsFailureTests(FaultyDiskApp app) : RecordsAppComponentTest(app)
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"u8, .. new byte[3000], .. "%%EOF\n"u8];

    [Theory]
    [InlineData(StoreFault.DiskFull, "附件保存失败：磁盘空间不足，请联系管理员。")]
    [InlineData(StoreFault.IoError, "附件保存失败：无法写入附件存储，请联系管理员。")]
    [InlineData(StoreFault.Unexpected, "附件上传失败，请重试；如仍失败请联系管理员。")]
    public async Task A_failed_upload_says_why_and_the_upload_button_is_usable_again(StoreFault fault, string message)
    {
        RenderProviders();
        var detail = await DetailAsync();
        var cut = Render<RecordAttachments>(p => p.Add(c => c.Detail, detail));
        var files = App.AttachmentFiles();
        string? whileUploading = null;

        App.Attachments.Fault = fault;
        App.Attachments.Failing = () => whileUploading = cut.Markup;
        try
        {
            cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Pdf, "会议纪要.pdf", contentType: "application/pdf"));
            cut.WaitForAssertion(() => Assert.Equal(message, cut.Find("[data-testid=attachment-error]").TextContent.Trim()));
        }
        finally
        {
            App.Attachments.Fault = StoreFault.None;
            App.Attachments.Failing = null;
        }

        Assert.Contains("正在上传…", whileUploading, StringComparison.Ordinal);
        Assert.DoesNotContain("正在上传…", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("上传附件", cut.Find("label[for]").TextContent, StringComparison.Ordinal);
        Assert.False(cut.Find("[data-testid=attachment-input]").HasAttribute("disabled"));
        Assert.Equal(files, App.AttachmentFiles());
    }

    private async Task<RecordDetail> DetailAsync()
    {
        var created = await Services.GetRequiredService<RecordService>().CreateAsync(new RecordInput
        {
            StationId = 1, Kind = RecordKind.InstantDisclosure, EventDate = new DateOnly(2026, 11, 17), Title = "测试即时公开", Content = "营业厅公告栏",
        });
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.SelectMany(e => e.Value)));
        return new RecordDetail(new EvidenceRecord { Id = created.RecordId, StationId = 1, Kind = RecordKind.InstantDisclosure, Title = "测试即时公开" },
            "桐琴供电所", null, null, [], 0, null, null, [], CanWrite: true, IsLocked: false);
    }
}
