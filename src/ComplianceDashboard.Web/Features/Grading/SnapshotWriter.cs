using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Domain.Scoring;
using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ComplianceDashboard.Web.Features.Grading;

/// <summary>
/// Persists grades: a new snapshot row only when the result changed (so rows are the score's history),
/// and the station's month statistics that feed the heat maps.
/// </summary>
public static class SnapshotWriter
{
    public static async Task WriteAsync(AppDbContext db, IReadOnlyList<(StationFacts Facts, StationGrade Grade)> results, long? runId, DateTime computedAt, CancellationToken ct)
    {
        if (results.Count == 0)
        {
            return;
        }
        var year = results[0].Grade.Year;
        var stationIds = results.Select(r => r.Facts.StationId).ToList();
        var latest = await db.GradeSnapshots.Where(s => stationIds.Contains(s.StationId) && s.Year == year && s.IsLatest)
            .ToDictionaryAsync(s => s.StationId, ct);

        foreach (var (facts, grade) in results)
        {
            var items = GradeJson.Serialize(grade.Items);
            var calendar = GradeJson.Serialize(grade.Calendar);
            var hash = GradeJson.Hash(grade.SchemeCode, grade.SchemeVersion, grade.IsFinal.ToString(), grade.Total.ToString(System.Globalization.CultureInfo.InvariantCulture), items, calendar);
            if (latest.TryGetValue(facts.StationId, out var previous))
            {
                if (previous.ContentHash == hash)
                {
                    // AsOf stays the first day this result held, so "score at month end" reads history correctly.
                    previous.ComputedAt = computedAt;
                    continue;
                }
                previous.IsLatest = false;
            }
            db.GradeSnapshots.Add(new GradeSnapshot
            {
                StationId = facts.StationId,
                Year = grade.Year,
                SchemeCode = grade.SchemeCode,
                SchemeVersion = grade.SchemeVersion,
                AsOf = grade.AsOf,
                IsFinal = grade.IsFinal,
                IsLatest = true,
                ComputedAt = computedAt,
                JobRunId = runId,
                BaseScore = grade.BaseScore,
                BonusScore = grade.BonusScore,
                Total = grade.Total,
                GradeCode = grade.Grade.Code,
                GradeLabel = grade.Grade.Label,
                ContentHash = hash,
                ItemsJson = items,
                CalendarJson = calendar,
            });
        }

        await db.StationMonthStats.Where(s => stationIds.Contains(s.StationId) && s.Year == year).ExecuteDeleteAsync(ct);
        db.StationMonthStats.AddRange(results.SelectMany(r => MonthStats(r.Facts, r.Grade)));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Cells counted in the month they fall due; incident deductions in the month the incident happened.</summary>
    public static IEnumerable<StationMonthStat> MonthStats(StationFacts facts, StationGrade grade)
    {
        var stats = Enumerable.Range(1, 12).Select(m => new StationMonthStat { StationId = facts.StationId, Year = grade.Year, Month = m }).ToArray();
        foreach (var cell in grade.Calendar.Where(c => c.DueDate.Year == grade.Year))
        {
            var stat = stats[cell.DueDate.Month - 1];
            switch (cell.Status)
            {
                case ObligationStatus.OnTime: stat.OnTime++; stat.Due++; break;
                case ObligationStatus.Late: stat.Late++; stat.Due++; break;
                case ObligationStatus.Missing: stat.Missing++; stat.Due++; break;
                case ObligationStatus.Pending: stat.Pending++; break;
            }
        }
        var eventDates = facts.Records.ToDictionary(r => r.Id, r => r.EventDate);
        foreach (var gap in grade.Items.Where(i => i.Rule == RuleKind.PerEvent).SelectMany(i => i.Gaps))
        {
            if (gap.RecordIds is [var id, ..] && eventDates.TryGetValue(id, out var date) && date.Year == grade.Year)
            {
                stats[date.Month - 1].RiskDeduction += gap.PointsLost;
            }
        }
        return stats;
    }
}
