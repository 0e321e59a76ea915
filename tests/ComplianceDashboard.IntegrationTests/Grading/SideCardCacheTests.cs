using System.Net;
using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Domain.Supervision;
using ComplianceDashboard.IntegrationTests.Records;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Competition;
using ComplianceDashboard.Web.Features.Notifications;
using ComplianceDashboard.Web.Features.Organisation;
using ComplianceDashboard.Web.Features.Stations;
using ComplianceDashboard.Web.Features.Supervision;
using ComplianceDashboard.Web.Grading;
using ComplianceDashboard.Web.Infrastructure;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Grading;

/// <summary>
/// The station page's side cards, the overdue findings and the bell's counts kept between saves (<see cref="SideCardCache"/>):
/// every committed save of what a card shows shows in the very next read, whichever service saved it; a save inside a
/// transaction shows once it commits; the day rolling over reads again; another station's secretary never gets a card
/// kept for someone else.
/// </summary>
public partial class SideCardCacheTests(TestApp app) : IClassFixture<TestApp>
{
    private const int Year = 2026;

    private SideCardCache Cards => app.Services.GetRequiredService<SideCardCache>();

    private static T Service<T>(IServiceScope scope) where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    [Fact]
    public async Task A_renamed_post_holder_shows_on_the_next_station_page_and_a_page_read_twice_is_served_from_memory()
    {
        int personId;
        string oldName;
        await using (var db = app.CreateDbContext())
        {
            var holder = await db.PostAssignments.AsNoTracking()
                .Where(a => a.ServicePoint!.StationId == 1 && a.Role == PostRole.CustomerManager && a.From <= RecordTestHelpers.Today && (a.To == null || a.To >= RecordTestHelpers.Today))
                .Select(a => new { a.PersonId, a.Person!.Name }).FirstAsync();
            (personId, oldName) = (holder.PersonId, holder.Name);
        }
        using var leader = await app.SignInAsync("jiwei");
        var before = await leader.GetStringAsync($"/stations/1?year={Year}");
        Assert.Contains(oldName, ServicePoints(before), StringComparison.Ordinal);
        var generation = Cards.Generation;
        Assert.Equal(ServicePoints(before), ServicePoints(await leader.GetStringAsync($"/stations/1?year={Year}")));
        Assert.Equal(generation, Cards.Generation); // nothing saved: the second page is served from the kept cards

        const string newName = "缓存测试员";
        using (var secretary = await app.SignedInScopeAsync("shuji1"))
        {
            await Service<StaffingService>(secretary).SavePersonAsync(1, new PersonInput { Id = personId, Name = newName }).OkAsync();
        }

        var after = ServicePoints(await leader.GetStringAsync($"/stations/1?year={Year}"));
        Assert.Contains(newName, after, StringComparison.Ordinal);
        Assert.DoesNotContain(oldName, after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_stations_secretary_and_an_anonymous_reader_get_no_card_kept_for_a_county_reader()
    {
        using var leader = await app.SignInAsync("jiwei");
        await leader.GetStringAsync($"/stations/1?year={Year}"); // station 1's cards are kept now
        var loads = 0;
        Task<IReadOnlyList<ServicePointRow>> Load()
        {
            loads++;
            return Task.FromResult<IReadOnlyList<ServicePointRow>>([new ServicePointRow("x", "x", default, null, null)]);
        }
        var shuji2 = StationScopeOf(TestCurrentUser.Principal("shuji2", [Roles.Secretary], 2));
        Assert.Empty(await Cards.StationCardAsync(shuji2, "service-points", 1, "zh-CN", RecordTestHelpers.Today, Load, []));
        Assert.Empty(await Cards.StationCardAsync(StationScope.Empty, "service-points", 1, "zh-CN", RecordTestHelpers.Today, Load, []));
        Assert.Equal(0, loads);

        using (var other = await app.SignedInScopeAsync("shuji2"))
        {
            Assert.Empty(await Service<IEnumerable<IStationDutySource>>(other).Single().ForStationAsync(1, Year));
            await Assert.ThrowsAsync<ForbiddenException>(() => Service<CompetitionRoundService>(other).StationResultsAsync(1, Year));
        }
        using var secretary2 = await app.SignInAsync("shuji2");
        var refused = await secretary2.GetAsync($"/stations/1?year={Year}");
        var page = await refused.Content.ReadAsStringAsync();
        Assert.True(refused.StatusCode != HttpStatusCode.OK || !page.Contains("data-testid=\"service-points\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_call_back_record_saved_without_a_regrade_shows_in_the_next_calendar_rows()
    {
        using var secretary = await app.SignedInScopeAsync("shuji1");
        var source = Service<IEnumerable<IStationDutySource>>(secretary).Single();
        var before = await source.ForStationAsync(1, Year);
        Assert.Same(before, await source.ForStationAsync(1, Year)); // kept
        var wasOnTime = OctoberPlan(before) == ObligationStatus.OnTime;

        await using (var db = app.CreateDbContext())
        {
            db.ConnectionDutyRecords.RemoveRange(db.ConnectionDutyRecords.Where(d => d.StationId == 1 && d.Year == Year && d.Month == 10 && d.Kind == Domain.Connections.ConnectionDutyKind.CallBackPlan));
            if (!wasOnTime)
            {
                db.ConnectionDutyRecords.Add(new ConnectionDutyRecord
                {
                    StationId = 1, Kind = Domain.Connections.ConnectionDutyKind.CallBackPlan, Year = Year, Month = 10, Date = new DateOnly(2026, 10, 2), RecordedBy = "shuji1",
                });
            }
            await db.SaveChangesAsync();
        }

        Assert.Equal(!wasOnTime, OctoberPlan(await source.ForStationAsync(1, Year)) == ObligationStatus.OnTime);
    }

    private static ObligationStatus OctoberPlan(IReadOnlyList<ExtraDutyRow> rows) =>
        rows.Single(r => r.Label.StartsWith("YK1", StringComparison.Ordinal)).Cells.Single(c => c.Period.Start.Month == 10).Status;

    [Fact]
    public async Task A_self_assessment_shows_in_the_next_competition_card()
    {
        using var evaluator = await app.SignedInScopeAsync("kaoping");
        var units = Service<CompetitionUnitService>(evaluator);
        var unit = (await units.ListAsync()).FirstOrDefault(u => u.StationId == 1)?.Id
            ?? await units.CreateAsync(new UnitInput("测试供电所1", CompetitionUnitType.PowerSupplyStation, 1, ["MD-2006", "QL-2022"])).OkAsync();
        var roundId = await Service<CompetitionRoundService>(evaluator).CreateAsync(new RoundInput(Year, "缓存测试竞赛", new DateOnly(2026, 11, 30))).OkAsync();
        var entry = (await Service<CompetitionRoundService>(evaluator).GetAsync(roundId))!.Entries.Single(e => e.UnitId == unit).EntryId;

        using var secretary = await app.SignedInScopeAsync("shuji1");
        var rounds = Service<CompetitionRoundService>(secretary);
        var before = Assert.Single(await rounds.StationResultsAsync(1, Year));
        Assert.Null(before.SelfTotal);
        Assert.Same(await rounds.StationResultsAsync(1, Year), await rounds.StationResultsAsync(1, Year)); // kept

        await Service<CompetitionScoringService>(secretary).SaveSelfAssessmentAsync(entry, [new SelfInput("1.1.1", 2m, null)], "自评").OkAsync();

        var after = Assert.Single(await rounds.StationResultsAsync(1, Year));
        Assert.NotNull(after.SelfTotal);
    }

    [Fact]
    public async Task A_new_notification_and_marking_all_read_show_in_the_next_bell()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var notifications = Service<NotificationService>(scope);
        var before = await notifications.UnreadCountAsync();
        await using (var db = app.CreateDbContext())
        {
            var userId = await db.Users.Where(u => u.UserName == "shuji1").Select(u => u.Id).SingleAsync();
            db.Notifications.Add(new Notification { UserId = userId, Key = "side-card-test|1", Kind = "reminder", Title = "缓存测试", CreatedAt = DateTime.UnixEpoch });
            await db.SaveChangesAsync();
        }
        Assert.Equal(before + 1, await notifications.UnreadCountAsync());
        using (var page = await app.SignInAsync("shuji1"))
        {
            Assert.Contains($"（未读 {before + 1}）", await page.GetStringAsync($"/stations/1?year={Year}"), StringComparison.Ordinal);
        }

        await notifications.MarkReadAsync(null); // a bulk update, reported by the service itself
        Assert.Equal(0, await notifications.UnreadCountAsync());
    }

    [Fact]
    public async Task A_save_in_a_transaction_shows_once_it_commits_and_a_rolled_back_one_empties_nothing()
    {
        var generation = Cards.Generation;
        await using (var db = app.CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var point = await db.ServicePoints.FirstAsync(p => p.StationId == 1);
            point.Village += "（改）";
            await db.SaveChangesAsync();
            Assert.Equal(generation, Cards.Generation); // not committed yet: what a reader kept meanwhile is still right
            await transaction.RollbackAsync();
        }
        Assert.Equal(generation, Cards.Generation);

        await using (var db = app.CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var point = await db.ServicePoints.FirstAsync(p => p.StationId == 1);
            point.Village += "（改）";
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        Assert.Equal(generation + 1, Cards.Generation);

        // Saves of what no card shows (e.g. a grade snapshot's bookkeeping, a sign-in audit) leave the cards alone.
        Assert.Equal(ReadModels.None, ReadModelChanges.Affected([typeof(GradeSnapshot), typeof(SignInAudit), typeof(JobRun)]));
        // Nor do ASP.NET Core Identity's own tables (a user's roles, claims, logins, tokens): every one of them in the model is listed.
        await using var context = app.CreateDbContext();
        var identityTables = context.Model.GetEntityTypes().Select(e => e.ClrType).Where(t => t.Namespace == "Microsoft.AspNetCore.Identity").ToList();
        Assert.NotEmpty(identityTables);
        Assert.Equal(ReadModels.None, ReadModelChanges.Affected(identityTables));
        Assert.Equal(ReadModels.SideCards, ReadModelChanges.Affected([typeof(GradeSnapshot), typeof(FulfilmentFigure)]));
        Assert.Equal(ReadModels.Notifications, ReadModelChanges.Affected([typeof(Notification)]));
    }

    [Fact]
    public void Another_servers_save_empties_the_cards_here()
    {
        var generation = Cards.Generation;
        var transport = app.Services.GetRequiredService<PostgreSqlGradingNotifications>();
        var message = PostgreSqlGradingNotifications.Deserialize(transport.Serialize(new GradingEvent(null, null, ReadModels.SideCards)))! with { O = "another server" };
        app.Services.GetRequiredService<GradingNotifier>().Receive(message.ToEvent());
        Assert.Equal(generation + 1, Cards.Generation);
        // An older server's message without the field changes no read model here.
        Assert.Equal(ReadModels.None, PostgreSqlGradingNotifications.Deserialize("""{"O":"x","S":3,"R":null,"T":0,"D":0,"F":0,"X":false}""")!.ToEvent().Changed);
    }

    [Fact]
    public async Task Another_servers_holiday_edit_reaches_the_working_day_calendar_here()
    {
        var calendar = app.Services.GetRequiredService<HolidayCalendar>();
        var day = new DateOnly(2031, 3, 5); // a Wednesday no demo data reaches
        Assert.True((await calendar.CurrentAsync()).IsWorkingDay(day));
        await using var db = app.CreateDbContext();
        // Written as another server writes it: no event of this server's own.
        await db.Database.ExecuteSqlAsync($"INSERT INTO \"Holidays\" (\"Date\", \"Kind\", \"Name\") VALUES ({day}, {nameof(HolidayKind.DayOff)}, {"测试假日"})");
        try
        {
            Assert.True((await calendar.CurrentAsync()).IsWorkingDay(day)); // kept until told

            var transport = app.Services.GetRequiredService<PostgreSqlGradingNotifications>();
            var message = PostgreSqlGradingNotifications.Deserialize(transport.Serialize(new GradingEvent(null, null, ReadModels.Holidays | ReadModels.SideCards)))! with { O = "another server" };
            app.Services.GetRequiredService<GradingNotifier>().Receive(message.ToEvent());

            Assert.False((await calendar.CurrentAsync()).IsWorkingDay(day));
        }
        finally
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"Holidays\" WHERE \"Date\" = {day}");
            calendar.Invalidate();
        }
    }

    [Fact]
    public async Task The_overdue_findings_are_read_again_when_the_day_rolls_over_in_Shanghai()
    {
        var time = (FixedTimeProvider)app.Services.GetRequiredService<TimeProvider>();
        var start = time.Now;
        try
        {
            await using (var db = app.CreateDbContext())
            {
                db.Findings.Add(new Finding
                {
                    StationId = 1, ResponsibleName = "测试", Title = "明天逾期", RequiredMeasure = "立即整改", FoundOn = RecordTestHelpers.Today.AddDays(-30),
                    Deadline = RecordTestHelpers.Today, Status = FindingStatus.Open, Severity = FindingSeverity.Minor, Category = FindingCategory.ServiceQuality,
                });
                await db.SaveChangesAsync();
            }
            // Entries also expire after a minute: the day is moved within that minute, from 23:59:30 to 00:00 in Shanghai.
            time.Now = new DateTimeOffset(2026, 11, 20, 15, 59, 30, TimeSpan.Zero);
            var before = await OverdueAsync();
            Assert.DoesNotContain(before, f => f.Title == "明天逾期");
            Assert.Same(before, await OverdueAsync()); // kept

            time.Now = new DateTimeOffset(2026, 11, 20, 16, 0, 0, TimeSpan.Zero); // 00:00 on the 21st in Shanghai
            var after = await OverdueAsync();
            Assert.Contains(after, f => f.Title == "明天逾期" && f.DaysOverdue == 1);
        }
        finally
        {
            time.Now = start;
        }
    }

    /// <summary>The overview's card as it reads it (<see cref="OverdueFindingsCard"/>), for 纪委领导.</summary>
    private async Task<IReadOnlyList<OverdueFinding>> OverdueAsync()
    {
        using var scope = await app.SignedInScopeAsync("jiwei");
        var user = Service<CurrentUser>(scope);
        var clock = Service<Web.Infrastructure.AppClock>(scope);
        var query = Service<OverdueFindingsQuery>(scope);
        return await Cards.ScopeCardAsync(user.Scope, "overdue-findings", clock.Today, () => query.ForStationsAsync(user.Scope.ReadableStationIds));
    }

    private static StationScope StationScopeOf(System.Security.Claims.ClaimsPrincipal principal) => TestCurrentUser.For(principal).Scope;

    private static string ServicePoints(string html)
    {
        var start = html.IndexOf("data-testid=\"service-points\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "the page has its service-point table");
        var end = html.IndexOf("</table>", start, StringComparison.Ordinal);
        return MudIds().Replace(html[start..end], "mud"); // MudBlazor gives its tables a random id per render
    }

    [System.Text.RegularExpressions.GeneratedRegex("mud[a-z]*_[0-9a-z]+")]
    private static partial System.Text.RegularExpressions.Regex MudIds();
}
