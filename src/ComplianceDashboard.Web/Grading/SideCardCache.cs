namespace ComplianceDashboard.Web.Grading;

/// <summary>
/// What the station page shows beside its grades (service points and their people, the 业扩 call-back duties, the
/// competition results), the overview's overdue findings and the bell's unread counts, kept in memory between the saves
/// that change them (docs/performance.md, "Sixth round: station page side cards": the station page then runs no query of its own when its station was read
/// before).
/// </summary>
/// <remarks>
/// <para><b>Never older than the last committed save on this server.</b> <see cref="ReadModelChanges"/> (an EF Core
/// interceptor on every context) raises <see cref="GradingNotifier.DataChanged"/> once any save of data a card may show
/// has committed; the few bulk updates on such data raise it themselves. Each event empties the affected part
/// (<see cref="ReadModels.SideCards"/> or <see cref="ReadModels.Notifications"/>) and moves its generation on
/// (<see cref="GenerationalCache"/>). Other servers' saves arrive as the same events over the transport of grading
/// events (ADR-018), and after a gap in it everything is emptied (<see cref="GradingNotifier.EventsMissed"/>).</para>
/// <para><b>The day is part of every key</b> (<see cref="AppClock.Today"/>, Asia/Shanghai): what depends on today
/// (expired terms, due and overdue duties, days overdue) is read again when the day rolls over.</para>
/// <para><b>Scope stays per user, on the server.</b> Station entries are handed out only after
/// <see cref="StationScope.CanRead"/> for the caller (the callers keep their own role checks too); the overdue findings
/// are keyed by the reader's scope; unread counts by user name.</para>
/// </remarks>
public sealed class SideCardCache(GradingNotifier notifier, TimeProvider time) : IHostedService
{
    public static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(60);

    /// <summary>Beyond this many entries per part the part starts again empty (2,000 stations × three station cards fit).</summary>
    private const int MaxEntries = 10_000;

    private readonly GenerationalCache _cards = new(time, TimeToLive, MaxEntries);
    private readonly GenerationalCache _unread = new(time, TimeToLive, MaxEntries);

    /// <summary>Off: every read goes to the database (the benchmark measures both).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many times the side cards were emptied (tests).</summary>
    public long Generation => _cards.Generation;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        notifier.DataChanged += OnChanged;
        notifier.EventsMissed += Invalidate;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        notifier.DataChanged -= OnChanged;
        notifier.EventsMissed -= Invalidate;
        return Task.CompletedTask;
    }

    /// <summary>Empties everything.</summary>
    public void Invalidate()
    {
        _cards.Invalidate();
        _unread.Invalidate();
    }

    private void OnChanged(ReadModels models)
    {
        if (models.HasFlag(ReadModels.SideCards))
        {
            _cards.Invalidate();
        }
        if (models.HasFlag(ReadModels.Notifications))
        {
            _unread.Invalidate();
        }
    }

    /// <summary>
    /// A card of <paramref name="stationId"/> (<paramref name="card"/> names it; <paramref name="parts"/> is whatever
    /// else it depends on besides the station, the day and the data, e.g. the year or the UI language), or
    /// <paramref name="denied"/> when <paramref name="scope"/> may not read the station.
    /// </summary>
    public Task<T> StationCardAsync<T>(StationScope scope, string card, int stationId, object parts, DateOnly today, Func<Task<T>> load, T denied) =>
        scope.CanRead(stationId) ? GetAsync(_cards, (card, stationId, parts, today), load) : Task.FromResult(denied);

    /// <summary>A card over every station <paramref name="scope"/> reads (keyed by the exact set), e.g. the overdue findings.</summary>
    public Task<T> ScopeCardAsync<T>(StationScope scope, string card, DateOnly today, Func<Task<T>> load) =>
        GetAsync(_cards, (card, GradeReadCache.ScopeKey(scope), today), load);

    /// <summary>The unread notifications of <paramref name="userName"/>.</summary>
    public Task<int> UnreadCountAsync(string userName, Func<Task<int>> load) => GetAsync(_unread, ("unread", userName), load);

    private Task<T> GetAsync<T>(GenerationalCache part, object key, Func<Task<T>> load) => Enabled ? part.GetAsync(key, load) : load();
}
