using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Domain.Scoring;
using ComplianceDashboard.UnitTests.Builders;
using static ComplianceDashboard.UnitTests.Builders.StationFactsBuilder;

namespace ComplianceDashboard.UnitTests.Scoring;

/// <summary>A database returns rows in no promised order; the grade, its explanations and its calendar must not depend on it.</summary>
public sealed class FactOrderTests
{
    [Fact]
    public void Facts_in_reverse_order_grade_to_the_same_points_explanations_and_gaps()
    {
        // Two meetings without a quorum (items 13 lists both by date), and a missing ledger handover at two points.
        var builder = PerfectYear(2025)
            .Map(RecordKind.GroupMeeting, r => r.EventDate.Month switch
            {
                3 => r with { PresentMemberIds = [Secretary] },
                9 => r with { PresentMemberIds = [DisciplineMember] },
                _ => r,
            })
            .RemoveMonth(RecordKind.LedgerHandover, 6, PointA)
            .RemoveMonth(RecordKind.LedgerHandover, 6, PointB);
        var facts = builder.Build();
        var reversed = facts with
        {
            ServicePoints = [.. facts.ServicePoints.Reverse()],
            People = [.. facts.People.Reverse()],
            Assignments = [.. facts.Assignments.Reverse()],
            Appointments = [.. facts.Appointments.Reverse()],
            GroupMembers = [.. facts.GroupMembers.Reverse()],
            ResponsibilityLists = [.. facts.ResponsibilityLists.Reverse()],
            Records = [.. facts.Records.Reverse().Select(r => r with { PresentMemberIds = [.. r.PresentMemberIds.Reverse()] })],
        };
        var asOf = new DateOnly(2026, 1, 15);

        var inOrder = RubricEngine.Grade(Grading.QL2022, facts, 2025, asOf);
        var inReverse = RubricEngine.Grade(Grading.QL2022, reversed, 2025, asOf);

        Assert.Contains("2025-03-20", inOrder.Item("13").Explanation, StringComparison.Ordinal);
        Assert.True(inOrder.Item("13").Explanation.IndexOf("2025-03-20", StringComparison.Ordinal) < inOrder.Item("13").Explanation.IndexOf("2025-09-20", StringComparison.Ordinal),
            "meetings are listed by date");
        Assert.Equal(Describe(inOrder), Describe(inReverse));
    }

    private static string Describe(StationGrade grade) => string.Join("\n",
        grade.Items.Select(i => $"{i.Code} {i.Points} {i.Explanation} {string.Join(",", i.RecordIds)} | {string.Join(";", i.Gaps.Select(g => $"{g.Description} {string.Join(",", g.RecordIds ?? [])}"))}")
            .Concat(grade.Calendar.Select(c => $"{c.ObligationId} {c.Period.Key} {c.SubjectId} {c.Status} {string.Join(",", c.RecordIds)}")));
}
