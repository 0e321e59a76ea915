namespace ComplianceDashboard.Web.Infrastructure.Security;

/// <summary>The six roles of the users (domain brief §6). The names are stored in AspNetRoles and shown to users as they are.</summary>
public static class Roles
{
    /// <summary>县纪委: reads every station, views the audit log.</summary>
    public const string DisciplineLeader = "纪委领导";

    /// <summary>考评员: reads every station, confirms evidence, finalises grades.</summary>
    public const string Evaluator = "考评员";

    /// <summary>党支部书记: reads and writes their own station(s).</summary>
    public const string Secretary = "支部书记";

    /// <summary>廉政监督员: writes records of their own service points, reads their own station(s).</summary>
    public const string Supervisor = "廉政监督员";

    /// <summary>客户经理 (台区经理): writes records of their own service points, reads their own station(s).</summary>
    public const string CustomerManager = "客户经理";

    /// <summary>管理员: users, roles, schemes, jobs; reads every station.</summary>
    public const string Admin = "管理员";

    public static readonly IReadOnlyList<string> All = [DisciplineLeader, Evaluator, Secretary, Supervisor, CustomerManager, Admin];

    /// <summary>Roles that read every station regardless of the user's station list.</summary>
    public static readonly IReadOnlyList<string> AllStationReaders = [DisciplineLeader, Evaluator, Admin];

    /// <summary>Roles that write records of the stations in the user's station list.</summary>
    public static readonly IReadOnlyList<string> StationWriters = [Secretary, Supervisor, CustomerManager];
}

/// <summary>Claim types the app adds at sign-in (see <see cref="AppUserClaimsPrincipalFactory"/>).</summary>
public static class AppClaimTypes
{
    /// <summary>One claim per station in the user's scope; the value is the station id.</summary>
    public const string Station = "cd:station";

    public const string DisplayName = "cd:display_name";
}
