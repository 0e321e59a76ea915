namespace ComplianceDashboard.Web.Features.Records;

/// <summary>
/// A new record pre-filled from the query string the pending-duties page links with:
/// <c>/records/new?kind=GroupMeeting&amp;station=1&amp;period=2026-11&amp;point=3&amp;person=5</c>.
/// </summary>
public static class RecordFormDefaults
{
    /// <summary>The link to a pre-filled form (any argument may be null).</summary>
    public static string Link(RecordKind? kind = null, int? station = null, string? period = null, int? point = null, int? person = null)
    {
        var parts = new List<string>();
        if (kind is { } k) parts.Add($"kind={k}");
        if (station is { } s) parts.Add($"station={s}");
        if (period is { Length: > 0 } p) parts.Add($"period={Uri.EscapeDataString(p)}");
        if (point is { } sp) parts.Add($"point={sp}");
        if (person is { } pe) parts.Add($"person={pe}");
        return parts.Count == 0 ? "records/new" : $"records/new?{string.Join('&', parts)}";
    }

    /// <param name="fileable">The kinds the user may file (<see cref="RecordKindInfo.FileableBy"/>): a kind outside them falls back to the first.</param>
    public static RecordInput FromQuery(string? kind, int? station, string? period, int? point, int? person, IReadOnlyList<OptionItem<int>> writable, DateOnly today, Scheme scheme,
        IReadOnlyList<RecordKind>? fileable = null)
    {
        var requested = Enum.TryParse<RecordKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k) ? k : RecordKind.GroupMeeting;
        var input = new RecordInput
        {
            Kind = fileable is null || fileable.Contains(requested) ? requested : fileable.Count > 0 ? fileable[0] : requested,
            StationId = station is { } s && writable.Any(w => w.Id == s) ? s : writable.Count > 0 ? writable[0].Id : 0,
            EventDate = today,
            ServicePointId = point,
            PersonId = person,
        };
        var named = RecordPeriods.Parse(period);
        if (RecordPeriods.KindOf(scheme, input.Kind) is { } pk)
        {
            var target = PeriodMath.Containing(pk, named ?? today);
            input.ForPeriod = target.Start < PeriodMath.Containing(pk, today).Start ? target.Start : null;
        }
        input.Title = SuggestedTitle(scheme, input.Kind, input.ForPeriod ?? today);
        return input;
    }

    /// <summary>"2026年3月监督小组会议" for a periodic kind, the kind's name otherwise.</summary>
    public static string SuggestedTitle(Scheme scheme, RecordKind kind, DateOnly periodDay)
    {
        var name = RecordKindInfo.Of(kind).Name;
        return RecordPeriods.KindOf(scheme, kind) is { } pk ? $"{RecordPeriods.Label(PeriodMath.Containing(pk, periodDay))}{name}" : name;
    }

    /// <summary>Days in which the record's person must have held the post: the period (if any) and the event date.</summary>
    public static (DateOnly From, DateOnly To) Window(Scheme scheme, RecordInput input, DateOnly date)
    {
        if (RecordPeriods.KindOf(scheme, input.Kind) is not { } kind)
        {
            return (date, date);
        }
        var p = PeriodMath.Containing(kind, input.ForPeriod ?? date);
        return (p.Start < date ? p.Start : date, p.End > date ? p.End : date);
    }
}
