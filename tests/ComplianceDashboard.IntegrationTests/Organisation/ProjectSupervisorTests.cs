using System.Net;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Features.Organisation;
using ComplianceDashboard.Web.Grading;
using ComplianceDashboard.Web.Infrastructure;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ComplianceDashboard.IntegrationTests.Organisation;

/// <summary>
/// 工程廉政监督员: the station's 支部书记 records them for a person with an approved supervisor
/// appointment; every call checks the station scope on the server. Demo station 1 = 桐琴供电所, 2 = 泉溪供电所.
/// </summary>
public class ProjectSupervisorTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly DateOnly Start = new(2026, 6, 1);

    [Fact]
    public async Task The_secretary_records_a_project_supervisor_who_is_then_listed_for_the_station()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var projects = scope.Get<ProjectSupervisorService>();
        var supervisor = await AppointedSupervisorAsync(scope, 1);

        var saved = await projects.CreateAsync(1, new ProjectSupervisorInput { ProjectName = "10kV桐琴线改造工程", PersonId = supervisor.Id, From = Start, Note = "监督招标与施工" });

        Assert.True(saved.Succeeded, string.Join("; ", saved.Messages));
        var row = Assert.Single(await projects.ListAsync(1), r => r.Id == saved.Value);
        Assert.Equal(("10kV桐琴线改造工程", supervisor.Name, Start, (DateOnly?)null), (row.ProjectName, row.PersonName, row.From, row.To));
        Assert.True(row.IsCurrent(OrganisationFixture.Today));
        using var jiwei = await app.SignedInScopeAsync("jiwei");
        Assert.Contains(await jiwei.Get<ProjectSupervisorService>().ListAsync(1), r => r.Id == saved.Value);
        using var station2 = await app.SignedInScopeAsync("shuji2");
        Assert.DoesNotContain(await station2.Get<ProjectSupervisorService>().ListAsync(2), r => r.Id == saved.Value);
    }

    [Fact]
    public async Task A_person_without_an_approved_supervisor_appointment_cannot_be_a_project_supervisor()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var newcomer = await scope.NewPersonAsync(1, "未聘任人员");

        var refused = await scope.Get<ProjectSupervisorService>().CreateAsync(1, new ProjectSupervisorInput { ProjectName = "配网工程", PersonId = newcomer, From = Start });

        Assert.Contains("没有经公司纪委批准的廉政监督员聘任", refused.ErrorFor(nameof(ProjectSupervisorInput.PersonId)), StringComparison.Ordinal);
        Assert.DoesNotContain(await scope.Get<ProjectSupervisorService>().ListAsync(1), r => r.PersonId == newcomer);
    }

    [Fact]
    public async Task A_project_name_follows_the_one_name_rule()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var projects = scope.Get<ProjectSupervisorService>();

        var hostile = await projects.CreateAsync(1, new ProjectSupervisorInput { ProjectName = "<img src=x onerror=alert(1)>", From = Start });
        var tooLong = await projects.CreateAsync(1, new ProjectSupervisorInput { ProjectName = new string('工', 101), From = Start });

        Assert.Equal(NameRules.ProjectName.InvalidMessage, hostile.ErrorFor(nameof(ProjectSupervisorInput.ProjectName)));
        Assert.Equal(NameRules.ProjectName.TooLongMessage, tooLong.ErrorFor(nameof(ProjectSupervisorInput.ProjectName)));
    }

    [Fact]
    public async Task Station_scope_is_enforced_on_the_server_for_list_create_and_end()
    {
        using var secretary1 = await app.SignedInScopeAsync("shuji1");
        var supervisor = await AppointedSupervisorAsync(secretary1, 1);
        var created = await secretary1.Get<ProjectSupervisorService>().CreateAsync(1, new ProjectSupervisorInput { ProjectName = "台区新建工程", PersonId = supervisor.Id, From = Start });
        Assert.True(created.Succeeded, string.Join("; ", created.Messages));
        var input = new ProjectSupervisorInput { ProjectName = "越权登记", PersonId = supervisor.Id, From = Start };

        using var secretary2 = await app.SignedInScopeAsync("shuji2");
        var other = secretary2.Get<ProjectSupervisorService>();
        await Assert.ThrowsAsync<ForbiddenException>(() => other.ListAsync(1));
        Assert.Contains("党支部书记", (await other.CreateAsync(1, input)).ErrorFor(""), StringComparison.Ordinal);
        Assert.False((await other.EndAsync(1, created.Value, OrganisationFixture.Today, VacancyReason.Left)).Succeeded);
        // Station 2's secretary naming station 1's person for station 2 is refused too.
        Assert.NotNull((await other.CreateAsync(2, input)).ErrorFor(nameof(ProjectSupervisorInput.PersonId)));

        using var supervisorUser = await app.SignedInScopeAsync("jiandu1");
        Assert.False((await supervisorUser.Get<ProjectSupervisorService>().CreateAsync(1, input)).Succeeded);
        using var jiwei = await app.SignedInScopeAsync("jiwei");
        Assert.False((await jiwei.Get<ProjectSupervisorService>().CreateAsync(1, input)).Succeeded);

        Assert.DoesNotContain(await secretary1.Get<ProjectSupervisorService>().ListAsync(1), r => r.ProjectName == "越权登记");
        var ended = await secretary1.Get<ProjectSupervisorService>().EndAsync(1, created.Value, OrganisationFixture.Today, VacancyReason.Left);
        Assert.True(ended.Succeeded, string.Join("; ", ended.Messages));
    }

    [Fact]
    public async Task The_projects_page_renders_for_its_secretary_and_is_denied_to_another_station()
    {
        using var client = await app.SignInAsync("shuji1");
        var html = await client.GetStringAsync("/organisation/1/projects");
        Assert.Contains("工程廉政监督员", html, StringComparison.Ordinal);
        Assert.Contains("登记工程廉政监督员", html, StringComparison.Ordinal);

        using var other = await app.SignInAsync("shuji2");
        var denied = await other.GetAsync("/organisation/1/projects");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Equal("/account/denied", denied.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_project_supervisor_may_file_their_monthly_duty_report_and_owes_it_in_the_grade()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var supervisor = await AppointedSupervisorAsync(scope, 1);
        Assert.True((await scope.Get<ProjectSupervisorService>().CreateAsync(1, new ProjectSupervisorInput { ProjectName = "变电站配套工程", PersonId = supervisor.Id, From = Start })).Succeeded);

        await using var db = await scope.Get<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var facts = (await StationFactsLoader.LoadAsync(db, [1], 2026, OrganisationFixture.Today)).Single();

        Assert.Contains(facts.ProjectSupervisors, p => p.PersonId == supervisor.Id && p.ProjectName == "变电站配套工程");
        Assert.Contains(facts.SupervisorServices(), s => s.PersonId == supervisor.Id && s.From == Start);
    }

    /// <summary>A person of the station with an approved supervisor term running today (a demo site supervisor).</summary>
    private static async Task<(int Id, string Name)> AppointedSupervisorAsync(Microsoft.Extensions.DependencyInjection.IServiceScope scope, int stationId)
    {
        var post = (await scope.Get<StaffingService>().PostsAsync(stationId)).First(p => p.Role == PostRole.Supervisor && !p.IsVacant);
        return (post.HolderId!.Value, post.HolderName!);
    }
}
