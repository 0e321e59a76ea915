using System.ComponentModel.DataAnnotations;

namespace ComplianceDashboard.Web.Features.Notifications;

/// <summary>Reminders and mail, under App:Notifications and App:Mail.</summary>
public sealed class NotificationOptions
{
    public const string Section = "App:Notifications";

    /// <summary>Days before a due date a reminder goes out (due day = 0).</summary>
    [MinLength(1)]
    public int[] LeadDays { get; set; } = [7, 1, 0];

    /// <summary>Overdue duties are reminded once when they fell due at most this many days ago (older ones are on the 待办 page).</summary>
    [Range(1, 366)]
    public int OverdueLookbackDays { get; set; } = 31;

    /// <summary>Daily reminders and digests (5-field cron, App:TimeZone).</summary>
    [Required, RegularExpression(@"^\S+( \S+){4}$")]
    public string DailyCron { get; set; } = "30 7 * * *";

    /// <summary>The 纪委 weekly summary (Monday morning).</summary>
    [Required, RegularExpression(@"^\S+( \S+){4}$")]
    public string WeeklyCron { get; set; } = "0 8 * * 1";
}

/// <summary>Outgoing mail, under App:Mail:Smtp; no Host = no mail at all.</summary>
public sealed class SmtpOptions
{
    public const string Section = "App:Mail:Smtp";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    /// <summary>None, Auto, SslOnConnect, StartTls, StartTlsWhenAvailable (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "Auto";
    public string? UserName { get; set; }
    public string? Password { get; set; }

    [EmailAddress]
    public string From { get; set; } = "dashboard@example.invalid";
    public string FromName { get; set; } = "清廉供电站所看板";

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
