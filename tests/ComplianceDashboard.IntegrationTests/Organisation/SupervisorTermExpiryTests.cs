using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Features.Organisation;
using ComplianceDashboard.Web.Grading;
using Microsoft.EntityFrameworkCore;

namespace ComplianceDashboard.IntegrationTests.Organisation;

/// <summary>
/// An expired, unrenewed supervisor term: the organisation screens and the grading read the same
/// vacancy. Demo station 14 (variant 13) had its first supervisor's renewal only recommended, never approved: the
/// first term ran 2023-11-01 … 2025-10-31 and the assignment was never ended in the data.
/// </summary>
public class SupervisorTermExpiryTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly DateOnly TermEnd = new(2025, 10, 31);

    [Fact]
    public async Task The_people_page_shows_the_post_vacant_since_the_day_after_the_term_and_the_assignment_ended_by_term()
    {
        using var scope = await app.SignedInScopeAsync("jiwei");
        var staffing = scope.Get<StaffingService>();

        var vacant = Assert.Single(await staffing.PostsAsync(14), p => p.Role == PostRole.Supervisor && p.IsVacant);
        Assert.Equal((TermEnd.AddDays(1), VacancyReason.TermEnded, TermEnd.AddMonths(1)), (vacant.VacantSince!.Value, vacant.VacancyReason!.Value, vacant.RefillDeadline!.Value));
        var assignment = Assert.Single(await staffing.AssignmentsAsync(14), a => a.EndedByTerm);
        Assert.Equal((TermEnd, VacancyReason.TermEnded, vacant.ServicePointId), (assignment.To!.Value, assignment.EndReason!.Value, assignment.ServicePointId));

        await using var db = await scope.Get<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var stored = await db.PostAssignments.SingleAsync(a => a.Id == assignment.Id);
        Assert.Null(stored.To); // nothing was written back: the term itself ends the post
    }

    [Fact]
    public async Task The_grade_sees_the_same_vacancy_in_items_4_and_7()
    {
        using var scope = await app.SignedInScopeAsync("jiwei");
        var point = Assert.Single(await scope.Get<StaffingService>().PostsAsync(14), p => p.Role == PostRole.Supervisor && p.IsVacant).PointName;
        await using var db = await scope.Get<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var grader = scope.Get<SchemeGrader>();

        var facts2025 = (await StationFactsLoader.LoadAsync(db, [14], 2025, OrganisationFixture.Today)).Single();
        var final2025 = grader.Grade(facts2025, 2025, OrganisationFixture.Today);
        var facts2026 = (await StationFactsLoader.LoadAsync(db, [14], 2026, OrganisationFixture.Today)).Single();
        var current = grader.Grade(facts2026, 2026, OrganisationFixture.Today);

        Assert.Contains(final2025.Items.Single(i => i.Code == "4").Gaps, g => g.Description.StartsWith($"站点「{point}」2025-12-31未配置站点廉政监督员", StringComparison.Ordinal));
        Assert.Contains(final2025.Items.Single(i => i.Code == "7").Gaps, g => g.Description.StartsWith($"站点「{point}」站点廉政监督员自2025-11-01空缺，未在2025-11-30前补充", StringComparison.Ordinal));
        Assert.Contains(current.Items.Single(i => i.Code == "4").Gaps, g => g.Description.Contains($"站点「{point}」", StringComparison.Ordinal));
    }
}
