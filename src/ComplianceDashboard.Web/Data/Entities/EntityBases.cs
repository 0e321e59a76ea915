namespace ComplianceDashboard.Web.Data.Entities;

// Property groups that many entities share. The bases are plain abstract classes, not entity types: each entity keeps
// its own table with these columns and no inheritance is mapped (as with StoredFile and HistoryStep).

/// <summary>A row that belongs to one station, with its navigation.</summary>
public abstract class StationOwnedEntity
{
    public long Id { get; set; }
    public int StationId { get; set; }
    public Station? Station { get; set; }
}

/// <summary>A station's row that users create and edit: who created it and who last changed it, when.</summary>
public abstract class AuditedStationEntity : StationOwnedEntity
{
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}

/// <summary>A row that belongs to one 业扩 application (a stage, pause, call-back, coordination item or delay), with its navigation.</summary>
public abstract class ConnectionApplicationPart
{
    public long Id { get; set; }
    public long ApplicationId { get; set; }
    public ConnectionApplication? Application { get; set; }
}

/// <summary>What is collected about a competition entry during the round (an opinion, a spot check): who recorded it, when.</summary>
public abstract class CompetitionEntryRecord
{
    public int Id { get; set; }
    public int EntryId { get; set; }
    public required string RecordedBy { get; set; }
    public DateTime RecordedAt { get; set; }
}

/// <summary>A row for one calendar month (a month's sheet, figure or statistic).</summary>
public abstract class MonthlyEntity
{
    public int Year { get; set; }
    public int Month { get; set; }
}

/// <summary>A station's row for one month (a statistic, a target, a duty record, an integrity signal).</summary>
public abstract class StationMonthEntity : MonthlyEntity
{
    public int StationId { get; set; }
}

/// <summary>A row about one person of a station (a post, an appointment, a dismissal case, a group membership).</summary>
public abstract class PersonEntity
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
}

/// <summary>A person's post for a span of days: ended (To) for a reason, or still held.</summary>
public abstract class PersonPostEntity : PersonEntity
{
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
    public VacancyReason? EndReason { get; set; }
}

/// <summary>A row of an evaluation round about one station (its findings, adjustments, assessment, actions).</summary>
public abstract class RoundStationEntity
{
    public long RoundId { get; set; }
    public int StationId { get; set; }
}
