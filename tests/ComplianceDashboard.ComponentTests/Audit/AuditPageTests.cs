using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.ComponentTests.Users;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Audit;
using ComplianceDashboard.Web.Infrastructure;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.ComponentTests.Audit;

/// <summary>The audit log over a real SQLite file with 25 sign-ins and 3 record changes.</summary>
public sealed class AuditPageTests : ComponentTest, IDisposable
{
    private static readonly DateTime Start = new(2026, 11, 1, 1, 0, 0, DateTimeKind.Utc); // 09:00 in Shanghai

    private readonly AdminTestDatabase _db;

    public AuditPageTests()
    {
        SignIn("jiwei", Roles.DisciplineLeader);
        _db = new AdminTestDatabase(Services);
        using var db = _db.CreateDbContext();
        for (var i = 0; i < 25; i++)
        {
            // One attempt a day; every fifth fails.
            db.SignInAudits.Add(new SignInAudit { UserName = i % 2 == 0 ? "shuji1" : "admin", Succeeded = i % 5 != 4, Detail = i % 5 != 4 ? "登录成功" : "密码错误", At = Start.AddDays(i), RemoteIp = "10.0.0." + i });
        }
        db.RecordChanges.AddRange(
            new RecordChange { RecordId = 11, StationId = 1, Version = 1, Action = ChangeAction.Created, ChangedAt = Start, ChangedBy = "shuji1" },
            new RecordChange { RecordId = 11, StationId = 1, Version = 2, Action = ChangeAction.Updated, ChangedAt = Start.AddDays(1), ChangedBy = "shuji1", Reason = "更正日期" },
            new RecordChange { RecordId = 12, StationId = 2, Version = 1, Action = ChangeAction.Deleted, ChangedAt = Start.AddDays(2), ChangedBy = "shuji2" });
        db.SaveChanges();
    }

    [Fact]
    public void Opening_the_page_shows_the_existing_sign_ins_and_record_changes_without_any_filter()
    {
        RenderProviders();
        var page = Render<AuditPage>();

        page.WaitForAssertion(() => Assert.Equal(20, page.FindAll("[data-testid=signin-grid] tbody tr.mud-table-row").Count));
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=change-grid] tbody tr.mud-table-row").Count));
        Assert.Contains("共 25 条", page.Find("[data-testid=signin-grid]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("暂无登录记录", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("暂无记录变更", page.Markup, StringComparison.Ordinal);

        // Newest first, in local time.
        var first = page.Find("[data-testid=signin-grid] tbody tr.mud-table-row");
        Assert.Contains("2026-11-25 09:00", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("10.0.0.24", first.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Grids_have_the_Chinese_columns_chips_and_record_links()
    {
        RenderProviders();
        var page = Render<AuditPage>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=change-grid] tbody tr.mud-table-row").Count));

        Assert.Equal(["时间", "用户名", "结果", "说明", "IP 地址"], Headers(page, "signin-grid"));
        Assert.Equal(["时间", "操作人", "操作", "站所", "记录编号", "版本"], Headers(page, "change-grid"));
        var changes = page.FindAll("[data-testid=change-grid] tbody tr.mud-table-row");
        Assert.Contains("删除", changes[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("泉溪供电所", changes[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("（更正）", changes[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("records/11", changes[1].QuerySelector("a")!.GetAttribute("href"));
        var failed = page.FindAll("[data-testid=signin-grid] tbody tr.mud-table-row")[0];
        Assert.Contains("失败", failed.QuerySelector(".mud-chip")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_next_page_is_read_from_the_database()
    {
        RenderProviders();
        var page = Render<AuditPage>();
        page.WaitForAssertion(() => Assert.Equal(20, page.FindAll("[data-testid=signin-grid] tbody tr.mud-table-row").Count));

        page.Find("[data-testid=signin-grid] button[aria-label='下一页']").Click();

        page.WaitForAssertion(() => Assert.Equal(5, page.FindAll("[data-testid=signin-grid] tbody tr.mud-table-row").Count));
        Assert.Contains("第 21–25 条，共 25 条", page.Find("[data-testid=signin-grid]").TextContent, StringComparison.Ordinal);
        Assert.Contains("2026-11-01 09:00", page.FindAll("[data-testid=signin-grid] tbody tr.mud-table-row")[^1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_service_filters_by_user_dates_outcome_and_kind_and_sorts_in_the_database()
    {
        var audit = Services.GetRequiredService<AuditService>();
        var all = new AuditPageRequest(0, 100);

        Assert.Equal(13, (await audit.SignInsAsync(all, new AuditFilter(UserName: "shuji"))).Total);
        Assert.Equal(5, (await audit.SignInsAsync(all, succeeded: false)).Total);
        var week = await audit.SignInsAsync(all, new AuditFilter(From: new DateOnly(2026, 11, 3), To: new DateOnly(2026, 11, 9)));
        Assert.Equal(7, week.Total);
        Assert.Equal("2026-11-09 09:00", week.Items[0].At);
        var byName = await audit.SignInsAsync(new AuditPageRequest(0, 1, nameof(SignInAuditRow.UserName), Descending: false));
        Assert.Equal("admin", byName.Items.Single().UserName);
        Assert.Equal(25, byName.Total);

        Assert.Equal(1, (await audit.RecordChangesAsync(all, action: ChangeAction.Deleted)).Total);
        Assert.Equal(2, (await audit.RecordChangesAsync(all, new AuditFilter(UserName: "shuji1"))).Total);
        var byStation = await audit.RecordChangesAsync(new AuditPageRequest(0, 3, nameof(RecordChangeRow.Station), Descending: false));
        Assert.Equal(["桐琴供电所", "桐琴供电所", "泉溪供电所"], byStation.Items.Select(c => c.Station).ToArray());
    }

    [Fact]
    public async Task Only_discipline_leaders_and_administrators_may_read_the_audit()
    {
        var secretary = TestCurrentUser.For(TestCurrentUser.Principal("shuji1", [Roles.Secretary], 1));
        var audit = new AuditService(Services.GetRequiredService<IDbContextFactory<AppDbContext>>(), secretary, Services.GetRequiredService<AppClock>());

        await Assert.ThrowsAsync<ForbiddenException>(() => audit.SignInsAsync(new AuditPageRequest(0, 20)));
        await Assert.ThrowsAsync<ForbiddenException>(() => audit.RecordChangesAsync(new AuditPageRequest(0, 20)));
    }

    private static string[] Headers(IRenderedComponent<AuditPage> page, string grid) =>
        page.FindAll($"[data-testid={grid}] thead th .column-title, [data-testid={grid}] thead th.mud-table-cell > span")
            .Select(h => h.TextContent.Trim()).Where(t => t.Length > 0).ToArray();

    void IDisposable.Dispose() => _db.Dispose();
}
