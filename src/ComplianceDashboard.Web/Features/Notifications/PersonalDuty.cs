using System.Security.Claims;

namespace ComplianceDashboard.Web.Features.Notifications;

/// <summary>
/// One thing a person has to do by a date: a station's duty that their role files, an evaluator's open reviews, or —
/// from other modules through <see cref="IPersonalDutySource"/> — a finding they are responsible for.
/// <see cref="Key"/> identifies the duty across runs (reminders are keyed by it).
/// </summary>
public sealed record PersonalDuty(string Key, int? StationId, string StationName, string Title, string Detail, DateOnly DueDate, string Url, string Source)
{
    public bool IsOverdue(DateOnly today) => DueDate < today;
}

/// <summary>The person duties are looked up for: the user, their principal (roles and station claims as at sign-in) and scope.</summary>
public sealed record DutyRecipient(string UserId, string UserName, string DisplayName, ClaimsPrincipal Principal)
{
    public StationScope Scope { get; } = StationScope.For(Principal);

    public bool IsInRole(string role) => Principal.IsInRole(role);
}

/// <summary>
/// A source of personal duties. The station duties and evaluators' reviews are built in; the findings module plugs in
/// a source for "a finding's responsible person" (<c>services.AddScoped&lt;IPersonalDutySource, …&gt;()</c>). A source
/// returns only what falls to the person; duties of stations the person may not read are dropped anyway.
/// </summary>
public interface IPersonalDutySource
{
    /// <summary>Open duties of <paramref name="person"/> due up to <paramref name="horizon"/>, including overdue ones (due before <paramref name="today"/>).</summary>
    Task<IReadOnlyList<PersonalDuty>> DutiesAsync(DutyRecipient person, DateOnly today, DateOnly horizon, CancellationToken ct);

    /// <summary>
    /// The duties of several people at once, in their order (the daily run over every user). The default asks
    /// <see cref="DutiesAsync"/> person by person; a source that reads the same rows for many people (the stations'
    /// grades, shared by a station's secretary, supervisors and customer managers) overrides it to read them once.
    /// </summary>
    async Task<IReadOnlyList<IReadOnlyList<PersonalDuty>>> DutiesForEachAsync(IReadOnlyList<DutyRecipient> people, DateOnly today, DateOnly horizon, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(people);
        var result = new List<IReadOnlyList<PersonalDuty>>(people.Count);
        foreach (var person in people)
        {
            result.Add(await DutiesAsync(person, today, horizon, ct));
        }
        return result;
    }

    /// <summary>
    /// Overdue items county-wide for the 纪委 weekly summary (e.g. overdue findings): a title per line. Sources without
    /// such items (the built-in ones) return none.
    /// </summary>
    Task<IReadOnlyList<string>> OverdueForSummaryAsync(DateOnly today, CancellationToken ct) => Task.FromResult<IReadOnlyList<string>>([]);
}
