using ComplianceDashboard.Domain.Connections;

namespace ComplianceDashboard.Web.Data.Entities;

/// <summary>A 业扩报装 application (domain §9): entered in the form or imported from the marketing system by its number.</summary>
public class ConnectionApplication : StationOwnedEntity
{
    /// <summary>The marketing system's application number (unique): re-imports update by it.</summary>
    public required string Number { get; set; }
    public required string Customer { get; set; }
    public ConnectionClass Class { get; set; }
    /// <summary>重点项目.</summary>
    public bool IsKeyProject { get; set; }
    /// <summary>重要客户.</summary>
    public bool IsImportantCustomer { get; set; }
    public DateOnly Received { get; set; }
    /// <summary>When every stage of the class's process had finished (the last finish); null while open. Kept on save: queries skip closed applications.</summary>
    public DateOnly? ClosedOn { get; set; }
    /// <summary>A complaint linked to the application (a text reference until the case module exists).</summary>
    public string ComplaintReference { get; set; } = "";
    public string Note { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public List<ConnectionStageRecord> Stages { get; set; } = [];
    public List<ConnectionPause> Pauses { get; set; } = [];
    public List<ConnectionCallBack> CallBacks { get; set; } = [];
}

/// <summary>One stage of an application: its dates and responsible unit (null = the application's station; else a department code).</summary>
public class ConnectionStageRecord : ConnectionApplicationPart
{
    public ConnectionStage Stage { get; set; }
    public DateOnly? Start { get; set; }
    public DateOnly? Finish { get; set; }
    /// <summary>A department code of App:Connections:Departments; null for the station.</summary>
    public string? Unit { get; set; }
}

/// <summary>Customer-caused waiting (客户原因): an inclusive date range whose working days the clocks do not count.</summary>
public class ConnectionPause : ConnectionApplicationPart
{
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public required string Reason { get; set; }
}

/// <summary>A customer call-back (回访) at a key stage before energising.</summary>
public class ConnectionCallBack : ConnectionApplicationPart
{
    public ConnectionStage Stage { get; set; }
    public DateOnly Date { get; set; }
    /// <summary>满意 / 基本满意 / 不满意.</summary>
    public required string Result { get; set; }
    public string Opinion { get; set; } = "";
    public string RecordedBy { get; set; } = "";
}

/// <summary>A station's call-back duty record: the month's plan issued to it, or its results reported.</summary>
public class ConnectionDutyRecord : StationMonthEntity
{
    public long Id { get; set; }
    public ConnectionDutyKind Kind { get; set; }
    public DateOnly Date { get; set; }
    public string Note { get; set; } = "";
    public string RecordedBy { get; set; } = "";
}

/// <summary>周业扩协调会: minutes with chair, attendees and the applications coordinated.</summary>
public class CoordinationMeeting
{
    public long Id { get; set; }
    public DateOnly Date { get; set; }
    public required string Chair { get; set; }
    public required string Attendees { get; set; }
    public required string Minutes { get; set; }
    public string RecordedBy { get; set; } = "";
    public List<CoordinationItem> Items { get; set; } = [];
}

/// <summary>One item coordinated at a meeting, about one application.</summary>
public class CoordinationItem : ConnectionApplicationPart
{
    public long MeetingId { get; set; }
    public required string Text { get; set; }
}

/// <summary>A cooperation delay with bad consequences (−500 yuan), recorded with the decision, charged to a unit and month.</summary>
public class CooperationDelay : ConnectionApplicationPart
{
    public ConnectionStage Stage { get; set; }
    /// <summary>Unit code: "S:{stationId}" or a department code.</summary>
    public required string Unit { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    public required string Decision { get; set; }
    public string ComplaintReference { get; set; } = "";
    public string RecordedBy { get; set; } = "";
}

/// <summary>The lock of a month's economic-responsibility sheet; its lines are kept as they were at finalising.</summary>
public class ConnectionSheetFinalization : MonthlyEntity
{
    public long Id { get; set; }
    public DateTime FinalizedAt { get; set; }
    public required string FinalizedBy { get; set; }
    public List<ConnectionSheetLine> Lines { get; set; } = [];
}

/// <summary>One deduction of a finalised sheet (a copy: later data changes do not alter it).</summary>
public class ConnectionSheetLine
{
    public long Id { get; set; }
    public long FinalizationId { get; set; }
    public required string Unit { get; set; }
    public FineKind Kind { get; set; }
    public required string ApplicationNumber { get; set; }
    public ConnectionStage Stage { get; set; }
    public decimal Amount { get; set; }
    public DateOnly? Due { get; set; }
    public int DaysOverdue { get; set; }
    public string Note { get; set; } = "";
    public string ComplaintReference { get; set; } = "";
}

/// <summary>A row of the holiday table (放假 or 调休上班), editable by administrators.</summary>
public class Holiday
{
    public DateOnly Date { get; set; }
    public HolidayKind Kind { get; set; }
    public required string Name { get; set; }
}
