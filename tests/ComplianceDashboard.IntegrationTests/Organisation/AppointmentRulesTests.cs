using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace ComplianceDashboard.IntegrationTests.Organisation;

public class AppointmentRulesTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_third_consecutive_supervisor_term_is_refused()
    {
        // Demo supervisors of station 1 serve two approved consecutive terms, the second ending 2027-10-31.
        await using var db = app.CreateDbContext();
        var second = await db.SupervisorAppointments.Where(a => a.Person!.StationId == 1 && a.Status == AppointmentStatus.Approved && a.ConsecutiveTerm == 2)
            .OrderBy(a => a.Id).FirstAsync();
        using var scope = await app.SignedInScopeAsync("shuji1");
        var result = await scope.Get<AppointmentService>().RecommendAsync(1, new RecommendInput
        {
            PersonId = second.PersonId, RecommendedOn = OrganisationFixture.Today, TermStart = second.TermEnd.AddDays(1),
        });
        Assert.False(result.Succeeded);
        Assert.Contains("不得第3次连续聘任", result.ErrorFor(nameof(RecommendInput.TermStart)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consecutive_term_counts_only_terms_ending_the_day_before()
    {
        var first = (new DateOnly(2022, 1, 1), new DateOnly(2023, 12, 31));
        var second = (new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31));
        Assert.Equal(3, AppointmentService.ConsecutiveTermFor([first, second], new DateOnly(2026, 1, 1)));
        Assert.Equal(1, AppointmentService.ConsecutiveTermFor([first, second], new DateOnly(2026, 3, 1)));
        Assert.Equal(2, AppointmentService.ConsecutiveTermFor([second], new DateOnly(2026, 1, 1)));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Approval_needs_a_document_number_and_the_discipline_committee()
    {
        int id;
        using (var secretary = await app.SignedInScopeAsync("shuji1"))
        {
            var person = await secretary.NewPersonAsync(1, "候选人甲");
            var recommended = await secretary.Get<AppointmentService>().RecommendAsync(1, new RecommendInput
            {
                PersonId = person, SelfNominated = true, RecommendedOn = OrganisationFixture.Today, TermStart = OrganisationFixture.Today.AddDays(20),
            });
            Assert.True(recommended.Succeeded, string.Join("; ", recommended.Messages));
            id = recommended.Value;

            // A 支部书记 may neither review nor approve.
            Assert.Contains("纪委领导或管理员", (await secretary.Get<AppointmentService>().ReviewAsync(id, OrganisationFixture.Today)).ErrorFor(""), StringComparison.Ordinal);
            var bySecretary = await secretary.Get<AppointmentService>().ApproveAsync(id, new ApproveInput { DocumentNo = "武电纪〔2026〕9号", ApprovedOn = OrganisationFixture.Today });
            Assert.False(bySecretary.Succeeded);
            Assert.Contains("纪委领导或管理员", bySecretary.ErrorFor(""), StringComparison.Ordinal);
        }

        using var committee = await app.SignedInScopeAsync("jiwei");
        var service = committee.Get<AppointmentService>();
        Assert.Contains("已审核", (await service.ApproveAsync(id, new ApproveInput { DocumentNo = "x", ApprovedOn = OrganisationFixture.Today })).ErrorFor(""), StringComparison.Ordinal);
        Assert.True((await service.ReviewAsync(id, OrganisationFixture.Today)).Succeeded);
        var noNumber = await service.ApproveAsync(id, new ApproveInput { DocumentNo = " ", ApprovedOn = OrganisationFixture.Today });
        Assert.Equal("批准须填写发文文号", noNumber.ErrorFor(nameof(ApproveInput.DocumentNo)));
        Assert.NotNull((await service.ApproveAsync(id, new ApproveInput { DocumentNo = "武电纪〔2026〕9号" })).ErrorFor(nameof(ApproveInput.ApprovedOn)));

        Assert.True((await service.ApproveAsync(id, new ApproveInput { DocumentNo = "武电纪〔2026〕9号", ApprovedOn = OrganisationFixture.Today })).Succeeded);
        var row = Assert.Single(await service.ListAsync(1), a => a.Id == id);
        Assert.Equal(AppointmentStatus.Approved, row.Status);
        Assert.Equal(1, row.ConsecutiveTerm);
        Assert.Equal(row.TermStart.AddYears(2).AddDays(-1), row.TermEnd);
    }

    [Fact]
    public async Task At_most_two_candidates_are_open_at_a_time()
    {
        using var scope = await app.SecretaryOfAsync(9);
        var service = scope.Get<AppointmentService>();
        for (var n = 1; n <= 2; n++)
        {
            var ok = await service.RecommendAsync(9, new RecommendInput { PersonId = await scope.NewPersonAsync(9, $"候选{n}"), RecommendedOn = OrganisationFixture.Today, TermStart = OrganisationFixture.Today.AddDays(30) });
            Assert.True(ok.Succeeded, string.Join("; ", ok.Messages));
        }
        var third = await service.RecommendAsync(9, new RecommendInput { PersonId = await scope.NewPersonAsync(9, "候选3"), RecommendedOn = OrganisationFixture.Today, TermStart = OrganisationFixture.Today.AddDays(30) });
        Assert.Contains("同时最多推荐2名", third.ErrorFor(""), StringComparison.Ordinal);
    }
}
