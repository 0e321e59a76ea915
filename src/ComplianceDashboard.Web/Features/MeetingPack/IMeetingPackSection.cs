namespace ComplianceDashboard.Web.Features.MeetingPack;

/// <summary>
/// A section another module adds to the joint-meeting pack — the seam for "overdue findings and cases" (督办问题与信访案件),
/// which the supervision-cases module fills. Register implementations with
/// <c>services.AddScoped&lt;IMeetingPackSection, …&gt;()</c>; each one becomes a numbered chapter of the Word report,
/// a slide (its message as title, its table) and a sheet of the workbook. With none registered the pack has no such chapter.
/// </summary>
public interface IMeetingPackSection
{
    /// <summary>Where the chapter goes among the other added sections (ascending).</summary>
    int Order { get; }

    /// <summary>The section for the quarter and the request's stations (all of them for a county pack); null when it has nothing to say.</summary>
    Task<MeetingPackSectionContent?> BuildAsync(MeetingPackRequest request, CancellationToken ct);
}

/// <summary>What the pack is built for: the quarter and the stations it covers (ids within the requester's scope).</summary>
public sealed record MeetingPackRequest(int Year, int Quarter, bool IsCounty, IReadOnlyList<int> StationIds);

/// <summary>
/// A chapter of the pack: <paramref name="Title"/> (e.g. "逾期问题与信访案件"), <paramref name="Message"/> (one sentence,
/// the slide's title), paragraphs, and an optional table whose cells are strings, numbers or dates (typed in the workbook).
/// </summary>
public sealed record MeetingPackSectionContent(
    string Title,
    string Message,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows);
