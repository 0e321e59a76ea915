using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Domain.Scoring;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Records;
using ComplianceDashboard.Web.Grading;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Records;

/// <summary>Signed-in service scopes and facts about demo station 1 (桐琴供电所) on the fixed day 2026-11-20.</summary>
internal static class RecordTestHelpers
{
    public static readonly DateOnly Today = new(2026, 11, 20);

    /// <summary>A DI scope whose AuthenticationStateProvider holds the user, as a circuit's does.</summary>
    public static async Task<IServiceScope> SignedInScopeAsync(this TestApp app, string userName)
    {
        var scope = app.Services.CreateScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
        var principal = await signIn.CreateUserPrincipalAsync((await signIn.UserManager.FindByNameAsync(userName))!);
        var auth = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        auth.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return scope;
    }

    public static RecordService Records(this IServiceScope scope) => scope.ServiceProvider.GetRequiredService<RecordService>();

    public static AttachmentService Attachments(this IServiceScope scope) => scope.ServiceProvider.GetRequiredService<AttachmentService>();

    public static async Task<(int Records, int Changes, int Problems, int Attendances, int Attachments)> CountsAsync(this TestApp app)
    {
        await using var db = app.CreateDbContext();
        return (await db.Records.IgnoreQueryFilters().CountAsync(), await db.RecordChanges.CountAsync(), await db.EmergingProblems.CountAsync(),
            await db.MeetingAttendances.CountAsync(), await db.Attachments.CountAsync());
    }

    /// <summary>The latest snapshot's calendar of station 1 for a year (regrading first when there is none yet).</summary>
    public static async Task<IReadOnlyList<ObligationPeriod>> CalendarAsync(this TestApp app, int stationId, int year)
    {
        await using var db = app.CreateDbContext();
        var json = await db.GradeSnapshots.Where(s => s.StationId == stationId && s.Year == year && s.IsLatest).Select(s => s.CalendarJson).FirstOrDefaultAsync();
        if (json is null)
        {
            await app.Services.GetRequiredService<GradingService>().RegradeStationAsync(stationId, year);
            json = await db.GradeSnapshots.Where(s => s.StationId == stationId && s.Year == year && s.IsLatest).Select(s => s.CalendarJson).FirstAsync();
        }
        return GradeJson.Calendar(json);
    }

    public static async Task<IReadOnlyList<ItemScore>> ItemsAsync(this TestApp app, int stationId, int year)
    {
        await app.CalendarAsync(stationId, year);
        await using var db = app.CreateDbContext();
        return GradeJson.Items(await db.GradeSnapshots.Where(s => s.StationId == stationId && s.Year == year && s.IsLatest).Select(s => s.ItemsJson).FirstAsync());
    }

    /// <summary>Ids in station 1 valid on <paramref name="day"/>: a service point with its customer manager and supervisor, group members.</summary>
    public static async Task<StationPeople> PeopleAsync(this TestApp app, int stationId, DateOnly day)
    {
        await using var db = app.CreateDbContext();
        var manager = await db.PostAssignments.Where(a => a.ServicePoint!.StationId == stationId && a.Role == PostRole.CustomerManager && a.From <= day && (a.To == null || a.To >= day))
            .OrderBy(a => a.ServicePointId).Select(a => new { a.ServicePointId, a.PersonId }).FirstAsync();
        var supervisor = await db.PostAssignments.Where(a => a.ServicePointId == manager.ServicePointId && a.Role == PostRole.Supervisor && a.From <= day && (a.To == null || a.To >= day))
            .Select(a => a.PersonId).FirstAsync();
        var members = await db.GroupMemberships.Where(m => m.StationId == stationId && m.From <= day && (m.To == null || m.To >= day)).Select(m => m.PersonId).ToListAsync();
        var secretary = await db.GroupMemberships.Where(m => m.StationId == stationId && m.IsPartySecretary && m.From <= day && (m.To == null || m.To >= day)).Select(m => m.PersonId).FirstAsync();
        var outsider = await db.People.Where(p => p.StationId == stationId && !members.Contains(p.Id)).Select(p => p.Id).FirstAsync();
        return new StationPeople(manager.ServicePointId, manager.PersonId, supervisor, members, secretary, outsider);
    }

    public sealed record StationPeople(int ServicePointId, int CustomerManagerId, int SupervisorId, IReadOnlyList<int> Members, int SecretaryId, int OutsiderId);

    /// <summary>A valid input of <paramref name="kind"/> for station 1 dated <paramref name="day"/>.</summary>
    public static async Task<RecordInput> ValidInputAsync(this TestApp app, RecordKind kind, DateOnly day)
    {
        var people = await app.PeopleAsync(1, day);
        var input = new RecordInput { StationId = 1, Kind = kind, EventDate = day, Title = $"测试{ChineseNames.Of(kind)}", Content = "测试内容：议题、发现与处理情况。" };
        switch (RecordKindInfo.Of(kind).Section)
        {
            case RecordSection.GroupMeeting:
                input.PresentMemberIds = [.. people.Members];
                input.MajorDecisionCount = 1;
                break;
            case RecordSection.JointMeeting:
                input.Attendees = AttendeeCategories.StationHead | AttendeeCategories.Villager;
                break;
            case RecordSection.Inspection:
                input.EmergingProblems = [new ProblemInput { Description = "营业厅收费公示未更新" }];
                break;
            case RecordSection.ServicePointLedger:
                input.ServicePointId = people.ServicePointId;
                input.PersonId = kind == RecordKind.LedgerHandover ? people.SupervisorId : people.CustomerManagerId;
                if (kind == RecordKind.LedgerHandover)
                {
                    (input.HandedOverById, input.Acknowledged) = (people.CustomerManagerId, true);
                }
                break;
            case RecordSection.Outage:
                input.OutageType = OutageType.Planned;
                input.OutageStart = day.AddDays(8).ToDateTime(new TimeOnly(8, 0));
                input.PublishedAt = day.ToDateTime(new TimeOnly(9, 0));
                break;
            case RecordSection.PersonReport:
                input.PersonId = kind == RecordKind.LeaderDutyReport ? people.SecretaryId : people.SupervisorId;
                input.EvaluationResult = kind == RecordKind.SupervisorEvaluation ? EvaluationResult.Competent : null;
                break;
            case RecordSection.Reminder:
                input.PersonId = people.CustomerManagerId;
                await using (var db = app.CreateDbContext())
                {
                    input.AnswersProblemId = await (from p in db.EmergingProblems join r in db.Records on p.RecordId equals r.Id
                                                    where r.StationId == 1 && r.EventDate <= day orderby r.EventDate descending select p.Id).FirstAsync();
                }
                break;
            case RecordSection.Recognition:
                (input.RecognisedByVillagers, input.RecognisedByLeadership) = (true, true);
                break;
            case RecordSection.Innovation:
                (input.HasClearResults, input.PromotedCompanyWide) = (true, true);
                break;
        }
        return input;
    }
}
