namespace ComplianceDashboard.Web.Data.Entities;

public enum MeetingPackStatus
{
    Queued,  // 排队中
    Running, // 生成中
    Done,    // 已完成
    Failed,  // 失败
}

/// <summary>
/// One generated quarterly joint-meeting pack (联席会材料): the quarter, the stations it covers (fixed when it was
/// requested, within the requester's scope), the job's progress and, once done, its three files.
/// </summary>
public class MeetingPack
{
    public long Id { get; set; }
    public int Year { get; set; }
    public int Quarter { get; set; }

    /// <summary>True: every station of the county (only a user who reads all stations may ask for it).</summary>
    public bool IsCounty { get; set; }

    /// <summary>The stations covered when not the whole county: sorted ids, comma-separated.</summary>
    public string StationIds { get; set; } = "";

    /// <summary>"全县" or the stations' names, as shown in the pack's title.</summary>
    public required string ScopeLabel { get; set; }
    public required string RequestedBy { get; set; }
    public DateTime RequestedAt { get; set; }
    public MeetingPackStatus Status { get; set; }

    /// <summary>0–100.</summary>
    public int Progress { get; set; }
    public string? Error { get; set; }
    public DateTime? CompletedAt { get; set; }
    public List<MeetingPackFile> Files { get; set; } = [];

    public IReadOnlyList<int> StationIdList() =>
        [.. StationIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))];
}

/// <summary>One file of a pack: "docx", "pptx" or "xlsx".</summary>
public class MeetingPackFile
{
    public long PackId { get; set; }
    public required string Kind { get; set; }
    public required string FileName { get; set; }
    public required byte[] Content { get; set; }
}
