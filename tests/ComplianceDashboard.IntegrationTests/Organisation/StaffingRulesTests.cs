using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Features.Organisation;
using ComplianceDashboard.Web.Infrastructure.Security;

namespace ComplianceDashboard.IntegrationTests.Organisation;

public class StaffingRulesTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task An_overlapping_assignment_is_refused_and_ending_the_holder_in_the_same_save_succeeds()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var staffing = scope.Get<StaffingService>();
        var post = (await staffing.PostsAsync(1)).First(p => p.Role == PostRole.Supervisor && !p.IsVacant);
        var successor = await scope.NewPersonAsync(1, "继任监督员");
        var input = new AssignmentInput { PersonId = successor, ServicePointId = post.ServicePointId, Role = PostRole.Supervisor, From = new DateOnly(2026, 10, 1) };

        var refused = await staffing.AssignAsync(1, input);
        Assert.Contains("同一岗位同一时间只能有一人", refused.ErrorFor(nameof(AssignmentInput.From)), StringComparison.Ordinal);
        Assert.Equal(post.HolderId, (await staffing.PostsAsync(1)).First(p => p.ServicePointId == post.ServicePointId && p.Role == PostRole.Supervisor).HolderId);

        input.EndCurrentHolder = true;
        Assert.NotNull((await staffing.AssignAsync(1, input)).ErrorFor(nameof(AssignmentInput.CurrentHolderReason)));
        input.CurrentHolderReason = VacancyReason.Left;
        var ok = await staffing.AssignAsync(1, input);
        Assert.True(ok.Succeeded, string.Join("; ", ok.Messages));
        var now = (await staffing.PostsAsync(1)).First(p => p.ServicePointId == post.ServicePointId && p.Role == PostRole.Supervisor);
        Assert.Equal(successor, now.HolderId);
        var ended = Assert.Single(await staffing.AssignmentsAsync(1), a => a.PersonId == post.HolderId && a.ServicePointId == post.ServicePointId);
        Assert.Equal(new DateOnly(2026, 9, 30), ended.To);
        Assert.Equal(VacancyReason.Left, ended.EndReason);
    }

    [Fact]
    public async Task An_ended_post_shows_as_vacant_with_its_refill_deadline()
    {
        using var scope = await app.SecretaryOfAsync(3);
        var staffing = scope.Get<StaffingService>();
        var post = (await staffing.PostsAsync(3)).First(p => p.Role == PostRole.CustomerManager && !p.IsVacant);
        var assignment = (await staffing.AssignmentsAsync(3)).Single(a => a.PersonId == post.HolderId && a.ServicePointId == post.ServicePointId && a.To is null);
        Assert.NotNull((await staffing.EndAssignmentAsync(3, assignment.Id, new DateOnly(2026, 10, 10), null)).ErrorFor("EndReason"));
        Assert.True((await staffing.EndAssignmentAsync(3, assignment.Id, new DateOnly(2026, 10, 10), VacancyReason.Left)).Succeeded);

        var vacant = (await staffing.PostsAsync(3)).Single(p => p.ServicePointId == post.ServicePointId && p.Role == PostRole.CustomerManager);
        Assert.True(vacant.IsVacant);
        Assert.Equal(new DateOnly(2026, 10, 11), vacant.VacantSince);
        Assert.Equal(new DateOnly(2026, 11, 10), vacant.RefillDeadline);
        Assert.True(vacant.IsOverdue(OrganisationFixture.Today));
    }

    [Fact]
    public async Task A_secretary_cannot_change_another_station_and_a_customer_manager_cannot_change_their_own()
    {
        using var other = await app.SignedInScopeAsync("shuji2");
        Assert.Contains("党支部书记", (await other.Get<StaffingService>().SavePersonAsync(1, new PersonInput { Name = "x" })).ErrorFor(""), StringComparison.Ordinal);
        await Assert.ThrowsAsync<ForbiddenException>(() => other.Get<StaffingService>().PostsAsync(1));
        using var manager = await app.SignedInScopeAsync("jingli1");
        Assert.False((await manager.Get<StaffingService>().SavePersonAsync(1, new PersonInput { Name = "x" })).Succeeded);
    }
}
