using Microsoft.AspNetCore.Identity;

namespace ComplianceDashboard.Web.Data.Entities;

public class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public bool IsDisabled { get; set; }
    public List<UserStationScope> Stations { get; set; } = [];
}

/// <summary>A station a user may see (and, by role, change).</summary>
public class UserStationScope
{
    public required string UserId { get; set; }
    public int StationId { get; set; }
}

/// <summary>Audit of every sign-in attempt.</summary>
public class SignInAudit
{
    public long Id { get; set; }
    public required string UserName { get; set; }
    public bool Succeeded { get; set; }
    public string Detail { get; set; } = "";
    public DateTime At { get; set; }
    public string? RemoteIp { get; set; }
}
