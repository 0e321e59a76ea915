using ComplianceDashboard.ComponentTests.Records;
using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Organisation;
using ComplianceDashboard.Web.Infrastructure;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceDashboard.ComponentTests.Organisation;

/// <summary>
/// Switching the station of an organisation page while the new station's read is under way: the previous station's
/// members must not stand under the new station's name (its buttons would act on the new station).
/// </summary>
public sealed class GroupPageTests : ComponentTest, IClassFixture<RecordsDb>
{
    private readonly GatedDbFactory _factory;

    public GroupPageTests(RecordsDb db)
    {
        using (var seed = db.CreateDbContext())
        {
            if (!seed.People.Any())
            {
                var (first, second) = (new Person { StationId = 1, Name = "桐琴组长" }, new Person { StationId = 2, Name = "泉溪组长" });
                seed.GroupMemberships.AddRange(
                    new GroupMembership { StationId = 1, Person = first, Role = GroupRole.Leader, IsPartySecretary = true, From = new DateOnly(2026, 1, 1) },
                    new GroupMembership { StationId = 2, Person = second, Role = GroupRole.Leader, IsPartySecretary = true, From = new DateOnly(2026, 1, 1) });
                seed.SaveChanges();
            }
        }
        _factory = new GatedDbFactory(db);
        var clock = new AppClock(TimeProvider.System, Options.Create(new AppOptions { TimeZone = "Asia/Shanghai" }));
        Services.AddSingleton(clock);
        Services.AddScoped(sp => new GroupService(_factory, sp.GetRequiredService<CurrentUser>(), null!, clock));
        Services.AddScoped(sp => new StaffingService(_factory, sp.GetRequiredService<CurrentUser>(), null!, clock));
        Services.AddScoped(sp => new OrganisationOverviewService(_factory, sp.GetRequiredService<CurrentUser>()));
        SignIn("lingdao", Roles.DisciplineLeader);
    }

    [Fact]
    public void Another_station_shows_none_of_the_previous_members_until_its_own_are_read()
    {
        RenderProviders();
        var cut = Render<GroupPage>(p => p.Add(c => c.StationId, 1));
        cut.WaitForAssertion(() => Assert.Contains("桐琴组长", cut.Find("[data-testid=group-grid]").TextContent, StringComparison.Ordinal));

        var hold = _factory.HoldNext();
        cut.Render(p => p.Add(c => c.StationId, 2));

        // The header has read the station list (not held) and names the new station; the group read is still held.
        cut.WaitForAssertion(() => Assert.Contains("泉溪供电所", cut.Find("h1").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("桐琴组长", cut.Markup, StringComparison.Ordinal);

        hold.Release();
        cut.WaitForAssertion(() => Assert.Contains("泉溪组长", cut.Find("[data-testid=group-grid]").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("桐琴组长", cut.Markup, StringComparison.Ordinal);
    }
}
