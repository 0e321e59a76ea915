namespace ComplianceDashboard.Web.Infrastructure.Security;

/// <summary>Authorization policy names; registered in <see cref="SecurityExtensions.AddAppSecurity"/>.</summary>
public static class Policies
{
    /// <summary>纪委领导, 考评员, 管理员: every station.</summary>
    public const string ReadAll = "ReadAll";

    /// <summary>考评员: confirm evidence, finalise grades.</summary>
    public const string Evaluate = "Evaluate";

    /// <summary>支部书记, 廉政监督员, 客户经理: write records (of their own stations — check <see cref="StationScope.CanWrite"/> too).</summary>
    public const string WriteRecords = "WriteRecords";

    /// <summary>管理员: users, roles, schemes, jobs.</summary>
    public const string Admin = "Admin";

    /// <summary>纪委领导, 管理员: sign-in audit and record change history.</summary>
    public const string ViewAudit = "ViewAudit";

    /// <summary>The route value <c>stationId</c> names a station the user may read (pages: <c>@page "/x/{StationId:int}"</c>).</summary>
    public const string StationRead = "StationRead";

    /// <summary>The route value <c>stationId</c> names a station the user may write.</summary>
    public const string StationWrite = "StationWrite";
}
