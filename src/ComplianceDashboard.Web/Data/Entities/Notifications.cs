namespace ComplianceDashboard.Web.Data.Entities;

/// <summary>
/// An in-app notification to one user (提醒). <see cref="Key"/> is unique: the reminder job derives it from the user,
/// the duty and the lead time, so a second run (or a restart) never adds the same reminder twice.
/// </summary>
public class Notification
{
    public long Id { get; set; }
    public required string UserId { get; set; }

    /// <summary>"user|duty|lead" (e.g. "u1|s3:O12:2026-11:17|7"), unique.</summary>
    public required string Key { get; set; }

    /// <summary>"reminder", "overdue" or "weekly".</summary>
    public required string Kind { get; set; }
    public int? StationId { get; set; }
    public required string Title { get; set; }
    public string Body { get; set; } = "";
    public string Url { get; set; } = "";
    public DateOnly? DueDate { get; set; }

    /// <summary>Days before the due date (7, 1, 0); -1 when overdue.</summary>
    public int LeadDays { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }

    /// <summary>When it went out in an email digest (null: not mailed, or mail is off).</summary>
    public DateTime? MailedAt { get; set; }
}

/// <summary>A user's own notification settings; no row = the defaults (email on).</summary>
public class NotificationSetting
{
    public required string UserId { get; set; }
    public bool EmailEnabled { get; set; } = true;
    public DateTime UpdatedAt { get; set; }
}

/// <summary>One email the app sent or tried to send (the administrators' send log).</summary>
public class MailLogEntry
{
    public long Id { get; set; }

    /// <summary>"digest|user|2026-11-20" or "weekly|user|2026-W47": unique, so a digest goes out at most once.</summary>
    public required string Key { get; set; }
    public required string UserId { get; set; }
    public required string UserName { get; set; }
    public string ToAddress { get; set; } = "";
    public required string Subject { get; set; }

    /// <summary>"sent", "failed" or "skipped" (no address).</summary>
    public required string Status { get; set; }
    public string? Error { get; set; }
    public int ItemCount { get; set; }
    public DateTime CreatedAt { get; set; }
}
