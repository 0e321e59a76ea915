using Microsoft.AspNetCore.Identity;

namespace ComplianceDashboard.Web.Features.Notifications;

/// <summary>Collects a person's duties from every <see cref="IPersonalDutySource"/>, keeping only stations they may read.</summary>
public sealed class PersonalDuties(IEnumerable<IPersonalDutySource> sources, IUserClaimsPrincipalFactory<AppUser> principals)
{
    /// <summary>Days ahead the 我的待办 page looks.</summary>
    public const int ViewHorizonDays = 30;

    public async Task<IReadOnlyList<PersonalDuty>> ForAsync(DutyRecipient person, DateOnly today, DateOnly horizon, CancellationToken ct = default) =>
        (await ForEachAsync([person], today, horizon, ct))[0];

    /// <summary>The duties of each of <paramref name="people"/>, in their order; each source reads once for all of them.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<PersonalDuty>>> ForEachAsync(IReadOnlyList<DutyRecipient> people, DateOnly today, DateOnly horizon, CancellationToken ct = default)
    {
        var all = people.Select(_ => new List<PersonalDuty>()).ToList();
        foreach (var source in sources)
        {
            var found = await source.DutiesForEachAsync(people, today, horizon, ct);
            for (var i = 0; i < people.Count; i++)
            {
                all[i].AddRange(found[i]);
            }
        }
        return [.. people.Select((person, i) => (IReadOnlyList<PersonalDuty>)[.. all[i].Where(d => d.StationId is not { } station || person.Scope.CanRead(station))
            .DistinctBy(d => d.Key).OrderBy(d => d.DueDate).ThenBy(d => d.StationName, StringComparer.Ordinal).ThenBy(d => d.Key, StringComparer.Ordinal)])];
    }

    /// <summary>The recipient for a stored user, with the claims sign-in would give them (roles, stations).</summary>
    public async Task<DutyRecipient> RecipientAsync(AppUser user)
    {
        var principal = await principals.CreateAsync(user);
        return new DutyRecipient(user.Id, user.UserName ?? "", string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? "" : user.DisplayName, principal);
    }
}

/// <summary>Which reminder a duty is due for today: the tightest lead time already reached, or "overdue".</summary>
public static class ReminderPlan
{
    public const int Overdue = -1;

    /// <summary>
    /// Null when no lead time is reached yet. With leads 7/1/0: 7…2 days before → 7, the day before → 1, the due day → 0,
    /// after it → <see cref="Overdue"/>. A day the job did not run is made up the next day (the same key is never sent twice).
    /// </summary>
    public static int? LeadFor(DateOnly due, DateOnly today, IReadOnlyCollection<int> leadDays)
    {
        var days = due.DayNumber - today.DayNumber;
        if (days < 0)
        {
            return Overdue;
        }
        var reached = leadDays.Where(l => l >= days).ToList();
        return reached.Count == 0 ? null : reached.Min();
    }

    /// <summary>The notification's unique key for this person, duty and lead.</summary>
    public static string Key(string userId, string dutyKey, int lead) =>
        $"{userId}|{dutyKey}|{(lead == Overdue ? "overdue" : lead.ToString(CultureInfo.InvariantCulture))}";
}
