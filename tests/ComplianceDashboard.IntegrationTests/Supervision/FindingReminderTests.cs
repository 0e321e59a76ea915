using ComplianceDashboard.Domain.Supervision;
using ComplianceDashboard.IntegrationTests.Notifications;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Notifications;
using ComplianceDashboard.Web.Features.Supervision;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Supervision;

/// <summary>
/// Open findings as personal duties: the responsible person's account (matched by display name within the stations it
/// reads) — or, without one, the station's 支部书记 — gets 我的待办 items and the reminders at each lead time; a user of
/// another station never does; the 纪委 weekly summary lists the county's overdue findings.
/// </summary>
public sealed class FindingReminderTests : IDisposable
{
    private static readonly DateOnly Due = new(2026, 12, 10);

    private readonly ReminderApp _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<AppUser> UserAsync(string userName)
    {
        using var scope = _app.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName))!;
    }

    private async Task<long> AddFindingAsync(string stationCode, string responsible, string title, DateOnly deadline)
    {
        await using var db = _app.CreateDbContext();
        var station = await db.Stations.SingleAsync(s => s.Code == stationCode);
        var finding = new Finding
        {
            StationId = station.Id, ResponsibleName = responsible, Title = title, RequiredMeasure = "立即整改", FoundOn = deadline.AddDays(-30),
            Deadline = deadline, Status = FindingStatus.Open, Severity = FindingSeverity.Minor, Category = FindingCategory.ServiceQuality,
        };
        db.Findings.Add(finding);
        await db.SaveChangesAsync();
        return finding.Id;
    }

    private async Task<IReadOnlyList<PersonalDuty>> DutiesAsync(string userName, DateOnly today)
    {
        using var scope = _app.Services.CreateScope();
        var duties = scope.ServiceProvider.GetRequiredService<PersonalDuties>();
        return await duties.ForAsync(await duties.RecipientAsync(await UserAsync(userName)), today, today.AddDays(PersonalDuties.ViewHorizonDays));
    }

    private async Task<List<Notification>> NotificationsAsync(string userName, string dutyKey)
    {
        var user = await UserAsync(userName);
        await using var db = _app.CreateDbContext();
        return await db.Notifications.AsNoTracking().Where(n => n.UserId == user.Id && n.Key.Contains("|" + dutyKey + "|")).OrderBy(n => n.Id).ToListAsync();
    }

    private async Task RunAsync(DateOnly today)
    {
        _app.SetToday(today);
        using var scope = _app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ReminderRun>().RunAsync();
    }

    [Fact]
    public async Task The_responsible_user_gets_the_finding_in_my_duties_and_a_reminder_at_each_lead_time_and_another_station_never()
    {
        var shuji1 = await UserAsync("shuji1");
        var id = await AddFindingAsync("WY0001", shuji1.DisplayName, "营业厅服务公开栏缺少收费标准", Due);
        var key = $"finding:{id}";

        var duty = Assert.Single(await DutiesAsync("shuji1", Due.AddDays(-7)), d => d.Key == key);
        Assert.Equal(($"/supervision/findings/{id}", "监督整改", Due), (duty.Url, duty.Source, duty.DueDate));
        Assert.Contains("营业厅服务公开栏缺少收费标准", duty.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(await DutiesAsync("shuji1", Due.AddDays(-31)), d => d.Key == key); // beyond the horizon

        foreach (var (day, lead) in new[] { (Due.AddDays(-7), 7), (Due.AddDays(-1), 1), (Due, 0), (Due.AddDays(3), ReminderPlan.Overdue) })
        {
            await RunAsync(day);
            await RunAsync(day); // never twice
            var atLead = Assert.Single(await NotificationsAsync("shuji1", key), n => n.LeadDays == lead);
            Assert.Equal(ReminderPlan.Key(shuji1.Id, key, lead), atLead.Key);
        }
        Assert.Equal(4, (await NotificationsAsync("shuji1", key)).Count);
        Assert.Contains(await DutiesAsync("shuji1", Due.AddDays(3)), d => d.Key == key); // overdue, still open: still in 我的待办

        // The responsible user is matched: the station's other secretary-less fallback does not apply; another station's user never gets it.
        Assert.Empty(await NotificationsAsync("shuji2", key));
        Assert.DoesNotContain(await DutiesAsync("shuji2", Due.AddDays(-7)), d => d.Key == key);

        // Closed out: no longer a duty.
        await using (var db = _app.CreateDbContext())
        {
            var f = await db.Findings.SingleAsync(x => x.Id == id);
            (f.Status, f.ClosedOn) = (FindingStatus.Closed, Due.AddDays(4));
            await db.SaveChangesAsync();
        }
        Assert.DoesNotContain(await DutiesAsync("shuji1", Due.AddDays(5)), d => d.Key == key);
    }

    [Fact]
    public async Task Without_an_account_of_that_name_reading_the_station_the_stations_secretary_gets_it()
    {
        var noAccount = await AddFindingAsync("WY0002", "无账号的责任人", "抄表数据核对记录缺失", Due);
        // shuji1's name, but on a station shuji1 does not read: not theirs, so it falls to that station's secretary.
        var shuji1 = await UserAsync("shuji1");
        var elsewhere = await AddFindingAsync("WY0002", shuji1.DisplayName, "客户回访记录不完整", Due);

        await RunAsync(Due.AddDays(-7));
        foreach (var id in new[] { noAccount, elsewhere })
        {
            var key = $"finding:{id}";
            Assert.Single(await NotificationsAsync("shuji2", key), n => n.LeadDays == 7);
            Assert.Contains(await DutiesAsync("shuji2", Due.AddDays(-7)), d => d.Key == key && d.Url == $"/supervision/findings/{id}");
            Assert.Empty(await NotificationsAsync("shuji1", key));
            Assert.Empty(await NotificationsAsync("jiwei", key));
        }
    }

    [Fact]
    public async Task The_weekly_summary_lists_every_overdue_finding_of_the_county()
    {
        var today = new DateOnly(2026, 11, 23);
        _app.SetToday(today);
        await AddFindingAsync("WY0002", "无账号的责任人", "廉政承诺书未签订", today.AddDays(-12));
        using var scope = _app.Services.CreateScope();
        var overdue = await scope.ServiceProvider.GetRequiredService<OverdueFindingsQuery>().ForStationsAsync(null);
        Assert.Contains(overdue, f => f.Title == "廉政承诺书未签订");
        var body = await scope.ServiceProvider.GetRequiredService<WeeklySummary>().BodyAsync(today);
        Assert.Contains($"三、逾期未整改问题（{overdue.Count}项）", body, StringComparison.Ordinal);
        Assert.Contains("：廉政承诺书未签订（逾期12天）", body, StringComparison.Ordinal);
        Assert.All(overdue, f => Assert.Contains($"{f.StationName}：{f.Title}（逾期{f.DaysOverdue}天）", body, StringComparison.Ordinal));
    }
}
