using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Data.Entities;
using static ComplianceDashboard.Web.Features.Import.ImportValues;

namespace ComplianceDashboard.Web.Features.Import;

/// <summary>What was written for one station: its id and the earliest date imported (it is regraded from there).</summary>
internal sealed record ImportedStation(int Id, string Code, int ServicePoints, int People, int Records, DateOnly ChangedFrom);

/// <summary>
/// Writes one validated station inside the caller's transaction. Ids are assigned by SQLite: the station with its
/// points and people is saved first, then everything that refers to them, then reminders get the ids of the
/// problems they answer.
/// </summary>
internal static class ImportWriter
{
    public static async Task<ImportedStation> WriteStationAsync(AppDbContext db, StationDto dto, string author, DateTime utcNow, CancellationToken ct)
    {
        var graph = new StationGraph(dto);
        db.Stations.Add(graph.Station);
        await db.SaveChangesAsync(ct);

        var answers = new List<(EvidenceRecord Reminder, string ProblemKey)>();
        graph.AddOrganisation(db);
        foreach (var record in dto.Records ?? [])
        {
            var entity = graph.Record(record, author, utcNow);
            db.Records.Add(entity);
            if (!string.IsNullOrEmpty(record.AnswersProblem))
            {
                answers.Add((entity, record.AnswersProblem));
            }
        }
        await db.SaveChangesAsync(ct);

        foreach (var (reminder, key) in answers)
        {
            reminder.AnswersProblemId = graph.Problems[key].Id;
        }
        await db.SaveChangesAsync(ct);

        return new ImportedStation(graph.Station.Id, graph.Station.Code, graph.Points.Count, graph.People.Count, dto.Records?.Count ?? 0, EarliestDate(dto));
    }

    /// <summary>The earliest date anywhere in the station's data: where the imported facts start to count.</summary>
    private static DateOnly EarliestDate(StationDto dto)
    {
        IEnumerable<string?> dates =
        [
            .. (dto.ServicePoints ?? []).Select(p => p.OpenedOn),
            .. (dto.Posts ?? []).Select(p => p.From),
            .. (dto.SupervisorAppointments ?? []).SelectMany(a => new[] { a.TermStart, a.ApprovedOn }),
            .. (dto.Dismissals ?? []).Select(d => d.GroundOn),
            .. (dto.GroupMemberships ?? []).Select(m => m.From),
            .. (dto.ResponsibilityLists ?? []).Select(l => l.IssuedOn),
            .. (dto.Records ?? []).SelectMany(r => new[] { r.EventDate, r.ForPeriod }),
        ];
        var parsed = dates.Where(d => !string.IsNullOrEmpty(d)).Select(d => ParseDate(d!)).ToList();
        return parsed.Count == 0 ? DateOnly.MaxValue : parsed.Min();
    }

    /// <summary>One station's entities, with its file-local keys resolved to tracked entities.</summary>
    private sealed class StationGraph
    {
        public StationGraph(StationDto dto)
        {
            Dto = dto;
            Station = new Station { Code = dto.Code!.Trim(), Name = dto.Name!.Trim(), Township = dto.Township!.Trim() };
            foreach (var p in dto.ServicePoints ?? [])
            {
                var point = new ServicePoint
                {
                    Name = p.Name!.Trim(),
                    Village = p.Village?.Trim() ?? "",
                    Venue = OptionalEnum<VenueType>(p.Venue),
                    OpenedOn = ParseDate(p.OpenedOn!),
                    ClosedOn = OptionalDate(p.ClosedOn),
                    OffersConsultation = p.Services?.Contains(Consultation) == true,
                    OffersQuery = p.Services?.Contains(Query) == true,
                    OffersBillPayment = p.Services?.Contains(BillPayment) == true,
                    Facilities = [.. (p.Facilities ?? []).Select(f => new ServicePointFacility { Kind = ParseEnum<FacilityKind>(f.Key), Quantity = f.Value })],
                };
                Points[p.Key!] = point;
                Station.ServicePoints.Add(point);
            }
            foreach (var p in dto.People ?? [])
            {
                var person = new Person { Name = p.Name!.Trim(), JobTitle = p.JobTitle?.Trim() ?? "", Phone = p.Phone?.Trim() ?? "" };
                People[p.Key!] = person;
                Station.People.Add(person);
            }
        }

        public StationDto Dto { get; }
        public Station Station { get; }
        public Dictionary<string, ServicePoint> Points { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Person> People { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, EmergingProblem> Problems { get; } = new(StringComparer.Ordinal);

        /// <summary>Posts, appointments, dismissals, group and responsibility lists (after the station has its id).</summary>
        public void AddOrganisation(AppDbContext db)
        {
            db.PostAssignments.AddRange((Dto.Posts ?? []).Select(p => new PostAssignment
            {
                Person = People[p.Person!], ServicePoint = Points[p.ServicePoint!], Role = ParseEnum<PostRole>(p.Role!),
                From = ParseDate(p.From!), To = OptionalDate(p.To), EndReason = OptionalEnum<VacancyReason>(p.EndReason),
            }));
            db.SupervisorAppointments.AddRange((Dto.SupervisorAppointments ?? []).Select(a => new SupervisorAppointment
            {
                Person = People[a.Person!], Status = ParseEnum<AppointmentStatus>(a.Status!), SelfNominated = a.SelfNominated ?? false,
                RecommendedOn = OptionalDate(a.RecommendedOn) ?? OptionalDate(a.ApprovedOn) ?? ParseDate(a.TermStart!),
                ReviewedOn = OptionalDate(a.ReviewedOn), DocumentNo = a.DocumentNo?.Trim(), ApprovedOn = OptionalDate(a.ApprovedOn),
                TermStart = ParseDate(a.TermStart!), TermEnd = ParseDate(a.TermEnd!), ConsecutiveTerm = a.ConsecutiveTerm ?? 1,
            }));
            db.DismissalCases.AddRange((Dto.Dismissals ?? []).Select(d => new DismissalCase
            {
                Person = People[d.Person!], Ground = ParseEnum<DismissalGround>(d.Ground!), GroundOn = ParseDate(d.GroundOn!),
                DismissedOn = OptionalDate(d.DismissedOn), Note = d.Note ?? "",
            }));
            db.GroupMemberships.AddRange((Dto.GroupMemberships ?? []).Select(m => new GroupMembership
            {
                StationId = Station.Id, Person = People[m.Person!], Role = ParseEnum<GroupRole>(m.Role!),
                IsPartySecretary = m.IsPartySecretary ?? false, From = ParseDate(m.From!), To = OptionalDate(m.To),
            }));
            db.ResponsibilityLists.AddRange((Dto.ResponsibilityLists ?? []).Select(l => new ResponsibilityList
            {
                StationId = Station.Id, Role = ParseEnum<PostRole>(l.Role!), IssuedOn = ParseDate(l.IssuedOn!), Title = l.Title?.Trim() ?? "",
            }));
        }

        public EvidenceRecord Record(RecordDto r, string author, DateTime utcNow)
        {
            var outage = r.Outage;
            var record = new EvidenceRecord
            {
                Station = Station, Kind = ParseEnum<RecordKind>(r.Kind!), EventDate = ParseDate(r.EventDate!), ForPeriod = OptionalDate(r.ForPeriod),
                ServicePoint = r.ServicePoint is { Length: > 0 } point ? Points[point] : null,
                Person = r.Person is { Length: > 0 } person ? People[person] : null,
                HandedOverBy = r.HandedOverBy is { Length: > 0 } manager ? People[manager] : null,
                Acknowledged = r.Acknowledged ?? true,
                EvaluationResult = OptionalEnum<EvaluationResult>(r.EvaluationResult),
                Title = r.Title!.Trim(), Content = r.Content ?? "",
                MajorDecisionCount = r.MajorDecisions ?? 0, Attendees = Attendees(r.Attendees),
                OutageType = outage is null ? null : ParseEnum<OutageType>(outage.Type!),
                OutageStart = outage is null ? null : ParseDateTime(outage.Start!),
                PublishedAt = outage is null ? null : ParseDateTime(outage.PublishedAt!),
                Attributable = r.Attributable ?? true,
                RecognisedByVillagers = r.RecognisedByVillagers ?? false, RecognisedByLeadership = r.RecognisedByLeadership ?? false,
                HasClearResults = r.HasClearResults ?? false, PromotedCompanyWide = r.PromotedCompanyWide ?? false,
                CreatedAt = utcNow, CreatedBy = author, UpdatedAt = utcNow, UpdatedBy = author,
                PresentMembers = [.. (r.PresentMembers ?? []).Select(k => new MeetingAttendance { Person = People[k] })],
            };
            foreach (var p in r.EmergingProblems ?? [])
            {
                var problem = new EmergingProblem { Description = p.Description!, CorrectedOn = OptionalDate(p.CorrectedOn) };
                Problems[p.Key!] = problem;
                record.EmergingProblems.Add(problem);
            }
            return record;
        }
    }
}
