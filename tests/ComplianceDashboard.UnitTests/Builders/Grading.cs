using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.Domain.Schemes;
using ComplianceDashboard.Domain.Scoring;

namespace ComplianceDashboard.UnitTests.Builders;

/// <summary>Short-hands for grading QL-2022 in tests; final grading runs as of 15 January of the next year.</summary>
public static class Grading
{
    public static Scheme QL2022 => Scheme.LoadEmbedded("QL-2022");

    public static StationGrade Final(StationFactsBuilder b) => RubricEngine.Grade(QL2022, b.Build(), b.Year, new DateOnly(b.Year + 1, 1, 15));

    public static StationGrade AsOf(StationFactsBuilder b, DateOnly asOf) => RubricEngine.Grade(QL2022, b.Build(), b.Year, asOf);

    public static ItemScore Item(this StationGrade grade, string code) => grade.Items.Single(i => i.Code == code);

    public static ObligationPeriod Cell(this StationGrade grade, string obligationId, string periodKey, int? subjectId = null) =>
        grade.Calendar.Single(c => c.ObligationId == obligationId && c.Period.Key == periodKey && c.SubjectId == subjectId);

    /// <summary>Every item except the given ones has full points (so a test touched exactly what it meant to).</summary>
    public static void AssertOthersFull(this StationGrade grade, params string[] except)
    {
        foreach (var item in grade.Items.Where(i => !i.IsBonus && !except.Contains(i.Code)))
            Assert.True(item.Points == item.MaxPoints, $"item {item.Code} has {item.Points}/{item.MaxPoints}: {item.Explanation}");
    }
}
