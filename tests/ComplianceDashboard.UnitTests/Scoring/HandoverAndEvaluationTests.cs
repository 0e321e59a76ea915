using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.UnitTests.Builders;
using static ComplianceDashboard.UnitTests.Builders.StationFactsBuilder;

namespace ComplianceDashboard.UnitTests.Scoring;

/// <summary>What the handover's acknowledgement and the evaluation's result mean for items 10 and 6.</summary>
public class HandoverAndEvaluationTests
{
    [Fact]
    public void Item10_a_handover_the_supervisor_did_not_acknowledge_is_missing()
    {
        var b = PerfectYear(2025).RemoveMonth(RecordKind.LedgerHandover, 5, servicePointId: PointA);
        b.Add(RecordKind.LedgerHandover, new DateOnly(2025, 5, 20), PointA, SupervisorA, r => r with { HandedOverById = ManagerA, Acknowledged = false });

        var grade = Grading.Final(b);

        Assert.Equal(ObligationStatus.Missing, grade.Cell("O2", "2025-05", PointA).Status);
        Assert.Equal(0m, grade.Item("10").Points);
        grade.AssertOthersFull("10");
    }

    [Fact]
    public void Item10_an_acknowledged_handover_counts()
    {
        var b = PerfectYear(2025).Map(RecordKind.LedgerHandover, r => r with { HandedOverById = r.ServicePointId == PointA ? ManagerA : ManagerB, Acknowledged = true });

        Assert.Equal(4m, Grading.Final(b).Item("10").Points);
    }

    [Fact]
    public void Item6_an_incompetent_rating_is_a_dismissal_ground_and_the_supervisor_must_go_within_a_month()
    {
        var kept = PerfectYear(2025);
        kept.Add(RecordKind.SupervisorEvaluation, new DateOnly(2025, 6, 10), null, SupervisorB, r => r with { EvaluationResult = EvaluationResult.Incompetent });
        var dismissed = PerfectYear(2025).Remove(r => r.PersonId == SupervisorB && r.EventDate > new DateOnly(2025, 7, 1));
        dismissed.Add(RecordKind.SupervisorEvaluation, new DateOnly(2025, 6, 10), null, SupervisorB, r => r with { EvaluationResult = EvaluationResult.Incompetent });
        dismissed.EndAssignment(4, new DateOnly(2025, 7, 1), VacancyReason.Dismissed);
        dismissed.Assign(SupervisorC, PostRole.Supervisor, PointB, new DateOnly(2025, 7, 2));
        dismissed.Add(RecordKind.SupervisorEvaluation, new DateOnly(2025, 12, 20), null, SupervisorC, r => r with { EvaluationResult = EvaluationResult.Competent });

        var item = Grading.Final(kept).Item("6");
        Assert.Equal(0m, item.Points);
        Assert.Contains(item.Gaps, g => g.Description.Contains("2025-06-10出现考评不称职，未在2025-07-10前解聘", StringComparison.Ordinal));
        Assert.Equal(3m, Grading.Final(dismissed).Item("6").Points);
    }

    [Fact]
    public void Item6_competent_and_basically_competent_ratings_have_no_consequence()
    {
        var b = PerfectYear(2025).Map(RecordKind.SupervisorEvaluation, r => r with
        {
            EvaluationResult = r.PersonId == SupervisorA ? EvaluationResult.Competent : EvaluationResult.BasicallyCompetent,
        });

        Assert.Equal(3m, Grading.Final(b).Item("6").Points);
    }
}
