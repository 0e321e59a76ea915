namespace ComplianceDashboard.Web.Grading;

/// <summary>
/// Reads what the rubric engine needs for a batch of stations: one set-based query per table, projected
/// straight into the domain's facts (no tracking, no per-station round trips).
/// </summary>
public static class StationFactsLoader
{
    /// <summary>Inactivity (dismissal ground b) looks back six months, so records from before the year are read too.</summary>
    private const int LookBackMonths = 6;

    public static async Task<List<StationFacts>> LoadAsync(AppDbContext db, IReadOnlyCollection<int> stationIds, int year, DateOnly asOf, CancellationToken ct = default)
    {
        var from = new DateOnly(year, 1, 1).AddMonths(-LookBackMonths);
        var stations = await db.Stations.AsNoTracking().Where(s => stationIds.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToListAsync(ct);

        var points = (await db.ServicePoints.AsNoTracking().Where(p => stationIds.Contains(p.StationId))
            .Select(p => new { p.StationId, p.Id, p.Name, p.Venue, p.OpenedOn, p.ClosedOn, p.OffersConsultation, p.OffersQuery, p.OffersBillPayment, Facilities = p.Facilities.Where(f => f.Quantity > 0).Select(f => f.Kind).ToList() })
            .ToListAsync(ct))
            .ToLookup(p => p.StationId, p => new ServicePointFact(p.Id, p.Name, p.Venue, p.OpenedOn, p.ClosedOn, p.Facilities.ToHashSet(), p.OffersConsultation, p.OffersQuery, p.OffersBillPayment));

        var people = (await db.People.AsNoTracking().Where(p => stationIds.Contains(p.StationId)).Select(p => new { p.StationId, p.Id, p.Name }).ToListAsync(ct))
            .ToLookup(p => p.StationId, p => new PersonFact(p.Id, p.Name));

        var assignments = (await db.PostAssignments.AsNoTracking().Where(a => stationIds.Contains(a.ServicePoint!.StationId))
            .Select(a => new { a.ServicePoint!.StationId, a.Id, a.PersonId, a.Role, a.ServicePointId, a.From, a.To, a.EndReason }).ToListAsync(ct))
            .ToLookup(a => a.StationId, a => new PostAssignmentFact(a.Id, a.PersonId, a.Role, a.ServicePointId, a.From, a.To, a.EndReason));

        // Only approved appointments count as appointments (item 5); pending ones are still in the workflow.
        var appointments = (await db.SupervisorAppointments.AsNoTracking().Where(a => stationIds.Contains(a.Person!.StationId) && a.Status != AppointmentStatus.Rejected)
            .Select(a => new { a.Person!.StationId, a.Id, a.PersonId, a.DocumentNo, a.ApprovedOn, a.Status, a.TermStart, a.TermEnd, a.ConsecutiveTerm }).ToListAsync(ct))
            .ToLookup(a => a.StationId, a => new SupervisorAppointmentFact(a.Id, a.PersonId, a.Status == AppointmentStatus.Approved ? a.DocumentNo : null, a.Status == AppointmentStatus.Approved ? a.ApprovedOn : null, a.TermStart, a.TermEnd, a.ConsecutiveTerm));

        var projectSupervisors = (await db.ProjectSupervisors.AsNoTracking().Where(p => stationIds.Contains(p.StationId))
            .Select(p => new { p.StationId, p.Id, p.PersonId, p.ProjectName, p.From, p.To, p.EndReason }).ToListAsync(ct))
            .ToLookup(p => p.StationId, p => new ProjectSupervisorPost(p.Id, p.PersonId, p.ProjectName, p.From, p.To, p.EndReason));

        var dismissals = (await db.DismissalCases.AsNoTracking().Where(d => stationIds.Contains(d.Person!.StationId))
            .Select(d => new { d.Person!.StationId, d.Id, d.PersonId, d.Ground, d.GroundOn, d.DismissedOn }).ToListAsync(ct))
            .ToLookup(d => d.StationId, d => new DismissalCaseFact(d.Id, d.PersonId, d.Ground, d.GroundOn, d.DismissedOn));

        var members = (await db.GroupMemberships.AsNoTracking().Where(m => stationIds.Contains(m.StationId))
            .Select(m => new { m.StationId, m.PersonId, m.Role, m.IsPartySecretary, m.From, m.To }).ToListAsync(ct))
            .ToLookup(m => m.StationId, m => new GroupMembershipFact(m.PersonId, m.Role, m.IsPartySecretary, m.From, m.To));

        var lists = (await db.ResponsibilityLists.AsNoTracking().Where(l => stationIds.Contains(l.StationId))
            .Select(l => new { l.StationId, l.Id, l.Role, l.IssuedOn }).ToListAsync(ct))
            .ToLookup(l => l.StationId, l => new ResponsibilityListFact(l.Id, l.Role, l.IssuedOn));

        // A record's title is not read: the engine never looks at it (EvidenceRecordFact.Title stays empty), and the
        // free text of every record of the year is a noticeable part of a full recompute's read.
        var records = db.Records.AsNoTracking().Where(r => stationIds.Contains(r.StationId) && !r.IsDeleted && r.EventDate >= from && r.EventDate <= asOf);
        var present = (await (from a in db.MeetingAttendances join r in records on a.RecordId equals r.Id select new { a.RecordId, a.PersonId }).ToListAsync(ct))
            .ToLookup(a => a.RecordId, a => a.PersonId);
        var problems = (await (from p in db.EmergingProblems join r in records on p.RecordId equals r.Id select new { p.RecordId, p.Id, p.Description }).ToListAsync(ct))
            .ToLookup(p => p.RecordId, p => new EmergingProblemFact(p.Id, p.Description));
        var evidence = (await records.Select(r => new
            {
                r.StationId, r.Id, r.Kind, r.EventDate, r.ForPeriod, r.ServicePointId, r.PersonId, r.MajorDecisionCount, r.Attendees,
                r.OutageType, r.OutageStart, r.PublishedAt, r.AnswersProblemId, r.Attributable, r.RecognisedByVillagers, r.RecognisedByLeadership,
                r.HasClearResults, r.PromotedCompanyWide, r.Review, r.HandedOverById, r.Acknowledged, r.EvaluationResult,
            }).ToListAsync(ct))
            .ToLookup(r => r.StationId, r => new EvidenceRecordFact
            {
                Id = r.Id,
                Kind = r.Kind,
                EventDate = r.EventDate,
                ForPeriod = r.ForPeriod,
                ServicePointId = r.ServicePointId,
                PersonId = r.PersonId,
                PresentMemberIds = [.. present[r.Id]],
                MajorDecisionCount = r.MajorDecisionCount,
                Attendees = r.Attendees,
                Outage = r.OutageType is { } type && r.OutageStart is { } start && r.PublishedAt is { } published ? new OutageDetail(type, start, published) : null,
                EmergingProblems = [.. problems[r.Id]],
                AnswersProblemId = r.AnswersProblemId,
                Attributable = r.Attributable,
                RecognisedByVillagers = r.RecognisedByVillagers,
                RecognisedByLeadership = r.RecognisedByLeadership,
                HasClearResults = r.HasClearResults,
                PromotedCompanyWide = r.PromotedCompanyWide,
                Rejected = r.Review == ReviewStatus.Rejected,
                HandedOverById = r.HandedOverById,
                Acknowledged = r.Acknowledged,
                EvaluationResult = r.EvaluationResult,
            });

        return [.. stations.Select(s => new StationFacts
        {
            StationId = s.Id,
            StationName = s.Name,
            ServicePoints = [.. points[s.Id]],
            People = [.. people[s.Id]],
            Assignments = [.. assignments[s.Id]],
            Appointments = [.. appointments[s.Id]],
            Dismissals = [.. dismissals[s.Id]],
            GroupMembers = [.. members[s.Id]],
            ResponsibilityLists = [.. lists[s.Id]],
            Records = [.. evidence[s.Id]],
            ProjectSupervisors = [.. projectSupervisors[s.Id]],
        })];
    }
}
