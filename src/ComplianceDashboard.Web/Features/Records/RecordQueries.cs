namespace ComplianceDashboard.Web.Features.Records;

/// <summary>The list's filter; <paramref name="Keyword"/> is searched in the title and the content (summary).</summary>
public sealed record RecordFilter(int? StationId, RecordKind? Kind, DateOnly? From, DateOnly? To, ReviewStatus? Review, string? Keyword = null);

/// <summary>One page of the list and how many records match in all.</summary>
public sealed record RecordPage(IReadOnlyList<RecordRow> Rows, int Total);

public sealed record RecordRow(long Id, int StationId, string Station, RecordKind Kind, string KindName, DateOnly EventDate, string Title, string Subject, ReviewStatus Review, int Attachments, string UpdatedBy);

public sealed record RecordChangeView(long Id, int Version, ChangeAction Action, string At, string ChangedBy, string? Reason, IReadOnlyList<(string Field, string Before, string After)> Diff)
{
    /// <summary>An edit with a 更正原因 is a correction of a finalised grade's evidence (shown as 更正).</summary>
    public bool IsCorrection => Reason is not null;
}

public sealed record AttachmentView(long Id, string FileName, string ContentType, long Size, string Sha256, string UploadedAt, string UploadedBy)
{
    public string DownloadUrl => $"attachments/{Id}";
}

/// <summary>A calendar cell the record counts in (from the latest grade snapshot), or an item whose score lists it.</summary>
public sealed record RecordObligationView(string ObligationId, string ObligationName, string PeriodKey, ObligationStatus Status)
{
    public string Text => Status switch
    {
        ObligationStatus.OnTime => $"已满足 {ObligationId} {PeriodKey} 按时",
        ObligationStatus.Late => $"已补录 {ObligationId} {PeriodKey} 逾期补录",
        _ => $"计入 {ObligationId} {PeriodKey}（{ChineseNames.Of(Status)}）",
    };
}

public sealed record RecordItemView(string Code, string Name, decimal Points, decimal MaxPoints);

public sealed record RecordDetail(
    EvidenceRecord Record,
    string Station,
    string? ServicePoint,
    string? Person,
    IReadOnlyList<string> PresentMembers,
    int GroupSize,
    string? AnsweredProblem,
    DateOnly? AnsweredProblemCorrectedOn,
    IReadOnlyList<AttachmentView> Attachments,
    bool CanWrite,
    bool IsLocked)
{
    /// <summary>Ledger handover: the customer manager who handed the ledger over.</summary>
    public string? HandedOverBy { get; init; }
}

/// <summary>Read side of the records feature: the list, one record's detail, its history and what it satisfies.</summary>
public sealed class RecordQueries(IDbContextFactory<AppDbContext> factory, CurrentUser currentUser, SchemeGrader grader, AppClock clock)
{
    /// <summary>
    /// One page of the readable records matching the filter, sorted in the database by <paramref name="sortBy"/>
    /// (a <see cref="RecordRow"/> property name; newest first when null), with the total count.
    /// </summary>
    public async Task<RecordPage> PageAsync(RecordFilter filter, int page, int pageSize, string? sortBy, bool descending, CancellationToken ct = default)
    {
        var scope = currentUser.Scope;
        await using var db = await factory.CreateDbContextAsync(ct);
        var q = Filtered(scope.Filter(db.Records.AsNoTracking(), r => r.StationId), filter);
        var total = await q.CountAsync(ct);
        var rows = await Project(Sorted(q, sortBy, descending).Skip(Math.Max(0, page) * pageSize).Take(pageSize)).ToListAsync(ct);
        return new RecordPage([.. rows.Select(ToRow)], total);
    }

    /// <summary>Every readable record matching the filter, newest first, streamed from the database (export).</summary>
    public async IAsyncEnumerable<RecordRow> StreamAsync(RecordFilter filter, string? sortBy = null, bool descending = false,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var scope = currentUser.Scope;
        await using var db = await factory.CreateDbContextAsync(ct);
        var q = Filtered(scope.Filter(db.Records.AsNoTracking(), r => r.StationId), filter);
        await foreach (var r in Project(Sorted(q, sortBy, descending)).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return ToRow(r);
        }
    }

    private static IQueryable<EvidenceRecord> Filtered(IQueryable<EvidenceRecord> q, RecordFilter filter)
    {
        if (filter.StationId is { } sid)
        {
            q = q.Where(r => r.StationId == sid);
        }
        if (filter.Kind is { } kind)
        {
            q = q.Where(r => r.Kind == kind);
        }
        if (filter.From is { } from)
        {
            q = q.Where(r => r.EventDate >= from);
        }
        if (filter.To is { } to)
        {
            q = q.Where(r => r.EventDate <= to);
        }
        if (filter.Review is { } review)
        {
            q = q.Where(r => r.Review == review);
        }
        if (filter.Keyword?.Trim() is { Length: > 0 } keyword)
        {
            q = q.Where(r => r.Title.Contains(keyword) || r.Content.Contains(keyword));
        }
        return q;
    }

    private static IQueryable<EvidenceRecord> Sorted(IQueryable<EvidenceRecord> q, string? sortBy, bool descending) => (sortBy, descending) switch
    {
        (nameof(RecordRow.Station), false) => q.OrderBy(r => r.Station!.Name).ThenByDescending(r => r.EventDate).ThenByDescending(r => r.Id),
        (nameof(RecordRow.Station), true) => q.OrderByDescending(r => r.Station!.Name).ThenByDescending(r => r.EventDate).ThenByDescending(r => r.Id),
        (nameof(RecordRow.KindName) or nameof(RecordRow.Kind), false) => q.OrderBy(r => r.Kind).ThenByDescending(r => r.EventDate).ThenByDescending(r => r.Id),
        (nameof(RecordRow.KindName) or nameof(RecordRow.Kind), true) => q.OrderByDescending(r => r.Kind).ThenByDescending(r => r.EventDate).ThenByDescending(r => r.Id),
        (nameof(RecordRow.Title), false) => q.OrderBy(r => r.Title).ThenByDescending(r => r.Id),
        (nameof(RecordRow.Title), true) => q.OrderByDescending(r => r.Title).ThenByDescending(r => r.Id),
        (nameof(RecordRow.Review), false) => q.OrderBy(r => r.Review).ThenByDescending(r => r.EventDate).ThenByDescending(r => r.Id),
        (nameof(RecordRow.Review), true) => q.OrderByDescending(r => r.Review).ThenByDescending(r => r.EventDate).ThenByDescending(r => r.Id),
        (nameof(RecordRow.Attachments), false) => q.OrderBy(r => r.Attachments.Count).ThenByDescending(r => r.EventDate).ThenByDescending(r => r.Id),
        (nameof(RecordRow.Attachments), true) => q.OrderByDescending(r => r.Attachments.Count).ThenByDescending(r => r.EventDate).ThenByDescending(r => r.Id),
        (nameof(RecordRow.EventDate), false) => q.OrderBy(r => r.EventDate).ThenBy(r => r.Id),
        _ => q.OrderByDescending(r => r.EventDate).ThenByDescending(r => r.Id),
    };

    private sealed record RowData(long Id, int StationId, string Station, RecordKind Kind, DateOnly EventDate, string Title, string? Point, string? Person, ReviewStatus Review, int Files, string? UpdatedBy, string CreatedBy);

    private static IQueryable<RowData> Project(IQueryable<EvidenceRecord> q) =>
        q.Select(r => new RowData(r.Id, r.StationId, r.Station!.Name, r.Kind, r.EventDate, r.Title, r.ServicePoint!.Name, r.Person!.Name, r.Review, r.Attachments.Count, r.UpdatedBy, r.CreatedBy));

    private static RecordRow ToRow(RowData r) => new(r.Id, r.StationId, r.Station, r.Kind, ChineseNames.Of(r.Kind), r.EventDate, r.Title,
        string.Join(" · ", new[] { r.Point, r.Person }.Where(s => !string.IsNullOrEmpty(s))), r.Review, r.Files, r.UpdatedBy is { Length: > 0 } ? r.UpdatedBy : r.CreatedBy);

    /// <summary>One readable record with names resolved, or null.</summary>
    public async Task<RecordDetail?> DetailAsync(long recordId, CancellationToken ct = default)
    {
        var scope = currentUser.Scope;
        await using var db = await factory.CreateDbContextAsync(ct);
        var r = await scope.Filter(db.Records.AsNoTracking(), x => x.StationId).Include(x => x.PresentMembers).Include(x => x.EmergingProblems).Include(x => x.Attachments)
            .AsSplitQuery().FirstOrDefaultAsync(x => x.Id == recordId, ct);
        if (r is null)
        {
            return null;
        }
        var station = await db.Stations.Where(s => s.Id == r.StationId).Select(s => s.Name).FirstAsync(ct);
        var point = r.ServicePointId is { } pid ? await db.ServicePoints.Where(p => p.Id == pid).Select(p => p.Name).FirstOrDefaultAsync(ct) : null;
        var person = r.PersonId is { } personId ? await db.People.Where(p => p.Id == personId).Select(p => p.Name).FirstOrDefaultAsync(ct) : null;
        var presentIds = r.PresentMembers.Select(m => m.PersonId).ToList();
        var present = await db.People.Where(p => presentIds.Contains(p.Id)).OrderBy(p => p.Name).Select(p => p.Name).ToListAsync(ct);
        var groupSize = r.Kind == RecordKind.GroupMeeting
            ? await db.GroupMemberships.CountAsync(m => m.StationId == r.StationId && m.From <= r.EventDate && (m.To == null || m.To >= r.EventDate), ct)
            : 0;
        var problem = r.AnswersProblemId is { } prob ? await db.EmergingProblems.Where(p => p.Id == prob).Select(p => new { p.Description, p.CorrectedOn }).FirstOrDefaultAsync(ct) : null;
        var files = r.Attachments.OrderBy(a => a.Id).Select(a => new AttachmentView(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, Local(a.UploadedAt), a.UploadedBy)).ToList();
        var locked = await GradeLocks.IsLockedAsync(db, r.StationId, RecordService.PeriodYear(r.ForPeriod, r.EventDate), ct);
        var handedOverBy = r.HandedOverById is { } managerId ? await db.People.Where(p => p.Id == managerId).Select(p => p.Name).FirstOrDefaultAsync(ct) : null;
        return new RecordDetail(r, station, point, person, present, groupSize, problem?.Description, problem?.CorrectedOn, files, scope.CanWrite(r.StationId), locked)
        {
            HandedOverBy = handedOverBy,
        };
    }

    /// <summary>Every change of a readable record (also a deleted one), newest first, with the fields that changed.</summary>
    public async Task<IReadOnlyList<RecordChangeView>> HistoryAsync(long recordId, CancellationToken ct = default)
    {
        var scope = currentUser.Scope;
        await using var db = await factory.CreateDbContextAsync(ct);
        var changes = await scope.Filter(db.RecordChanges.AsNoTracking(), c => c.StationId).Where(c => c.RecordId == recordId)
            .OrderByDescending(c => c.Version).ThenByDescending(c => c.Id).ToListAsync(ct);
        return [.. changes.Select(c => new RecordChangeView(c.Id, c.Version, c.Action, Local(c.ChangedAt), c.ChangedBy, c.Reason, RecordSnapshot.Diff(c.BeforeJson, c.AfterJson)))];
    }

    /// <summary>The calendar cells of the station's latest grade snapshots that list the record.</summary>
    public async Task<IReadOnlyList<RecordObligationView>> ObligationsAsync(long recordId, int stationId, CancellationToken ct = default)
    {
        var scope = currentUser.Scope;
        if (!scope.CanRead(stationId))
        {
            return [];
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var calendars = await db.GradeSnapshots.AsNoTracking().Where(s => s.StationId == stationId && s.IsLatest).OrderBy(s => s.Year).Select(s => s.CalendarJson).ToListAsync(ct);
        return [.. calendars.SelectMany(GradeJson.Calendar).Where(c => c.RecordIds.Contains(recordId))
            .Select(c => new RecordObligationView(c.ObligationId, ObligationName(c.ObligationId), c.Period.Key, c.Status))];
    }

    /// <summary>Rubric items of the latest snapshots whose score names the record (incidents, bonuses, conditions).</summary>
    public async Task<IReadOnlyList<RecordItemView>> ItemsAsync(long recordId, int stationId, CancellationToken ct = default)
    {
        var scope = currentUser.Scope;
        if (!scope.CanRead(stationId))
        {
            return [];
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var items = await db.GradeSnapshots.AsNoTracking().Where(s => s.StationId == stationId && s.IsLatest).Select(s => s.ItemsJson).ToListAsync(ct);
        return [.. items.SelectMany(GradeJson.Items).Where(i => i.RecordIds.Contains(recordId) || i.Gaps.Any(g => g.RecordIds?.Contains(recordId) == true))
            .Select(i => new RecordItemView(i.Code, i.Name, i.Points, i.MaxPoints)).DistinctBy(i => i.Code)];
    }

    private string ObligationName(string id) => grader.Scheme.TryGetObligation(id, out var o) ? o.Name : id;

    private string Local(DateTime utc) => clock.ToLocal(utc).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
