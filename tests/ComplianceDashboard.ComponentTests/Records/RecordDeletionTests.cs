using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Records;
using ComplianceDashboard.Web.Infrastructure;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ComplianceDashboard.ComponentTests.Records;

/// <summary>
/// Deleting a record or an attachment asks first (ConfirmAsync, destructive); cancelling never reaches the service.
/// The services run for real over the SQLite file; the ids do not exist there, so a confirmed delete comes back
/// with the service's own Chinese message, which the component shows.
/// </summary>
public sealed class RecordDeletionTests : ComponentTest, IClassFixture<RecordsDb>
{
    private readonly CountingFactory _factory;

    public RecordDeletionTests(RecordsDb db)
    {
        _factory = new CountingFactory(db);
        SignIn("shuji1", Roles.Secretary);
        Services.AddScoped(sp => new RecordService(_factory, sp.GetRequiredService<CurrentUser>(), null!, null!, null!, null!, null!, NullLogger<RecordService>.Instance));
        var store = new FileAttachmentStore(Options.Create(new AppOptions { AttachmentsPath = Path.Combine(Path.GetTempPath(), "cd-attachments-unused") }),
            new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { ContentRootPath = Path.GetTempPath() });
        Services.AddScoped(sp => new AttachmentService(_factory, sp.GetRequiredService<CurrentUser>(), store, Options.Create(new AppOptions()), null!, null!, null!, NullLogger<AttachmentService>.Instance));
    }

    [Theory]
    [InlineData("confirm-cancel", 0)]
    [InlineData("confirm-ok", 1)]
    public void A_record_is_deleted_only_after_confirming(string button, int serviceCalls)
    {
        var provider = RenderProviders();
        var deleted = 0;
        var cut = Render<RecordDeleteButton>(p => p.Add(c => c.RecordId, 987654).Add(c => c.Deleted, () => deleted++));

        cut.Find("[data-testid=delete-record]").Click();
        provider.WaitForAssertion(() => Assert.Contains("删除后该记录不再计入评分，变更历史将保留。", provider.Markup, StringComparison.Ordinal));
        Assert.Contains("mud-button-filled-error", provider.Find("[data-testid=confirm-ok]").ClassName, StringComparison.Ordinal);
        Assert.Equal(0, _factory.Count);
        provider.Find($"[data-testid={button}]").Click();

        cut.WaitForAssertion(() => Assert.Equal(serviceCalls, _factory.Count));
        Assert.Equal(0, deleted);
        if (serviceCalls > 0)
        {
            cut.WaitForAssertion(() => Assert.Contains("记录不存在或已删除", cut.Markup, StringComparison.Ordinal));
        }
        else
        {
            Assert.DoesNotContain("记录不存在或已删除", cut.Markup, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_locked_record_asks_for_the_correction_reason_beside_the_delete_button()
    {
        RenderProviders();
        var cut = Render<RecordDeleteButton>(p => p.Add(c => c.RecordId, 1).Add(c => c.IsLocked, true));

        Assert.NotNull(cut.Find("#DeleteReason"));
    }

    [Fact]
    public void Attachments_are_listed_with_download_links_and_removed_only_after_confirming()
    {
        var provider = RenderProviders();
        var cut = Render<RecordAttachments>(p => p.Add(c => c.Detail, Detail(canWrite: true)));

        var link = cut.Find("[data-testid=attachment-item] a");
        Assert.Equal("会议纪要.pdf", link.TextContent.Trim());
        Assert.Equal("attachments/4242", link.GetAttribute("href"));
        Assert.Contains("SHA-256 0123456789ab…", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("2 KB", cut.Markup, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid=attachment-input]"));

        cut.Find("[data-testid=delete-attachment]").Click();
        provider.WaitForAssertion(() => Assert.Contains("删除附件 会议纪要.pdf？", provider.Markup, StringComparison.Ordinal));
        provider.Find("[data-testid=confirm-cancel]").Click();
        Assert.Equal(0, _factory.Count);

        cut.Find("[data-testid=delete-attachment]").Click();
        provider.WaitForAssertion(() => Assert.NotEmpty(provider.FindAll("[data-testid=confirm-ok]")));
        provider.Find("[data-testid=confirm-ok]").Click();
        cut.WaitForAssertion(() => Assert.Contains("附件不存在", cut.Find("[data-testid=attachment-error]").TextContent, StringComparison.Ordinal));
        Assert.Equal(1, _factory.Count);
    }

    [Fact]
    public void Readers_get_download_links_but_no_upload_or_delete()
    {
        RenderProviders();
        var cut = Render<RecordAttachments>(p => p.Add(c => c.Detail, Detail(canWrite: false)));

        Assert.NotNull(cut.Find("[data-testid=attachment-item] a"));
        Assert.Empty(cut.FindAll("[data-testid=attachment-input]"));
        Assert.Empty(cut.FindAll("[data-testid=delete-attachment]"));
    }

    private static RecordDetail Detail(bool canWrite) => new(
        new EvidenceRecord { Id = 77, StationId = 1, Kind = RecordKind.GroupMeeting, Title = "2026年10月监督小组会议" },
        "桐琴供电所", null, null, [], 0, null, null,
        [new AttachmentView(4242, "会议纪要.pdf", "application/pdf", 2048, "0123456789abcdef0123456789abcdef", "2026-10-21 09:30", "shuji1")],
        canWrite, IsLocked: false);

    private sealed class CountingFactory(RecordsDb db) : IDbContextFactory<AppDbContext>
    {
        public int Count { get; private set; }

        public AppDbContext CreateDbContext()
        {
            Count++;
            return db.CreateDbContext();
        }
    }
}
