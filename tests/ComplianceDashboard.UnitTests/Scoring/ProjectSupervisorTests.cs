using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.UnitTests.Builders;
using static ComplianceDashboard.UnitTests.Builders.StationFactsBuilder;

namespace ComplianceDashboard.UnitTests.Scoring;

/// <summary>
/// 工程廉政监督员 (domain.md §2, last bullet): managed like a service-point supervisor, so as "every supervisor" they
/// count for items 5, 6 and 21; the post is optional and belongs to no service point, so items 4 and 7 ignore it.
/// Supervisor C (approved term 2025-01-01 … 2026-12-31 in the perfect year) supervises the 10kV line project.
/// </summary>
public class ProjectSupervisorTests
{
    private static StationFactsBuilder WithProjectSupervisor(bool reports = true)
    {
        var b = PerfectYear(2025);
        b.ProjectSupervisors.Add(new ProjectSupervisorPost(1, SupervisorC, "10kV后陈线改造工程", new DateOnly(2025, 1, 1), null, null));
        if (reports)
        {
            foreach (var month in Enumerable.Range(1, 12))
                b.Add(RecordKind.SupervisorDutyReport, new DateOnly(2025, month, 20), null, SupervisorC);
            b.Add(RecordKind.SupervisorEvaluation, new DateOnly(2025, 12, 20), null, SupervisorC);
        }
        return b;
    }

    [Fact]
    public void A_project_supervisor_who_reports_and_is_evaluated_keeps_full_points()
    {
        var grade = Grading.Final(WithProjectSupervisor());

        Assert.Equal(ObligationStatus.OnTime, grade.Cell("O12", "2025-03", SupervisorC).Status);
        Assert.Equal("全部3名监督员共36个月按时完成", grade.Item("21").Explanation);
        grade.AssertOthersFull();
    }

    [Fact]
    public void A_project_supervisor_owes_monthly_duty_reports_and_a_yearly_evaluation()
    {
        var grade = Grading.Final(WithProjectSupervisor(reports: false));

        Assert.Equal(0m, grade.Item("21").Points);
        Assert.StartsWith("不得分：监督员「钱监督」1月、2月", grade.Item("21").Explanation, StringComparison.Ordinal);
        Assert.Equal(0m, grade.Item("6").Points);
        Assert.Contains("监督员「钱监督」2025年缺少监督员考评记录", grade.Item("6").Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_supervisor_needs_an_approved_appointment()
    {
        var b = WithProjectSupervisor();
        b.Appointments.RemoveAll(a => a.PersonId == SupervisorC);

        var item = Grading.Final(b).Item("5");

        Assert.Equal(0m, item.Points);
        Assert.Contains("监督员钱监督自2025-01-01起无有效聘任", item.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_post_ending_opens_no_vacancy_and_needs_no_successor()
    {
        var b = WithProjectSupervisor().Remove(r => r.PersonId == SupervisorC && (r.EventDate.Month > 5 || r.Kind == RecordKind.SupervisorEvaluation));
        b.ProjectSupervisors[0] = b.ProjectSupervisors[0] with { To = new DateOnly(2025, 5, 31), EndReason = VacancyReason.Left };

        var grade = Grading.Final(b);

        Assert.Equal(6m, grade.Item("4").Points);
        Assert.Equal(4m, grade.Item("7").Points);
        grade.AssertOthersFull();
    }

    [Fact]
    public void A_project_post_ends_with_the_supervisors_expired_term()
    {
        var b = WithProjectSupervisor().Term(SupervisorC, new DateOnly(2023, 9, 1), new DateOnly(2025, 8, 31))
            .Remove(r => r.PersonId == SupervisorC && (r.EventDate.Month > 8 || r.Kind == RecordKind.SupervisorEvaluation));

        var grade = Grading.Final(b);

        var post = Assert.Single(SupervisorTerms.Apply(b.Build(), new DateOnly(2026, 1, 15)).ProjectSupervisors);
        Assert.Equal((new DateOnly(2025, 8, 31), VacancyReason.TermEnded), (post.To!.Value, post.EndReason!.Value));
        Assert.Equal(ObligationStatus.NotApplicable, grade.Cell("O12", "2025-09", SupervisorC).Status);
        grade.AssertOthersFull();
    }
}
