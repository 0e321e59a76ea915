using System.ComponentModel.DataAnnotations;
using ComplianceDashboard.Domain.Supervision;

namespace ComplianceDashboard.Web.Features.Supervision;

/// <summary>信访 time limits (working days come from the app's <see cref="HolidayCalendar"/>), under App:Supervision (validated at start).</summary>
public sealed class SupervisionOptions
{
    public const string Section = "App:Supervision";

    /// <summary>Working days (the day of receipt not counted) within which a case must be accepted.</summary>
    [Range(1, 60)]
    public int AcceptWorkingDays { get; set; } = 5;

    /// <summary>Calendar days from receipt within which a case must be concluded.</summary>
    [Range(1, 365)]
    public int ConcludeDays { get; set; } = 60;

    public CaseLimits Limits => new(AcceptWorkingDays, ConcludeDays);
}
