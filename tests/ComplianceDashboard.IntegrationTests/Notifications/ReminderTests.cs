using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using netDumbster.smtp;

namespace ComplianceDashboard.IntegrationTests.Notifications;

/// <summary>
/// The daily reminder run on a fixed clock over the demo county: exactly the reminders each person's duties call for at
/// each lead time, never twice (a second run, a restart), never another station's duty, and one mail digest per person.
/// </summary>
public sealed class ReminderTests : IDisposable
{
    // Demo November duties fall due on 2026-11-30 (month end): 7 days before is 11-23, the day before 11-29.
    private static readonly DateOnly Due = new(2026, 11, 30);

    private readonly SimpleSmtpServer _smtp;
    private readonly ReminderApp _app;

    public ReminderTests()
    {
        var port = Repository.FreePort();
        _smtp = SimpleSmtpServer.Start(port);
        _app = new ReminderApp(null, port);
    }

    public void Dispose()
    {
        _app.Dispose();
        _smtp.Stop();
        _smtp.Dispose();
    }

    private async Task<int> RunAsync(ReminderApp app)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderRun>().RunAsync();
    }

    /// <summary>The duties of <paramref name="userName"/> as PersonalDuties sees them on the app's current day.</summary>
    private async Task<(string UserId, IReadOnlyList<PersonalDuty> Duties)> DutiesAsync(string userName, DateOnly today, DateOnly horizon)
    {
        using var scope = _app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var duties = scope.ServiceProvider.GetRequiredService<PersonalDuties>();
        var user = (await users.FindByNameAsync(userName))!;
        return (user.Id, await duties.ForAsync(await duties.RecipientAsync(user), today, horizon));
    }

    private async Task<List<Notification>> NotificationsAsync(string userName)
    {
        await using var db = _app.CreateDbContext();
        return await (from n in db.Notifications join u in db.Users on n.UserId equals u.Id where u.UserName == userName select n).OrderBy(n => n.Id).ToListAsync();
    }

    [Fact]
    public async Task Each_person_gets_exactly_the_reminders_their_duties_call_for_at_each_lead_time_and_never_twice()
    {
        var day7 = Due.AddDays(-7);
        _app.SetToday(day7);
        var (userId, duties) = await DutiesAsync("shuji1", day7, day7.AddDays(7));
        var dueThatDay = duties.Where(d => d.DueDate == Due).ToList();
        Assert.NotEmpty(dueThatDay); // the secretary's November meetings and disclosures

        var added = await RunAsync(_app);
        Assert.True(added > 0);
        var mine = await NotificationsAsync("shuji1");
        var expected = duties.Select(d => ReminderPlan.Key(userId, d.Key, ReminderPlan.LeadFor(d.DueDate, day7, [7, 1, 0])!.Value)).Order(StringComparer.Ordinal);
        Assert.Equal(expected, mine.Select(n => n.Key).Order(StringComparer.Ordinal));
        Assert.All(mine.Where(n => n.DueDate == Due), n => Assert.Equal(7, n.LeadDays));
        Assert.All(mine.Where(n => n.DueDate == Due), n => Assert.StartsWith("【7天后到期】", n.Title, StringComparison.Ordinal));

        // The same day again, and the days until the next lead time: nothing new for these duties.
        Assert.Equal(0, await RunAsync(_app));
        _app.SetToday(day7.AddDays(1));
        await RunAsync(_app);
        Assert.Equal(mine.Count(n => n.DueDate == Due), (await NotificationsAsync("shuji1")).Count(n => n.DueDate == Due));

        // The day before: one "1 day" reminder per duty still open; the due day: one "due today".
        foreach (var (day, lead) in new[] { (Due.AddDays(-1), 1), (Due, 0) })
        {
            _app.SetToday(day);
            await RunAsync(_app);
            var open = (await DutiesAsync("shuji1", day, day.AddDays(7))).Duties.Where(d => d.DueDate == Due).Select(d => d.Key).ToHashSet();
            var atLead = (await NotificationsAsync("shuji1")).Where(n => n.DueDate == Due && n.LeadDays == lead).ToList();
            Assert.Equal(open.Count, atLead.Count);
        }

        // After the due date, a duty still missing gets one "overdue" reminder.
        _app.SetToday(Due.AddDays(1));
        await RunAsync(_app);
        var overdue = (await NotificationsAsync("shuji1")).Where(n => n.DueDate == Due && n.LeadDays == ReminderPlan.Overdue).ToList();
        Assert.NotEmpty(overdue);
        Assert.All(overdue, n => Assert.Equal("overdue", n.Kind));
        var all = await NotificationsAsync("shuji1");
        Assert.Equal(all.Count, all.Select(n => n.Key).Distinct().Count());
    }

    [Fact]
    public async Task The_daily_run_reads_everyones_duties_at_once_and_each_gets_what_they_would_see_alone()
    {
        var today = Due.AddDays(-7);
        var horizon = today.AddDays(7);
        using var scope = _app.Services.CreateScope();
        var duties = scope.ServiceProvider.GetRequiredService<PersonalDuties>();
        var users = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().Users.Where(u => !u.IsDisabled).OrderBy(u => u.UserName).ToListAsync();
        var people = new List<DutyRecipient>();
        foreach (var user in users)
        {
            people.Add(await duties.RecipientAsync(user));
        }

        var together = await duties.ForEachAsync(people, today, horizon);

        Assert.Equal(people.Count, together.Count);
        Assert.Contains(together, d => d.Any(x => x.Source == "station")); // station duties are split among several people
        Assert.True(together.Count(d => d.Any(x => x.Source == "station")) > 1);
        for (var i = 0; i < people.Count; i++)
        {
            var alone = await duties.ForAsync(people[i], today, horizon);
            Assert.Equal(alone.Select(d => d.Key), together[i].Select(d => d.Key));
        }
    }

    [Fact]
    public async Task A_person_never_receives_a_duty_of_a_station_they_do_not_serve()
    {
        _app.SetToday(Due.AddDays(-7));
        await RunAsync(_app);
        await using var db = _app.CreateDbContext();
        var stationOf = await db.Stations.ToDictionaryAsync(s => s.Code, s => s.Id);
        var shuji1 = await NotificationsAsync("shuji1");
        var shuji2 = await NotificationsAsync("shuji2");
        Assert.NotEmpty(shuji1);
        Assert.NotEmpty(shuji2);
        Assert.All(shuji1, n => Assert.Equal(stationOf["WY0001"], n.StationId));
        Assert.All(shuji2, n => Assert.Equal(stationOf["WY0002"], n.StationId));
        // Roles split a station's duties: the customer manager is not reminded of the secretary's meetings.
        var manager = await NotificationsAsync("jingli1");
        Assert.DoesNotContain(manager, n => n.Title.Contains("会议", StringComparison.Ordinal) && !n.Title.Contains("客户", StringComparison.Ordinal));
        Assert.True(shuji1.Select(n => n.Key.Split('|')[1]).Intersect(manager.Select(n => n.Key.Split('|')[1])).Count() < shuji1.Count);
        // County-level users serve no station: no station duties at all.
        Assert.DoesNotContain(await NotificationsAsync("jiwei"), n => n.StationId is not null);
    }

    [Fact]
    public async Task Reminders_survive_a_restart_without_being_added_again()
    {
        _app.SetToday(Due.AddDays(-7));
        Assert.True(await RunAsync(_app) > 0);
        int before;
        await using (var db = _app.CreateDbContext())
        {
            before = await db.Notifications.CountAsync();
        }
        var folder = _app.Folder;
        using var again = new RestartedApp(folder, _app.SmtpPort);
        again.SetToday(Due.AddDays(-7));
        Assert.Equal(0, await RunAsync(again));
        await using var db2 = again.CreateDbContext();
        Assert.Equal(before, await db2.Notifications.CountAsync());
    }

    [Fact]
    public async Task Each_person_with_an_address_gets_one_digest_with_their_duties_and_an_opted_out_person_none()
    {
        await using (var db = _app.CreateDbContext())
        {
            foreach (var user in await db.Users.Where(u => u.UserName == "shuji1" || u.UserName == "shuji2" || u.UserName == "jingli1").ToListAsync())
            {
                user.Email = $"{user.UserName}@example.test";
            }
            await db.SaveChangesAsync();
        }
        using (var scope = await Records.RecordTestHelpers.SignedInScopeAsync(_app, "jingli1"))
        {
            await scope.ServiceProvider.GetRequiredService<NotificationService>().SetEmailEnabledAsync(false);
        }
        _app.SetToday(Due.AddDays(-7));
        await RunAsync(_app);

        var mails = _smtp.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data)))).ToList();
        Assert.Equal(2, mails.Count);
        var toShuji1 = Assert.Single(mails, m => m.To.Mailboxes.Single().Address == "shuji1@example.test");
        Assert.Single(mails, m => m.To.Mailboxes.Single().Address == "shuji2@example.test");
        var reminders = await NotificationsAsync("shuji1");
        Assert.Contains($"共{reminders.Count}项", toShuji1.Subject, StringComparison.Ordinal);
        Assert.All(reminders, n => Assert.Contains(n.Title, toShuji1.TextBody, StringComparison.Ordinal));
        Assert.DoesNotContain("泉溪", toShuji1.TextBody, StringComparison.Ordinal); // shuji2's station
        Assert.All(reminders, n => Assert.NotNull(n.MailedAt));

        // A second run the same day sends nothing more; the log shows two sent digests.
        await RunAsync(_app);
        Assert.Equal(2, _smtp.ReceivedEmailCount);
        await using var db2 = _app.CreateDbContext();
        var log = await db2.MailLog.ToListAsync();
        Assert.Equal(2, log.Count);
        Assert.All(log, m => Assert.Equal("sent", m.Status));
    }

    [Fact]
    public async Task The_weekly_summary_goes_to_discipline_leaders_once_a_week()
    {
        _app.SetToday(new DateOnly(2026, 11, 23));
        using (var scope = _app.Services.CreateScope())
        {
            var summary = scope.ServiceProvider.GetRequiredService<WeeklySummary>();
            Assert.Equal(1, await summary.RunAsync()); // jiwei
            Assert.Equal(0, await summary.RunAsync());
        }
        var weekly = Assert.Single(await NotificationsAsync("jiwei"), n => n.Kind == "weekly");
        Assert.Contains("一、得分下滑的站所", weekly.Body, StringComparison.Ordinal);
        Assert.Contains("二、本周风险防控扣分", weekly.Body, StringComparison.Ordinal);
        // The findings module's overdue findings, one line each (the demo county has some overdue on this day).
        IReadOnlyList<Web.Features.Supervision.OverdueFinding> overdue;
        using (var scope = _app.Services.CreateScope())
        {
            overdue = await scope.ServiceProvider.GetRequiredService<Web.Features.Supervision.OverdueFindingsQuery>().ForStationsAsync(null);
        }
        Assert.NotEmpty(overdue);
        Assert.Contains($"三、逾期未整改问题（{overdue.Count}项）", weekly.Body, StringComparison.Ordinal);
        Assert.All(overdue, f => Assert.Contains($"  {f.StationName}：{f.Title}（逾期{f.DaysOverdue}天）\n", weekly.Body, StringComparison.Ordinal));
        Assert.DoesNotContain(await NotificationsAsync("shuji1"), n => n.Kind == "weekly");
    }

    private sealed class RestartedApp(string folder, int port) : ReminderApp(folder, port);
}
