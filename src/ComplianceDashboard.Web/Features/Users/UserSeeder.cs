using Microsoft.AspNetCore.Identity;

namespace ComplianceDashboard.Web.Features.Users;

/// <summary>One demo account (README lists them).</summary>
public sealed record DemoUser(string UserName, string Role, string? StationCode, string FallbackName);

/// <summary>
/// At start-up: creates the roles; with demo data on and no users yet, one demo user per role; with demo data off and
/// no users at all, the initial <c>admin</c> whose password comes from App:Security:InitialAdminPassword.
/// </summary>
public sealed partial class UserSeeder(IServiceScopeFactory scopes, IOptions<AppOptions> app, IOptions<SecurityOptions> security, ILogger<UserSeeder> logger)
{
    public const string DemoPassword = "Demo@2026";
    public const string InitialAdminUserName = "admin";

    public static readonly IReadOnlyList<DemoUser> DemoUsers =
    [
        new("jiwei", Roles.DisciplineLeader, null, "县纪委 王书记"),
        new("kaoping", Roles.Evaluator, null, "县公司考评员 李敏"),
        new("admin", Roles.Admin, null, "系统管理员"),
        new("shuji1", Roles.Secretary, "WY0001", "桐琴供电所支部书记"),
        new("shuji2", Roles.Secretary, "WY0002", "泉溪供电所支部书记"),
        new("jiandu1", Roles.Supervisor, "WY0001", "桐琴供电所廉政监督员"),
        new("jingli1", Roles.CustomerManager, "WY0001", "桐琴供电所客户经理"),
    ];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.Users.AnyAsync(ct))
        {
            return;
        }
        if (app.Value.DemoData.Enabled)
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            foreach (var demo in DemoUsers)
            {
                var station = demo.StationCode is null ? null : await db.Stations.AsNoTracking().FirstOrDefaultAsync(s => s.Code == demo.StationCode, ct);
                var name = station is null ? demo.FallbackName : await PersonNameAsync(db, station.Id, demo.Role, ct) ?? demo.FallbackName;
                await CreateAsync(users, demo.UserName, name, demo.Role, station?.Id, DemoPassword);
            }
            LogDemoUsers(DemoUsers.Count);
            return;
        }
        var password = security.Value.InitialAdminPassword;
        if (string.IsNullOrWhiteSpace(password))
        {
            throw new InvalidOperationException(
                "The database has no users and demo data is off: set App:Security:InitialAdminPassword (environment variable App__Security__InitialAdminPassword) " +
                "to create the initial 'admin' account, then remove it after the first sign-in.");
        }
        await CreateAsync(users, InitialAdminUserName, "系统管理员", Roles.Admin, null, password);
        LogInitialAdmin(InitialAdminUserName);
    }

    private static async Task CreateAsync(UserManager<AppUser> users, string userName, string displayName, string role, int? stationId, string password)
    {
        var user = new AppUser { UserName = userName, DisplayName = displayName };
        if (stationId is int id)
        {
            user.Stations.Add(new UserStationScope { UserId = user.Id, StationId = id });
        }
        Check(await users.CreateAsync(user, password), userName);
        Check(await users.AddToRoleAsync(user, role), userName);
    }

    /// <summary>The demo county's real person in that post, so the header shows a name that appears in the records.</summary>
    private static Task<string?> PersonNameAsync(AppDbContext db, int stationId, string role, CancellationToken ct) => role switch
    {
        Roles.Secretary => db.GroupMemberships.Where(m => m.StationId == stationId && m.IsPartySecretary)
            .OrderBy(m => m.Id).Select(m => m.Person!.Name).FirstOrDefaultAsync(ct),
        Roles.Supervisor => PostHolderAsync(db, stationId, PostRole.Supervisor, ct),
        Roles.CustomerManager => PostHolderAsync(db, stationId, PostRole.CustomerManager, ct),
        _ => Task.FromResult<string?>(null),
    };

    private static Task<string?> PostHolderAsync(AppDbContext db, int stationId, PostRole role, CancellationToken ct) =>
        db.PostAssignments.Where(a => a.Role == role && a.ServicePoint!.StationId == stationId && a.To == null)
            .OrderBy(a => a.Id).Select(a => a.Person!.Name).FirstOrDefaultAsync(ct);

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} demo users created (one per role; password in README)")]
    private partial void LogDemoUsers(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Initial administrator '{UserName}' created from App:Security:InitialAdminPassword; change its password and remove the setting")]
    private partial void LogInitialAdmin(string userName);
}
