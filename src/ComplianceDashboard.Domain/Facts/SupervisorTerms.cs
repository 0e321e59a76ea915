namespace ComplianceDashboard.Domain.Facts;

/// <summary>
/// A supervisor serves only within approved terms (domain.md §2: "not renewed at expiry ⇒ ends automatically").
/// As of a day, a supervisor post (service point or project) still held past the end of the person's latest approved
/// term — approved (document number and date) by that day and started by then — whose end has already passed, is read
/// as ended on the term's last day with <see cref="VacancyReason.TermEnded"/>: the post is vacant from the next day,
/// whether or not anyone wrote the end into the assignment. A renewal (a later approved term) keeps the post; a post
/// taken up only after the last term ended is left alone (item 5 reports it as served without a valid appointment).
/// </summary>
public static class SupervisorTerms
{
    /// <summary>The last day of the person's approved terms when that day is before <paramref name="asOf"/>; null while a term runs (or none was ever approved).</summary>
    public static DateOnly? ExpiredOn(IEnumerable<SupervisorAppointmentFact> personAppointments, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(personAppointments);
        var last = personAppointments
            .Where(a => !string.IsNullOrWhiteSpace(a.DocumentNo) && a.ApprovedOn is { } approved && approved <= asOf && a.TermStart <= asOf)
            .Select(a => (DateOnly?)a.TermEnd).Max();
        return last is { } end && end < asOf ? end : null;
    }

    /// <summary>The day a post held from <paramref name="from"/> to <paramref name="to"/> ends by term expiry, or null when it does not.</summary>
    public static DateOnly? EndsOn(DateOnly from, DateOnly? to, DateOnly? expiredOn) =>
        expiredOn is { } end && end >= from && (to is null || to.Value > end) ? end : null;

    /// <summary>The station's facts with every supervisor post cut at its expired term (see the class remarks).</summary>
    public static StationFacts Apply(StationFacts facts, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var expired = facts.Appointments.GroupBy(a => a.PersonId)
            .Select(g => (g.Key, End: ExpiredOn(g, asOf)))
            .Where(x => x.End is not null)
            .ToDictionary(x => x.Key, x => x.End);
        if (expired.Count == 0)
            return facts;
        return facts with
        {
            Assignments = [.. facts.Assignments.Select(a =>
                a.Role == PostRole.Supervisor && EndsOn(a.From, a.To, expired.GetValueOrDefault(a.PersonId)) is { } end
                    ? a with { To = end, EndReason = VacancyReason.TermEnded } : a)],
            ProjectSupervisors = [.. facts.ProjectSupervisors.Select(p =>
                EndsOn(p.From, p.To, expired.GetValueOrDefault(p.PersonId)) is { } end
                    ? p with { To = end, EndReason = VacancyReason.TermEnded } : p)],
        };
    }
}
