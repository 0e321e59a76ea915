using Microsoft.AspNetCore.Identity;

namespace ComplianceDashboard.Web.Features.Users;

public sealed record UserRow(string Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<int> StationIds, string StationNames, bool IsDisabled, bool IsLockedOut);

public sealed record StationOption(int Id, string Name);

/// <summary>What the create/edit dialog submits. <see cref="Password"/> is used only when creating.</summary>
public sealed class UserInput
{
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Password { get; set; } = "";
    public IEnumerable<string> Roles { get; set; } = [];
    public IEnumerable<int> StationIds { get; set; } = [];
}

/// <summary>The messages of an Identity operation at the <see cref="UserInput"/> fields they concern (password, user name, else the whole form).</summary>
internal static class IdentityErrors
{
    public static CommandResult Add(this CommandResult result, IdentityResult identity)
    {
        foreach (var error in identity.Errors)
        {
            result.Add(error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(UserInput.Password)
                : error.Code.Contains("UserName", StringComparison.Ordinal) ? nameof(UserInput.UserName) : "", error.Description);
        }
        return result;
    }
}

/// <summary>
/// User administration for 管理员 (/settings/users). Each operation runs in its own DI scope (its own UserManager and
/// DbContext), and each checks on the server that the caller is 管理员. Changing roles, stations, status or
/// password updates the user's security stamp, which ends their sessions within App:Security:RevalidateMinutes.
/// </summary>
public sealed partial class UserAdminService(
    IServiceScopeFactory scopes,
    IDbContextFactory<AppDbContext> factory,
    CurrentUser currentUser,
    IStringLocalizer<SharedResource> l,
    TimeProvider time,
    ILogger<UserAdminService> logger)
{
    public async Task<IReadOnlyList<UserRow>> ListAsync()
    {
        currentUser.EnsureAdmin();
        await using var db = await factory.CreateDbContextAsync();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.IsDisabled, u.LockoutEnd, Stations = u.Stations.Select(s => s.StationId).ToList() })
            .ToListAsync();
        var roles = (await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync())
            .ToLookup(x => x.UserId, x => x.Name ?? "");
        var names = await db.Stations.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name);
        var now = time.GetUtcNow();
        return users.Select(u => new UserRow(
                u.Id, u.UserName ?? "", u.DisplayName,
                Roles.All.Where(r => roles[u.Id].Contains(r)).ToList(),
                u.Stations.Order().ToList(),
                string.Join("、", u.Stations.Order().Select(id => names.GetValueOrDefault(id, id.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
                u.IsDisabled,
                u.LockoutEnd > now))
            .ToList();
    }

    public async Task<IReadOnlyList<StationOption>> StationOptionsAsync()
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Stations.AsNoTracking().OrderBy(s => s.Code).Select(s => new StationOption(s.Id, s.Name)).ToListAsync();
    }

    public async Task<CommandResult> CreateAsync(UserInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var admin = OpenAdminScope();
        var (users, db, actor) = (admin.Users, admin.Db, currentUser.UserName);
        var result = await ValidateAsync(db, input, creating: true);
        if (string.IsNullOrEmpty(input.Password))
        {
            result.Add(nameof(UserInput.Password), l["请输入初始密码"]);
        }
        else
        {
            var probe = new AppUser { UserName = input.UserName.Trim() };
            foreach (var validator in users.PasswordValidators)
            {
                result.Add(await validator.ValidateAsync(users, probe, input.Password));
            }
        }
        if (!string.IsNullOrWhiteSpace(input.UserName) && await users.FindByNameAsync(input.UserName.Trim()) is not null)
        {
            result.Add(nameof(UserInput.UserName), l["用户名 {0} 已被使用", input.UserName.Trim()]);
        }
        if (!result.Succeeded)
        {
            return result;
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var user = new AppUser { UserName = input.UserName.Trim(), DisplayName = input.DisplayName.Trim() };
        user.Stations.AddRange(input.StationIds.Distinct().Select(id => new UserStationScope { UserId = user.Id, StationId = id }));
        if (result.Add(await users.CreateAsync(user, input.Password)).Succeeded
            && result.Add(await users.AddToRolesAsync(user, input.Roles.Distinct())).Succeeded)
        {
            await transaction.CommitAsync();
            LogCreated(user.UserName, actor);
        }
        return result;
    }

    public async Task<CommandResult> UpdateAsync(string userId, UserInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var admin = OpenAdminScope();
        var (users, db, actor) = (admin.Users, admin.Db, currentUser.UserName);
        var user = await db.Users.Include(u => u.Stations).FirstOrDefaultAsync(u => u.Id == userId);
        if (user is null)
        {
            return new CommandResult().Add("", l["用户不存在"]);
        }
        var result = await ValidateAsync(db, input, creating: false);
        if (user.UserName == actor && !input.Roles.Contains(Roles.Admin))
        {
            result.Add(nameof(UserInput.Roles), l["不能取消自己的管理员角色"]);
        }
        if (!result.Succeeded)
        {
            return result;
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        user.DisplayName = input.DisplayName.Trim();
        var wanted = input.StationIds.ToHashSet();
        user.Stations.RemoveAll(s => !wanted.Contains(s.StationId));
        user.Stations.AddRange(wanted.Where(id => user.Stations.All(s => s.StationId != id)).Select(id => new UserStationScope { UserId = user.Id, StationId = id }));
        var current = await users.GetRolesAsync(user);
        if (result.Add(await users.RemoveFromRolesAsync(user, current.Except(input.Roles))).Succeeded
            && result.Add(await users.AddToRolesAsync(user, input.Roles.Distinct().Except(current))).Succeeded
            && result.Add(await users.UpdateSecurityStampAsync(user)).Succeeded)
        {
            await transaction.CommitAsync();
            LogChanged(user.UserName, actor);
        }
        return result;
    }

    public Task<CommandResult> SetDisabledAsync(string userId, bool disabled) => ChangeUserAsync(userId, async (users, user, actor) =>
    {
        if (disabled && user.UserName == actor)
        {
            return new CommandResult().Add("", l["不能停用自己的账户"]);
        }
        user.IsDisabled = disabled;
        var result = new CommandResult().Add(await users.UpdateSecurityStampAsync(user));
        LogDisabled(user.UserName, disabled, actor);
        return result;
    });

    /// <summary>Sets a new password (checked against the policy) and lifts a lockout.</summary>
    public Task<CommandResult> ResetPasswordAsync(string userId, string newPassword) => ChangeUserAsync(userId, async (users, user, actor) =>
    {
        if (string.IsNullOrEmpty(newPassword))
        {
            return new CommandResult().Add(nameof(UserInput.Password), l["请输入新密码"]);
        }
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = new CommandResult().Add(await users.ResetPasswordAsync(user, token, newPassword));
        if (result.Succeeded)
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            LogPasswordReset(user.UserName, actor);
        }
        return result;
    });

    /// <summary>An administrator's change to one existing account, with the account's user manager and the acting admin's name.</summary>
    private async Task<CommandResult> ChangeUserAsync(string userId, Func<UserManager<AppUser>, AppUser, string, Task<CommandResult>> change)
    {
        await using var admin = OpenAdminScope();
        var user = await admin.Users.FindByIdAsync(userId);
        return user is null ? new CommandResult().Add("", l["用户不存在"]) : await change(admin.Users, user, currentUser.UserName);
    }

    /// <summary>
    /// An administrator's command (anyone else: <see cref="ForbiddenException"/>) gets its own DI scope: Identity's user
    /// manager and the context it writes through, so one transaction covers the account and its station rows.
    /// </summary>
    private AdminScope OpenAdminScope()
    {
        currentUser.EnsureAdmin();
        return new AdminScope(scopes.CreateAsyncScope());
    }

    private sealed class AdminScope(AsyncServiceScope scope) : IAsyncDisposable
    {
        public UserManager<AppUser> Users { get; } = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        public AppDbContext Db { get; } = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        public ValueTask DisposeAsync() => scope.DisposeAsync();
    }

    private async Task<CommandResult> ValidateAsync(AppDbContext db, UserInput input, bool creating)
    {
        var result = new CommandResult();
        if (creating && string.IsNullOrWhiteSpace(input.UserName))
        {
            result.Add(nameof(UserInput.UserName), l["请输入用户名"]);
        }
        if (string.IsNullOrWhiteSpace(input.DisplayName))
        {
            result.Add(nameof(UserInput.DisplayName), l["请输入姓名"]);
        }
        else if (Infrastructure.NameRules.Check(input.DisplayName, Infrastructure.NameRules.PersonName).Error is { } nameError)
        {
            result.Add(nameof(UserInput.DisplayName), l[nameError]);
        }
        if (!input.Roles.Any())
        {
            result.Add(nameof(UserInput.Roles), l["请至少选择一个角色"]);
        }
        else if (input.Roles.Any(r => !Roles.All.Contains(r)))
        {
            result.Add(nameof(UserInput.Roles), l["角色名无效"]);
        }
        var stationIds = input.StationIds.Distinct().ToList();
        if (input.Roles.Any(Roles.StationWriters.Contains) && !input.Roles.Any(Roles.AllStationReaders.Contains) && stationIds.Count == 0)
        {
            result.Add(nameof(UserInput.StationIds), l["该角色需要选择所属站所"]);
        }
        if (stationIds.Count > 0 && await db.Stations.CountAsync(s => stationIds.Contains(s.Id)) != stationIds.Count)
        {
            result.Add(nameof(UserInput.StationIds), l["站所不存在"]);
        }
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserName} created by {Actor}")]
    private partial void LogCreated(string? userName, string actor);

    [LoggerMessage(Level = LogLevel.Information, Message = "Roles/stations of user {UserName} changed by {Actor}")]
    private partial void LogChanged(string? userName, string actor);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserName} disabled={Disabled} by {Actor}")]
    private partial void LogDisabled(string? userName, bool disabled, string actor);

    [LoggerMessage(Level = LogLevel.Information, Message = "Password of {UserName} reset by {Actor}")]
    private partial void LogPasswordReset(string? userName, string actor);
}
