using ComplianceDashboard.Domain.Integrity;

namespace ComplianceDashboard.Web.Features.Integrity;

/// <summary>
/// Reads the facts the signals need, set-based. For the whole county (nightly), or for one station plus what
/// other stations have that could match it (the same files, long minutes and findings) — cheap enough to run
/// after every save.
/// </summary>
public static class IntegrityFactsLoader
{
    public static async Task<IntegrityInput> LoadAsync(AppDbContext db, Scheme scheme, AppClock clock, IntegrityOptions options, int? stationId, CancellationToken ct)
    {
        var own = db.Records.AsNoTracking().Where(r => stationId == null || r.StationId == stationId);
        var ownRows = await Project(own).ToListAsync(ct);
        var ownIds = ownRows.Select(r => r.Id).ToHashSet();
        var rows = ownRows;
        if (stationId is { } sid)
        {
            var hashes = await db.Attachments.AsNoTracking().Where(a => own.Any(r => r.Id == a.RecordId)).Select(a => a.Sha256).Distinct().ToListAsync(ct);
            var textKinds = IntegritySignals.TextKinds.ToList();
            var years = ownRows.Select(r => r.EventDate.Year).Distinct().ToList();
            var minLength = options.MinTextLength;
            var others = db.Records.AsNoTracking().Where(r => r.StationId != sid
                && (r.Attachments.Any(a => hashes.Contains(a.Sha256))
                    || (textKinds.Contains(r.Kind) && years.Contains(r.EventDate.Year) && r.Content.Length >= minLength)));
            rows = [.. ownRows, .. await Project(others).ToListAsync(ct)];
        }
        // The whole county reads whole tables; one station reads the rows of its records (and of the candidates).
        var ids = rows.Select(r => r.Id).ToList();
        var attachmentRows = stationId is null ? db.Attachments.AsNoTracking() : db.Attachments.AsNoTracking().Where(a => ids.Contains(a.RecordId));
        var attachments = (await attachmentRows.Select(a => new { a.RecordId, a.Sha256 }).ToListAsync(ct)).ToLookup(a => a.RecordId, a => a.Sha256);
        var attendeeRows = stationId is null ? db.MeetingAttendances.AsNoTracking() : db.MeetingAttendances.AsNoTracking().Where(a => ownIds.Contains(a.RecordId));
        var attendees = (await attendeeRows.Select(a => new { a.RecordId, a.PersonId }).ToListAsync(ct)).ToLookup(a => a.RecordId, a => a.PersonId);

        var records = rows.Select(r => new IntegrityRecordFact
        {
            Id = r.Id,
            StationId = r.StationId,
            Kind = r.Kind,
            EventDate = r.EventDate,
            EnteredAt = clock.ToLocal(r.CreatedAt),
            DueDate = DueDate(scheme, r.Kind, r.ForPeriod ?? r.EventDate),
            Text = IntegritySignals.TextKinds.Contains(r.Kind) ? r.Content : "",
            AttachmentHashes = [.. attachments[r.Id]],
            AttendeeIds = [.. attendees[r.Id]],
        }).ToList();

        var people = stationId is { } s ? db.People.Where(p => p.StationId == s).Select(p => p.Id) : db.People.Select(p => p.Id);
        var terms = await db.GroupMemberships.AsNoTracking().Where(m => people.Contains(m.PersonId)).Select(m => new PostTermFact(m.PersonId, m.From, m.To)).ToListAsync(ct);
        terms.AddRange(await db.PostAssignments.AsNoTracking().Where(m => people.Contains(m.PersonId)).Select(m => new PostTermFact(m.PersonId, m.From, m.To)).ToListAsync(ct));
        terms.AddRange(await db.ProjectSupervisors.AsNoTracking().Where(m => people.Contains(m.PersonId)).Select(m => new PostTermFact(m.PersonId, m.From, m.To)).ToListAsync(ct));

        var finalised = await db.GradeFinalizations.AsNoTracking().Where(f => f.ReopenedAt == null && (stationId == null || f.StationId == stationId))
            .Select(f => new { f.StationId, f.Year, f.FinalizedAt }).ToListAsync(ct);
        var history = new List<RecordHistoryFact>();
        if (finalised.Count > 0)
        {
            var first = finalised.Min(f => f.FinalizedAt);
            var changes = await (from c in db.RecordChanges.AsNoTracking()
                                 join r in db.Records.IgnoreQueryFilters().AsNoTracking() on c.RecordId equals r.Id
                                 where c.Action != ChangeAction.Created && c.ChangedAt > first && (stationId == null || c.StationId == stationId)
                                 select new { c.RecordId, c.StationId, r.EventDate, r.ForPeriod, c.Action, c.ChangedAt, c.ChangedBy }).ToListAsync(ct);
            history.AddRange(changes.Select(c => new RecordHistoryFact(c.RecordId, c.StationId, (c.ForPeriod ?? c.EventDate).Year,
                c.Action == ChangeAction.Deleted ? HistoryActionFact.Deleted : HistoryActionFact.Updated, clock.ToLocal(c.ChangedAt), c.ChangedBy)));
        }

        var rounds = await db.EvaluationRounds.AsNoTracking().GroupBy(r => r.Year).Select(g => new { Year = g.Key, Opens = g.Min(r => r.StartsOn) }).ToListAsync(ct);
        var opens = records.Select(r => r.EventDate.Year).Distinct()
            .ToDictionary(y => y, y => new DateOnly(y + 1, options.EvaluationOpensMonth, options.EvaluationOpensDay));
        foreach (var round in rounds.Where(r => opens.ContainsKey(r.Year)))
        {
            opens[round.Year] = round.Opens;
        }

        return new IntegrityInput
        {
            Records = records,
            PostTerms = terms,
            History = history,
            Finalisations = [.. finalised.Select(f => new FinalisationFact(f.StationId, f.Year, clock.ToLocal(f.FinalizedAt)))],
            EvaluationOpens = opens,
        };
    }

    private sealed record Row(long Id, int StationId, Domain.Facts.RecordKind Kind, DateOnly EventDate, DateOnly? ForPeriod, DateTime CreatedAt, string Content);

    private static IQueryable<Row> Project(IQueryable<EvidenceRecord> records) =>
        records.Select(r => new Row(r.Id, r.StationId, r.Kind, r.EventDate, r.ForPeriod, r.CreatedAt, r.Content));

    /// <summary>Last day of the kind's obligation period containing <paramref name="periodDay"/>; event-driven kinds: the day itself.</summary>
    private static DateOnly DueDate(Scheme scheme, Domain.Facts.RecordKind kind, DateOnly periodDay) =>
        RecordPeriods.KindOf(scheme, kind) is { } period ? PeriodMath.Containing(period, periodDay).End : DateOnly.MaxValue;
}
