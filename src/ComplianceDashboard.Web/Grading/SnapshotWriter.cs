namespace ComplianceDashboard.Web.Grading;

/// <summary>A station's grade serialised and hashed, ready to be written (prepared in parallel, written in one go).</summary>
public sealed record GradedStation(int StationId, StationGrade Grade, string ItemsJson, string CalendarJson, string Hash, IReadOnlyList<StationMonthStat> MonthStats);

/// <summary>
/// Persists grades: a new snapshot row only when the result changed (so rows are the score's history),
/// and the station's month statistics that feed the heat maps.
/// </summary>
public static class SnapshotWriter
{
    /// <summary>CPU-only work (serialise, hash, month statistics): safe to run on several threads.</summary>
    public static GradedStation Prepare(StationFacts facts, StationGrade grade)
    {
        var items = GradeJson.Serialize(grade.Items);
        var calendar = GradeJson.Serialize(grade.Calendar);
        var hash = GradeJson.Hash(grade.SchemeCode, grade.SchemeVersion, grade.IsFinal.ToString(), grade.Total.ToString(CultureInfo.InvariantCulture), items, calendar);
        return new GradedStation(facts.StationId, grade, items, calendar, hash, MonthStats(facts, grade));
    }

    public static async Task WriteAsync(AppDbContext db, IReadOnlyList<GradedStation> results, long? runId, DateTime computedAt, CancellationToken ct)
    {
        if (results.Count == 0)
        {
            return;
        }
        var year = results[0].Grade.Year;
        var stationIds = results.Select(r => r.StationId).ToList();
        // Only the hash of the latest rows is needed to decide: never load their (large) JSON here.
        var latest = await db.GradeSnapshots.Where(s => stationIds.Contains(s.StationId) && s.Year == year && s.IsLatest)
            .Select(s => new { s.Id, s.StationId, s.ContentHash }).ToDictionaryAsync(s => s.StationId, ct);
        var unchanged = new List<long>();
        var superseded = new List<long>();
        var added = new List<GradeSnapshot>();
        foreach (var result in results)
        {
            if (latest.TryGetValue(result.StationId, out var previous))
            {
                if (previous.ContentHash == result.Hash)
                {
                    unchanged.Add(previous.Id); // AsOf stays the first day this result held (history reads "score at month end")
                    continue;
                }
                superseded.Add(previous.Id);
            }
            added.Add(NewSnapshot(result, runId, computedAt));
        }

        await db.Database.InWriteTransactionAsync(async c =>
        {
            await db.GradeSnapshots.Where(s => unchanged.Contains(s.Id)).ExecuteUpdateAsync(u => u.SetProperty(s => s.ComputedAt, computedAt), c);
            await db.GradeSnapshots.Where(s => superseded.Contains(s.Id)).ExecuteUpdateAsync(u => u.SetProperty(s => s.IsLatest, false), c);
            await db.StationMonthStats.Where(s => stationIds.Contains(s.StationId) && s.Year == year).ExecuteDeleteAsync(c);
            db.GradeSnapshots.AddRange(added);
            db.StationMonthStats.AddRange(results.SelectMany(r => r.MonthStats));
            await db.SaveChangesAsync(c);
        }, ct);
        db.ChangeTracker.Clear();
    }

    private static GradeSnapshot NewSnapshot(GradedStation result, long? runId, DateTime computedAt)
    {
        var grade = result.Grade;
        return new GradeSnapshot
        {
            StationId = result.StationId,
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
            ContentHash = result.Hash,
            ItemsJson = result.ItemsJson,
            CalendarJson = result.CalendarJson,
        };
    }

    /// <summary>Cells counted in the month they fall due; incident deductions in the month the incident happened.</summary>
    public static StationMonthStat[] MonthStats(StationFacts facts, StationGrade grade)
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
        var incidents = grade.Items.Where(i => i.Rule == RuleKind.PerEvent).SelectMany(i => i.Gaps).ToList();
        if (incidents.Count > 0)
        {
            var eventDates = facts.Records.ToDictionary(r => r.Id, r => r.EventDate);
            foreach (var gap in incidents)
            {
                if (gap.RecordIds is [var id, ..] && eventDates.TryGetValue(id, out var date) && date.Year == grade.Year)
                {
                    stats[date.Month - 1].RiskDeduction += gap.PointsLost;
                }
            }
        }
        return stats;
    }
}
