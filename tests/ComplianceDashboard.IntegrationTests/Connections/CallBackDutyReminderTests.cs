using ComplianceDashboard.IntegrationTests.Notifications;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Connections;

/// <summary>
/// The 业扩 call-back duties reach the station's 支部书记 through 我的待办 and the reminders: an open YK1 (plan by the
/// 3rd) is listed and reminded; once recorded it is gone; a secretary of another station and a customer manager of
/// the same station never get it.
/// </summary>
public sealed class CallBackDutyReminderTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private readonly ReminderApp _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<(AppUser User, int StationId)> SecretaryAsync(string userName)
    {
        using var scope = _app.Services.CreateScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName))!;
        var duties = scope.ServiceProvider.GetRequiredService<PersonalDuties>();
        return (user, (await duties.RecipientAsync(user)).Scope.WritableStationIds.Single());
    }

    private async Task<IReadOnlyList<PersonalDuty>> DutiesAsync(string userName)
    {
        using var scope = _app.Services.CreateScope();
        var duties = scope.ServiceProvider.GetRequiredService<PersonalDuties>();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName))!;
        return await duties.ForAsync(await duties.RecipientAsync(user), Today, Today.AddDays(PersonalDuties.ViewHorizonDays));
    }

    [Fact]
    public async Task An_open_call_back_plan_is_a_secretarys_duty_until_it_is_recorded_and_nobody_elses()
    {
        var (secretary, stationId) = await SecretaryAsync("shuji1");
        var key = $"yk:{stationId}:YK1:2026-12";

        var duty = Assert.Single(await DutiesAsync("shuji1"), d => d.Key == key);
        Assert.Equal(new DateOnly(2026, 12, 3), duty.DueDate);
        Assert.Equal(stationId, duty.StationId);
        Assert.DoesNotContain(await DutiesAsync("shuji2"), d => d.Key == key);
        Assert.DoesNotContain(await DutiesAsync("jingli1"), d => d.Key.StartsWith("yk:", StringComparison.Ordinal));

        _app.SetToday(Today);
        using (var scope = _app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReminderRun>().RunAsync();
        }
        await using (var db = _app.CreateDbContext())
        {
            Assert.True(await db.Notifications.AnyAsync(n => n.UserId == secretary.Id && n.Key.Contains("|" + key + "|")));
            db.ConnectionDutyRecords.Add(new ConnectionDutyRecord
            {
                StationId = stationId, Kind = Domain.Connections.ConnectionDutyKind.CallBackPlan, Year = 2026, Month = 12, Date = Today, RecordedBy = "shuji1",
            });
            await db.SaveChangesAsync();
        }
        Assert.DoesNotContain(await DutiesAsync("shuji1"), d => d.Key == key);
    }
}
