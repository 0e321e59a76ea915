using ComplianceDashboard.Domain.Connections;

namespace ComplianceDashboard.Web.Features.Connections;

/// <summary>On-time rate of a stage for a class: stages with a limit that finished in the year, and how many on time.</summary>
public sealed record OnTimeCell(ConnectionStage Stage, ConnectionClass Class, int Finished, int OnTime)
{
    public double? Rate => Finished == 0 ? null : (double)OnTime / Finished;
}

/// <summary>Working days a stage took (finished in the year): the spread for a box view.</summary>
public sealed record StageDuration(ConnectionStage Stage, int Count, double Average, int Min, int Q1, int Median, int Q3, int Max);

/// <summary>The year's dashboard: on-time rates, overdue stages per station and month (by the month they fell overdue), durations.</summary>
public sealed record ConnectionDashboard(int Year, IReadOnlyList<OnTimeCell> OnTime, IReadOnlyList<(int StationId, string StationName)> Stations,
    IReadOnlyDictionary<(int StationId, int Month), int> Overdue, IReadOnlyList<StageDuration> Durations);

/// <summary>Computes the 业扩 dashboard for the caller's stations from the same clocks as the lists.</summary>
public sealed class ConnectionDashboardQuery(IDbContextFactory<AppDbContext> factory, CurrentUser currentUser, AppClock clock, ConnectionClockSource clocks)
{
    public async Task<ConnectionDashboard> YearAsync(int year, CancellationToken ct = default)
    {
        currentUser.EnsureCanViewConnections();
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        await using var db = await factory.CreateDbContextAsync(ct);
        var stations = await currentUser.ConnectionScope(db.Stations.AsNoTracking(), s => s.Id).OrderBy(s => s.Code).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        var calendar = await clocks.CalendarAsync(ct);
        var today = clock.Today;
        var loaded = await ConnectionFacts.LoadAsync(db, currentUser.ConnectionScope(db.ConnectionApplications, a => a.StationId).ActiveIn(from, to), ct);
        var clocked = loaded.Select(a => ConnectionClocks.Evaluate(a.Facts, calendar, clocks.Limits, today)).ToList();

        var onTime = new List<OnTimeCell>();
        foreach (var stage in ConnectionNames.Stages)
        {
            foreach (var c in ConnectionNames.Classes.Where(c => clocks.Limits.For(stage, c) is not null))
            {
                var finished = clocked.Where(a => a.Facts.Class == c).Select(a => a.Stage(stage))
                    .Where(s => s.Finish is { } f && f.Year == year && s.State is StageState.OnTime or StageState.Late).ToList();
                onTime.Add(new OnTimeCell(stage, c, finished.Count, finished.Count(s => s.State == StageState.OnTime)));
            }
        }
        var overdue = clocked.SelectMany(a => a.Stages.Where(s => s.OverdueSince is { } d && d.Year == year && d <= today).Select(s => (a.Facts.StationId, s.OverdueSince!.Value.Month)))
            .GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var durations = new List<StageDuration>();
        foreach (var stage in ConnectionNames.Stages)
        {
            var days = clocked.Select(a => a.Stage(stage)).Where(s => s.Start is { } st && s.Finish is { } f && f.Year == year && s.State != StageState.NotApplicable)
                .Select(s => calendar.WorkingDaysBetween(s.Start!.Value, s.Finish!.Value, [])).Order().ToList();
            if (days.Count > 0)
            {
                durations.Add(new StageDuration(stage, days.Count, days.Average(), days[0], Quantile(days, 0.25), Quantile(days, 0.5), Quantile(days, 0.75), days[^1]));
            }
        }
        return new ConnectionDashboard(year, onTime, [.. stations.Select(s => (s.Id, s.Name))], overdue, durations);
    }

    private static int Quantile(List<int> sorted, double q) => sorted[(int)Math.Round((sorted.Count - 1) * q, MidpointRounding.AwayFromZero)];
}
