using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Features.Organisation;
using ComplianceDashboard.Web.Grading;
using Microsoft.EntityFrameworkCore;

namespace ComplianceDashboard.IntegrationTests.Organisation;

public class GroupRulesTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task An_eighth_group_member_is_refused_with_a_Chinese_message()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var groups = scope.Get<GroupService>();
        var before = await groups.GetAsync(1);
        var from = OrganisationFixture.Today.AddDays(-10);
        for (var n = before.CurrentCount; n < 7; n++)
        {
            var person = await scope.NewPersonAsync(1, $"职工代表{n}");
            var added = await groups.AddAsync(1, new MemberInput { PersonId = person, Role = GroupRole.StaffRepresentative, From = from });
            Assert.True(added.Succeeded, string.Join("; ", added.Messages));
        }
        Assert.Equal(7, (await groups.GetAsync(1)).CurrentCount);

        var eighth = await scope.NewPersonAsync(1, "第八名");
        var refused = await groups.AddAsync(1, new MemberInput { PersonId = eighth, Role = GroupRole.StaffRepresentative, From = OrganisationFixture.Today });
        Assert.False(refused.Succeeded);
        Assert.Contains("最多7名成员", refused.ErrorFor(nameof(MemberInput.From)), StringComparison.Ordinal);
        Assert.Equal(7, (await groups.GetAsync(1)).CurrentCount);
        Assert.Contains((await groups.GetAsync(1)).Warnings, w => w.Contains("多于通常的3–5名", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_group_led_by_someone_other_than_the_secretary_is_flagged_and_item_13_scores_zero()
    {
        using var scope = await app.SecretaryOfAsync(3);
        var groups = scope.Get<GroupService>();
        Assert.True((await groups.GetAsync(3)).LeaderIsSecretary);

        var leader = (await groups.GetAsync(3)).Members.Single(m => m.IsCurrent && m.Role == GroupRole.Leader);
        var changeOn = new DateOnly(2026, 1, 1);
        Assert.True((await groups.EndAsync(3, leader.Id, changeOn.AddDays(-1))).Succeeded);
        var other = await scope.NewPersonAsync(3, "代理组长");
        var added = await groups.AddAsync(3, new MemberInput { PersonId = other, Role = GroupRole.Leader, IsPartySecretary = false, From = changeOn });
        Assert.True(added.Succeeded, string.Join("; ", added.Messages));

        var view = await groups.GetAsync(3);
        Assert.False(view.LeaderIsSecretary);
        Assert.Contains(view.Warnings, w => w.Contains("组长不是党支部书记", StringComparison.Ordinal) && w.Contains("第13项", StringComparison.Ordinal));
        Assert.Equal(0m, await ItemPointsAsync(app, 3, "13"));
    }

    [Fact]
    public async Task A_second_leader_at_the_same_time_and_membership_of_a_stranger_are_refused()
    {
        using var scope = await app.SecretaryOfAsync(4);
        var groups = scope.Get<GroupService>();
        var person = await scope.NewPersonAsync(4, "第二组长");
        var twoLeaders = await groups.AddAsync(4, new MemberInput { PersonId = person, Role = GroupRole.Leader, IsPartySecretary = true, From = OrganisationFixture.Today });
        Assert.Contains("组长只能有一名", twoLeaders.ErrorFor(nameof(MemberInput.Role)), StringComparison.Ordinal);
        await using var db = app.CreateDbContext();
        var stranger = await db.People.Where(p => p.StationId == 5).Select(p => p.Id).FirstAsync();
        Assert.NotNull((await groups.AddAsync(4, new MemberInput { PersonId = stranger, From = OrganisationFixture.Today })).ErrorFor(nameof(MemberInput.PersonId)));
    }

    internal static async Task<decimal> ItemPointsAsync(TestApp app, int stationId, string code)
    {
        await using var db = app.CreateDbContext();
        var snapshot = await db.GradeSnapshots.Where(s => s.StationId == stationId && s.Year == 2026 && s.IsLatest).OrderByDescending(s => s.Id).FirstAsync();
        return GradeJson.Items(snapshot.ItemsJson).Single(i => i.Code == code).Points;
    }
}
