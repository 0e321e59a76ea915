using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.Domain.Schemes;
using ComplianceDashboard.Domain.Scoring;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Stations;

namespace ComplianceDashboard.ComponentTests.Stations;

/// <summary>Station views for component tests: the real QL-2022 scheme, a station 7 and calendar cells as the grader writes them.</summary>
internal static class StationViews
{
    public static readonly Scheme Scheme = Scheme.LoadEmbedded("QL-2022");

    public static StationGradeView View(IReadOnlyList<ObligationPeriod> calendar, IReadOnlyList<ItemScore>? items = null, int year = 2026) => new(
        new Station { Id = 7, Code = "WY0007", Name = "白洋供电所", Township = "白洋镇" },
        year,
        null,
        items ?? [],
        calendar,
        new Dictionary<int, string> { [3] = "后陈村驻村服务站点" },
        new Dictionary<int, string> { [5] = "张伟" },
        Scheme);

    /// <summary>A monthly station-wide cell of 监督小组会议 (O5) for <paramref name="month"/> 2026, due at the month's end.</summary>
    public static ObligationPeriod Monthly(string obligationId, int month, ObligationStatus status, params long[] records)
    {
        var start = new DateOnly(2026, month, 1);
        var end = start.AddMonths(1).AddDays(-1);
        return new ObligationPeriod(obligationId, new Period(PeriodKind.Month, start, end), end, Scheme.GetObligation(obligationId).Scope, null, status, records);
    }

    public static ObligationPeriod PerPoint(string obligationId, int month, ObligationStatus status, int pointId)
    {
        var start = new DateOnly(2026, month, 1);
        var end = start.AddMonths(1).AddDays(-1);
        return new ObligationPeriod(obligationId, new Period(PeriodKind.Month, start, end), end, ObligationScope.ServicePoint, pointId, status, []);
    }
}
