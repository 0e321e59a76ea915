using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Features.Organisation;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ComplianceDashboard.IntegrationTests.Organisation;

public class DismissalTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Ground_b_is_detected_for_the_demo_supervisor_idle_since_February_and_dismissal_ends_the_post()
    {
        // Demo station 8 (index 7): a supervisor has no record naming them from 2026-02 to 2026-08.
        using var scope = await app.SecretaryOfAsync(8);
        var detected = Assert.Single(await scope.Get<DismissalService>().DetectInactiveAsync(8));
        Assert.InRange(detected.FirstIdleMonth, new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1)); // a late January report may fall in February

        // Make the run exact: nothing names the supervisor from February to August, January has a record.
        await using (var db = app.CreateDbContext())
        {
            Assert.True(await db.Records.AnyAsync(r => r.PersonId == detected.PersonId && r.EventDate >= new DateOnly(2026, 1, 1) && r.EventDate < new DateOnly(2026, 2, 1)));
            await db.Records.Where(r => r.PersonId == detected.PersonId && r.EventDate >= new DateOnly(2026, 2, 1) && r.EventDate <= new DateOnly(2026, 8, 31)).ExecuteDeleteAsync();
        }
        var warning = Assert.Single(await scope.Get<DismissalService>().DetectInactiveAsync(8));
        Assert.Equal(detected.PersonId, warning.PersonId);
        Assert.Equal(new DateOnly(2026, 2, 1), warning.FirstIdleMonth);
        Assert.Equal(new DateOnly(2026, 7, 31), warning.GroundOn);
        Assert.Equal("连续6个月未履职，应于2026-08-31前解聘", warning.Message);
        using (var committee = await app.SignedInScopeAsync("jiwei"))
        {
            Assert.Empty(await committee.Get<DismissalService>().DetectInactiveAsync(1));
        }
        await Assert.ThrowsAsync<ForbiddenException>(() => scope.Get<DismissalService>().DetectInactiveAsync(1));

        var missing = await scope.Get<DismissalService>().DismissAsync(8, new DismissalInput { PersonId = warning.PersonId, Ground = DismissalGround.Inactive6Months });
        Assert.NotNull(missing.ErrorFor(nameof(DismissalInput.GroundOn)));
        Assert.NotNull(missing.ErrorFor(nameof(DismissalInput.DismissedOn)));

        var dismissed = await scope.Get<DismissalService>().DismissAsync(8, new DismissalInput
        {
            PersonId = warning.PersonId, Ground = DismissalGround.Inactive6Months, GroundOn = warning.GroundOn, DismissedOn = OrganisationFixture.Today, Note = "连续六个月无履职记录",
        });
        Assert.True(dismissed.Succeeded, string.Join("; ", dismissed.Messages));
        Assert.Empty(await scope.Get<DismissalService>().DetectInactiveAsync(8));
        var post = Assert.Single(await scope.Get<StaffingService>().AssignmentsAsync(8), a => a.PersonId == warning.PersonId);
        Assert.Equal(OrganisationFixture.Today, post.To);
        Assert.Equal(VacancyReason.Dismissed, post.EndReason);
        Assert.Single(await scope.Get<DismissalService>().ListAsync(8), d => d.PersonId == warning.PersonId);
    }
}
