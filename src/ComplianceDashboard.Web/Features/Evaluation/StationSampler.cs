namespace ComplianceDashboard.Web.Features.Evaluation;

/// <summary>
/// 抽查评议法: draws n stations reproducibly. The result depends only on the seed, the rule (n, stratified or not)
/// and the candidates (sorted by id, each with its grade band). The generator is SplitMix64 written here (not
/// System.Random) so the same inputs give the same draw on every .NET version and in any other language:
/// <list type="number">
/// <item>Candidates are sorted by station id; a stratified draw groups them by band, bands in code order ("A" &lt; "B" &lt; …).</item>
/// <item>Allocation (stratified): 1 per non-empty band if n ≥ number of bands, the rest proportional to band size by
/// largest remainder (ties: the larger band, then band order); without enough n, bands in order of size get 1 each.</item>
/// <item>Within each band (or the whole list), a partial Fisher–Yates shuffle: for i = 0..k-1, j = i + next() mod (m - i), swap.
/// One generator seeded once runs through the bands in order.</item>
/// </list>
/// </summary>
public static class StationSampler
{
    public sealed record Candidate(int StationId, string Band);

    public static IReadOnlyList<int> Draw(int seed, int sampleSize, bool stratified, IEnumerable<Candidate> candidates)
    {
        var sorted = candidates.OrderBy(c => c.StationId).ToList();
        var n = Math.Clamp(sampleSize, 0, sorted.Count);
        var rng = new SplitMix64((ulong)(uint)seed);
        if (!stratified)
        {
            return Shuffle(sorted.Select(c => c.StationId).ToList(), n, rng);
        }
        var bands = sorted.GroupBy(c => c.Band).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Band: g.Key, Ids: g.Select(c => c.StationId).ToList())).ToList();
        var allocation = Allocate(bands.Select(b => b.Ids.Count).ToList(), n);
        var result = new List<int>(n);
        for (var i = 0; i < bands.Count; i++)
        {
            result.AddRange(Shuffle(bands[i].Ids, allocation[i], rng));
        }
        return result;
    }

    /// <summary>How many to draw from each band (sizes in band order).</summary>
    public static IReadOnlyList<int> Allocate(IReadOnlyList<int> sizes, int n)
    {
        var total = sizes.Sum();
        var result = new int[sizes.Count];
        n = Math.Min(n, total);
        if (n == 0 || sizes.Count == 0)
        {
            return result;
        }
        var order = Enumerable.Range(0, sizes.Count).Where(i => sizes[i] > 0).OrderByDescending(i => sizes[i]).ThenBy(i => i).ToList();
        if (n < order.Count)
        {
            foreach (var i in order.Take(n))
            {
                result[i] = 1;
            }
            return result;
        }
        foreach (var i in order)
        {
            result[i] = 1;
        }
        var rest = n - order.Count;
        // Proportional share of n, minus the 1 already given; largest remainder for what is left.
        var shares = order.Select(i => (Index: i, Exact: Math.Max(0m, (decimal)n * sizes[i] / total - 1))).ToList();
        foreach (var (index, exact) in shares)
        {
            var whole = Math.Min((int)Math.Floor(exact), Math.Min(sizes[index] - result[index], rest));
            result[index] += whole;
            rest -= whole;
        }
        foreach (var (index, _) in shares.OrderByDescending(s => s.Exact - Math.Floor(s.Exact)).ThenByDescending(s => sizes[s.Index]).ThenBy(s => s.Index))
        {
            if (rest == 0)
            {
                break;
            }
            if (result[index] < sizes[index])
            {
                result[index]++;
                rest--;
            }
        }
        // Bands too small for their share leave some over: give it to bands with room, largest first.
        foreach (var i in order)
        {
            var add = Math.Min(rest, sizes[i] - result[i]);
            result[i] += add;
            rest -= add;
        }
        return result;
    }

    private static List<int> Shuffle(List<int> ids, int take, SplitMix64 rng)
    {
        var items = ids.ToArray();
        for (var i = 0; i < take; i++)
        {
            var j = i + (int)(rng.Next() % (ulong)(items.Length - i));
            (items[i], items[j]) = (items[j], items[i]);
        }
        return [.. items.Take(take)];
    }

    /// <summary>SplitMix64 (Steele, Lea, Flood 2014): tiny, well mixed, fully specified.</summary>
    private sealed class SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public ulong Next()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
