using System.Net;
using ComplianceDashboard.IntegrationTests.Records;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Notifications;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Notifications;

/// <summary>Notifications, 我的待办 and the send log as the signed-in user sees them.</summary>
public class NotificationAccessTests(TestApp app) : IClassFixture<TestApp>
{
    private async Task<NotificationService> AsAsync(string userName) =>
        (await app.SignedInScopeAsync(userName)).ServiceProvider.GetRequiredService<NotificationService>();

    private async Task<string> UserIdAsync(string userName)
    {
        await using var db = app.CreateDbContext();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    [Fact]
    public async Task A_user_sees_and_marks_only_their_own_notifications()
    {
        var shuji1 = await UserIdAsync("shuji1");
        var shuji2 = await UserIdAsync("shuji2");
        await using (var db = app.CreateDbContext())
        {
            db.Notifications.AddRange(
                new Notification { UserId = shuji1, Key = "access-test|1", Kind = "reminder", Title = "桐琴提醒", CreatedAt = DateTime.UnixEpoch },
                new Notification { UserId = shuji2, Key = "access-test|2", Kind = "reminder", Title = "泉溪提醒", CreatedAt = DateTime.UnixEpoch });
            await db.SaveChangesAsync();
        }
        var first = await AsAsync("shuji1");
        var second = await AsAsync("shuji2");
        var mine = Assert.Single(await first.ListAsync(unreadOnly: true), n => n.Title == "桐琴提醒");
        Assert.DoesNotContain(await first.ListAsync(unreadOnly: false), n => n.Title == "泉溪提醒");
        var theirs = Assert.Single(await second.ListAsync(unreadOnly: true), n => n.Title == "泉溪提醒");

        Assert.Equal(0, await first.MarkReadAsync(theirs.Id)); // someone else's: untouched
        Assert.Equal(1, await first.MarkReadAsync(mine.Id));
        Assert.DoesNotContain(await first.ListAsync(unreadOnly: true), n => n.Title == "桐琴提醒");
        Assert.Contains(await second.ListAsync(unreadOnly: true), n => n.Title == "泉溪提醒");
        Assert.Equal((await second.ListAsync(unreadOnly: true)).Count, await second.UnreadCountAsync());
    }

    [Fact]
    public async Task My_duties_list_only_the_stations_a_user_serves_and_the_duties_their_role_files()
    {
        await using var db = app.CreateDbContext();
        var tongqin = await db.Stations.Where(s => s.Code == "WY0001").Select(s => s.Id).SingleAsync();
        var secretary = await (await AsAsync("shuji1")).MyDutiesAsync();
        var manager = await (await AsAsync("jingli1")).MyDutiesAsync();
        Assert.NotEmpty(secretary);
        Assert.All(secretary.Concat(manager), d => Assert.Equal(tongqin, d.StationId));
        Assert.NotEqual(secretary.Select(d => d.Key).ToHashSet(), manager.Select(d => d.Key).ToHashSet());
        Assert.DoesNotContain(await (await AsAsync("jiwei")).MyDutiesAsync(), d => d.StationId is not null);
    }

    [Fact]
    public async Task Email_can_be_turned_off_by_the_user_and_only_administrators_read_the_send_log()
    {
        var service = await AsAsync("jiandu1");
        Assert.True(await service.EmailEnabledAsync());
        await service.SetEmailEnabledAsync(false);
        Assert.False(await (await AsAsync("jiandu1")).EmailEnabledAsync());
        Assert.True(await (await AsAsync("shuji2")).EmailEnabledAsync());

        await Assert.ThrowsAsync<ForbiddenException>(() => service.MailLogAsync());
        Assert.NotNull(await (await AsAsync("admin")).MailLogAsync());
        using var secretary = await app.SignInAsync("shuji1");
        var denied = await secretary.GetAsync("/settings/mail-log");
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
        using var admin = await app.SignInAsync("admin");
        Assert.Contains("邮件发送记录", await admin.GetStringAsync("/settings/mail-log"), StringComparison.Ordinal);
    }
}
