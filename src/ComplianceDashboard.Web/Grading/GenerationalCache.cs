using System.Collections.Concurrent;

namespace ComplianceDashboard.Web.Grading;

/// <summary>
/// The store behind the read caches (<see cref="GradeReadCache"/>, <see cref="SideCardCache"/>): entries loaded once and
/// shared by concurrent readers, emptied by <see cref="Invalidate"/>, each kept at most <c>timeToLive</c>.
/// </summary>
/// <remarks>
/// An entry is used only in the generation it was loaded in: <see cref="Invalidate"/> moves the generation on, so a read
/// that began before an invalidation and finishes after it is handed to its own callers but never kept. Invalidate after
/// the change has committed; then no reader can keep what was read before it.
/// </remarks>
public sealed class GenerationalCache(TimeProvider time, TimeSpan timeToLive, int maxEntries)
{
    private readonly ConcurrentDictionary<object, Entry> _entries = new();
    private long _generation;

    /// <summary>How many times the cache was emptied (tests).</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Empties the cache: what is read next comes from the database.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    /// <summary>
    /// The value of <paramref name="key"/> (a value with value equality), loaded by <paramref name="load"/> when missing,
    /// expired or of an older generation; null and value types are kept as they are.
    /// </summary>
    public async Task<T> GetAsync<T>(object key, Func<Task<T>> load)
    {
        var generation = Generation;
        var now = time.GetUtcNow();
        // A hit touches only its own entry: the size check (ConcurrentDictionary.Count takes every lock) is for misses.
        if (!_entries.TryGetValue(key, out var entry) || entry.Generation != generation || entry.Expires <= now)
        {
            if (_entries.Count > maxEntries)
            {
                _entries.Clear();
            }
            var fresh = new Entry(generation, now + timeToLive, new Lazy<Task<object?>>(async () => await load()));
            entry = _entries.AddOrUpdate(key, fresh, (_, old) => old.Generation == generation && old.Expires > now ? old : fresh);
            if (entry.Generation != generation)
            {
                entry = fresh; // emptied meanwhile: this read is for this caller only
            }
        }
        try
        {
            var value = (T)(await entry.Value.Value)!;
            if (Generation != entry.Generation)
            {
                _entries.TryRemove(KeyValuePair.Create(key, entry)); // changed while it was read: not kept
            }
            return value;
        }
        catch
        {
            _entries.TryRemove(KeyValuePair.Create(key, entry));
            throw;
        }
    }

    private sealed record Entry(long Generation, DateTimeOffset Expires, Lazy<Task<object?>> Value);
}
