using ComplianceDashboard.Web.Features.Overview;
using ComplianceDashboard.Web.Features.Stations;

namespace ComplianceDashboard.Web.Grading;

/// <summary>
/// The read models of the overview and station pages kept in memory between regrades (docs/performance.md, "Pages under load"): many
/// users opening the same pages read the precomputed grades once, not once each.
/// </summary>
/// <remarks>
/// <para><b>Never older than the last committed regrade on this server.</b> Every grade write on this server is followed
/// by a <see cref="GradingNotifier"/> event once it has committed (a station after a save; every batch of a run), and
/// each event empties the cache and moves its generation on. An entry is used only in the generation it was loaded in,
/// so a read that began before a regrade and finishes after it is handed to its own callers but never kept. The cache
/// subscribes when the host starts (it is a hosted service), before any page does, so the pages' own refresh handlers
/// run after the cache has been emptied.</para>
/// <para><b>Scope stays per user, on the server.</b> Overview and ranking entries are keyed by the reader's scope (all
/// stations, or the exact set of readable station ids) and computed with that scope's filter; station entries hold a
/// station's grade and are handed out only after <see cref="StationScope.CanRead"/> for the caller.</para>
/// <para>Other servers' regrades arrive as the same events (ADR-018); after a gap in that transport the cache is
/// emptied too (<see cref="GradingNotifier.EventsMissed"/>), since what those servers did meanwhile is not known.</para>
/// <para>Names of stations, service points and people are part of the entries; a rename without a regrade shows after
/// at most <see cref="TimeToLive"/>.</para>
/// </remarks>
public sealed class GradeReadCache(IDbContextFactory<AppDbContext> factory, GradingNotifier notifier, SchemeGrader grader, TimeProvider time) : IHostedService
{
    public static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(60);

    /// <summary>Beyond this many entries (e.g. many scopes or ranking pages) the cache starts again empty.</summary>
    private const int MaxEntries = 2000;

    private readonly GenerationalCache _entries = new(time, TimeToLive, MaxEntries);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        notifier.StationRegraded += OnRegraded;
        notifier.ProgressChanged += OnProgress;
        notifier.EventsMissed += Invalidate;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        notifier.StationRegraded -= OnRegraded;
        notifier.ProgressChanged -= OnProgress;
        notifier.EventsMissed -= Invalidate;
        return Task.CompletedTask;
    }

    /// <summary>Off: every read goes to the database (the benchmark measures both in one run).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many times the cache was emptied (tests).</summary>
    public long Generation => _entries.Generation;

    /// <summary>Empties the cache: what is read next comes from the database.</summary>
    public void Invalidate() => _entries.Invalidate();

    private void OnRegraded(int stationId) => Invalidate(); // the overview's figures include every station

    private void OnProgress(JobProgress progress) => Invalidate(); // a batch committed (or the run finished)

    /// <summary>The overview's data for <paramref name="scope"/> (<see cref="OverviewQuery"/>).</summary>
    public Task<OverviewData> OverviewAsync(StationScope scope, DashboardPeriod period, DateOnly today, IReadOnlyList<GradeBand> bands) =>
        GetAsync(("overview", ScopeKey(scope), period, today), async () =>
        {
            await using var db = await factory.CreateDbContextAsync();
            return await OverviewQuery.LoadAsync(db, scope, period, today, bands);
        });

    /// <summary>
    /// The overview's data for <paramref name="scope"/> with its charts built in the current culture and UI language
    /// (<see cref="OverviewCharts.For"/>): the charts depend only on the data and the language, so they are kept with the
    /// data (same scope, same invalidation) rather than built on every request.
    /// </summary>
    /// <param name="translate">The UI text of a Chinese key in the current UI language (e.g. <c>s => L[s]</c>).</param>
    public Task<OverviewView> OverviewViewAsync(StationScope scope, DashboardPeriod period, DateOnly today, IReadOnlyList<GradeBand> bands, Func<string, string> translate) =>
        GetAsync(("overview-view", ScopeKey(scope), period, today, CultureInfo.CurrentCulture.Name, CultureInfo.CurrentUICulture.Name), async () =>
        {
            var data = await OverviewAsync(scope, period, today, bands);
            return new OverviewView(data, OverviewCharts.For(data, translate));
        });

    /// <summary>A page of the ranking for <paramref name="scope"/> (<see cref="RankingQuery"/>); searches are not kept.</summary>
    public async Task<RankingPage> RankingAsync(StationScope scope, RankingRequest request, CancellationToken ct = default)
    {
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            return await RankingQuery.LoadAsync(db, scope, request, ct);
        }
        return await GetAsync(("ranking", ScopeKey(scope), request), async () =>
        {
            await using var db = await factory.CreateDbContextAsync();
            return await RankingQuery.LoadAsync(db, scope, request);
        });
    }

    /// <summary>A station's grade view (<see cref="StationGradeQuery"/>), or null when it does not exist or <paramref name="scope"/> may not read it.</summary>
    public async Task<StationGradeView?> StationAsync(StationScope scope, int stationId, int year)
    {
        if (!scope.CanRead(stationId))
        {
            return null;
        }
        var view = await GetAsync(("station", stationId, year), async () =>
        {
            await using var db = await factory.CreateDbContextAsync();
            return await StationGradeQuery.LoadAsync(db, StationScope.System, grader, stationId, year);
        });
        return view;
    }

    /// <summary>
    /// A station's score history for the year (every snapshot's date and total, oldest first), or nothing when
    /// <paramref name="scope"/> may not read it. Snapshots are written only by grading, which is followed by the events
    /// that empty the cache.
    /// </summary>
    public async Task<IReadOnlyList<(DateOnly AsOf, decimal Total)>> StationHistoryAsync(StationScope scope, int stationId, int year)
    {
        if (!scope.CanRead(stationId))
        {
            return [];
        }
        var history = await GetAsync(("history", stationId, year), async () =>
        {
            await using var db = await factory.CreateDbContextAsync();
            var rows = await db.GradeSnapshots.AsNoTracking().Where(s => s.StationId == stationId && s.Year == year)
                .OrderBy(s => s.AsOf).ThenBy(s => s.Id) // a day regraded twice: the later snapshot last, on every provider
                .Select(s => new { s.AsOf, s.Total }).ToListAsync();
            return (IReadOnlyList<(DateOnly AsOf, decimal Total)>)[.. rows.Select(s => (s.AsOf, s.Total))];
        });
        return history;
    }

    private Task<T> GetAsync<T>(object key, Func<Task<T>> load) => Enabled ? _entries.GetAsync(key, load) : load();

    internal static string ScopeKey(StationScope scope) =>
        scope.ReadableStationIds is { } ids ? string.Join(',', ids.Order()) : "all";
}
