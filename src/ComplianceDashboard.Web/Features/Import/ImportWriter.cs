using static ComplianceDashboard.Web.Features.Import.ImportValues;

namespace ComplianceDashboard.Web.Features.Import;

/// <summary>What was written for one station: its id and the earliest date imported (it is regraded from there).</summary>
internal sealed record ImportedStation(int Id, string Code, int ServicePoints, int People, int Records, DateOnly ChangedFrom);

/// <summary>How records are written: by whom, with which history, judged by which rules on which day.</summary>
internal sealed record ImportRecordWriting(string Author, RecordHistoryWriter History, Scheme Scheme, DateOnly Today, DateTime LocalNow);

/// <summary>
/// Writes one validated station inside the caller's transaction. Ids are assigned by SQLite: the station with its
/// points and people is saved first, then everything that refers to them, then reminders get the ids of the
/// problems they answer. Records are stored as the form stores them: each becomes the form's input, normalised by
/// the record rules (<see cref="RecordValidator"/>) and built by <see cref="RecordMapper"/>, with its history row
/// (<see cref="RecordHistoryWriter"/>).
/// </summary>
internal static class ImportWriter
{
    public static async Task<ImportedStation> WriteStationAsync(AppDbContext db, StationDto dto, ImportRecordWriting writing, CancellationToken ct)
    {
        var graph = new StationGraph(dto);
        db.Stations.Add(graph.Station);
        await db.SaveChangesAsync(ct);

        graph.AddOrganisation(db);
        var lookups = new ImportRecordLookups(dto, graph.Station.Id, graph.Points.ToDictionary(p => p.Key, p => p.Value.Id), graph.People.ToDictionary(p => p.Key, p => p.Value.Id));
        var records = new List<EvidenceRecord>();
        var answers = new List<(EvidenceRecord Reminder, string ProblemKey)>();
        foreach (var dtoRecord in dto.Records ?? [])
        {
            var record = await RecordAsync(lookups, dtoRecord, writing, ct);
            db.Records.Add(record);
            records.Add(record);
            for (var i = 0; i < (dtoRecord.EmergingProblems?.Count ?? 0); i++)
            {
                graph.Problems[dtoRecord.EmergingProblems![i].Key!] = record.EmergingProblems[i];
            }
            if (!string.IsNullOrEmpty(dtoRecord.AnswersProblem))
            {
                answers.Add((record, dtoRecord.AnswersProblem));
            }
        }
        await db.SaveChangesAsync(ct);

        foreach (var (reminder, key) in answers)
        {
            reminder.AnswersProblemId = graph.Problems[key].Id;
        }
        records.ForEach(r => writing.History.Add(db, r, null, null, writing.Author));
        await db.SaveChangesAsync(ct);

        return new ImportedStation(graph.Station.Id, graph.Station.Code, graph.Points.Count, graph.People.Count, records.Count, EarliestDate(dto));
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

    // The first pass accepted the record; the rules run again only to store it as the form would (the period's first
    // day, the fields of other kinds empty). The problem a reminder answers gets its id once the inspection is saved.
    private static async Task<EvidenceRecord> RecordAsync(ImportRecordLookups lookups, RecordDto dto, ImportRecordWriting writing, CancellationToken ct)
    {
        var input = lookups.Input(dto);
        var result = new RecordResult();
        await RecordValidator.ValidateAsync(lookups, writing.Scheme, input, null, writing.Today, writing.LocalNow, result, ct);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Record \"{dto.Key}\" passed validation but not when written (the file changed between the passes?): {string.Join(" ", result.Errors.SelectMany(e => e.Value))}");
        }
        input.AnswersProblemId = null;
        var record = RecordMapper.ToEntity(input);
        writing.History.Touch(record, writing.Author);
        return record;
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
    }
}
