namespace ComplianceDashboard.Web.Grading.Jobs;

/// <summary>
/// This host's Hangfire server name: the machine plus a per-start instance tag, so that two hosts — two servers behind a
/// load balancer, or two test hosts in one process — tell their own Hangfire server (id "name:pid:guid") from the others'.
/// </summary>
public sealed class JobServerName
{
    public string Name { get; } = $"{Environment.MachineName}.{Guid.NewGuid().ToString("N")[..8]}".ToLowerInvariant();

    /// <summary>True when <paramref name="serverId"/> (a Hangfire server id) is this host's server.</summary>
    public bool IsThisHost(string serverId) => serverId.StartsWith(Name + ":", StringComparison.OrdinalIgnoreCase);
}
