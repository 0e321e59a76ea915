namespace ComplianceDashboard.Web.Infrastructure;

/// <summary>Reading uploads no further than their size limit.</summary>
public static class StreamLimits
{
    /// <summary>
    /// Copies at most <paramref name="limit"/> bytes and returns how many were copied (a caller passes its size limit + 1
    /// to learn that a stream is too large without reading it all).
    /// </summary>
    public static async Task<long> CopyAtMostAsync(Stream from, Stream to, long limit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while (total < limit && (read = await from.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, limit - total)), ct)) > 0)
        {
            await to.WriteAsync(buffer.AsMemory(0, read), ct);
            total += read;
        }
        return total;
    }
}
