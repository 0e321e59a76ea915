using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace ComplianceDashboard.Web.Features.Account;

public enum SignInOutcome { Succeeded, Failed, LockedOut, Disabled }

/// <summary>
/// Password sign-in with lockout, and sign-out; every attempt is written to <see cref="SignInAudit"/>.
/// A caller learns nothing about an account without its password: an unknown user name, a wrong
/// password and a locked account give the same <see cref="SignInOutcome.Failed"/>-looking answer on the page, and each
/// costs exactly one password hash, so the time taken does not tell them apart either. Only the audit says which it was.
/// </summary>
public sealed class SignInService(
    SignInManager<AppUser> signIn,
    IDbContextFactory<AppDbContext> factory,
    Infrastructure.AppClock clock,
    UnknownUserPasswordHash unknownUserHash,
    ILogger<SignInService> logger)
{

    public async Task<SignInOutcome> PasswordSignInAsync(string userName, string password, string? remoteIp)
    {
        ArgumentNullException.ThrowIfNull(userName);
        var users = signIn.UserManager;
        var user = await users.FindByNameAsync(userName.Trim());
        SignInOutcome outcome;
        string detail;
        if (user is null)
        {
            HashForNothing(password);
            (outcome, detail) = (SignInOutcome.Failed, "用户不存在");
        }
        else if (await users.IsLockedOutAsync(user))
        {
            // The password is not checked while locked (guessing must not go on), but hashed all the same.
            HashForNothing(password);
            (outcome, detail) = (SignInOutcome.LockedOut, "账户已锁定");
        }
        else if (user.IsDisabled)
        {
            // "Disabled" only to someone who knows the password; anyone else sees a wrong password.
            (outcome, detail) = await users.CheckPasswordAsync(user, password)
                ? (SignInOutcome.Disabled, "账户已停用")
                : (SignInOutcome.Failed, "密码错误");
        }
        else
        {
            var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
            (outcome, detail) = result switch
            {
                { Succeeded: true } => (SignInOutcome.Succeeded, "登录成功"),
                { IsLockedOut: true } => (SignInOutcome.LockedOut, "账户已锁定"),
                { IsNotAllowed: true } => (SignInOutcome.Disabled, "账户已停用"),
                _ => (SignInOutcome.Failed, "密码错误"),
            };
        }
        await AuditAsync(user?.UserName ?? Truncate(userName.Trim()), outcome == SignInOutcome.Succeeded, detail, remoteIp);
        if (outcome != SignInOutcome.Succeeded)
        {
            logger.LogWarning("Sign-in refused for {UserName}: {Outcome} ({Detail}) from {RemoteIp}", userName, outcome, detail, remoteIp);
        }
        return outcome;
    }

    /// <summary>
    /// A sign-in post refused by the per-address rate limit (<see cref="SignInRateLimit"/>): logged, and audited at most
    /// once a minute per address so that a flood does not fill the audit table.
    /// </summary>
    public async Task RateLimitedAsync(string? userName, string? remoteIp, bool audit)
    {
        logger.LogWarning("Sign-in rate limit: refused a sign-in post for {UserName} from {RemoteIp}", userName, remoteIp);
        if (audit)
        {
            await AuditAsync(Truncate(userName?.Trim() ?? ""), succeeded: false, SignInRateLimit.AuditDetail, remoteIp);
        }
    }

    /// <summary>The work of a password check, for a user name that has no password to check.</summary>
    private void HashForNothing(string password)
    {
        var hasher = signIn.UserManager.PasswordHasher;
        hasher.VerifyHashedPassword(UnknownUserPasswordHash.NoUser, unknownUserHash.For(hasher), password ?? "");
    }

    private static string Truncate(string userName) => userName.Length <= 64 ? userName : userName[..64];

    /// <summary>
    /// Where a user lands after sign-in: the page they asked for, or — when they asked for nothing in particular
    /// ("/") — a party secretary (支部书记) who reads only their own station(s) lands on the pending duties of
    /// their first station instead of a county overview of one row. Everyone else lands on the overview.
    /// </summary>
    public async Task<string> LandingUrlAsync(string userName, string? returnUrl)
    {
        var safe = AccountEndpoints.SafeReturnUrl(returnUrl);
        if (safe != "/")
        {
            return safe;
        }
        var user = await signIn.UserManager.FindByNameAsync(userName.Trim());
        if (user is null)
        {
            return safe;
        }
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var scope = Infrastructure.Security.StationScope.For(principal);
        return principal.IsInRole(Infrastructure.Security.Roles.Secretary) && scope.ReadableStationIds is { Count: > 0 } own
            ? $"/pending?station={own.Min()}"
            : safe;
    }

    /// <summary>
    /// Ends the cookie and changes the security stamp, so every other cookie and open circuit of this user
    /// loses access at its next revalidation (App:Security:RevalidateMinutes).
    /// </summary>
    public async Task SignOutAsync(ClaimsPrincipal principal, string? remoteIp)
    {
        var user = principal.Identity?.IsAuthenticated == true ? await signIn.UserManager.GetUserAsync(principal) : null;
        if (user is not null)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
            await AuditAsync(user.UserName ?? "", succeeded: true, "退出登录", remoteIp);
        }
        await signIn.SignOutAsync();
    }

    private async Task AuditAsync(string userName, bool succeeded, string detail, string? remoteIp)
    {
        await using var db = await factory.CreateDbContextAsync();
        db.SignInAudits.Add(new SignInAudit { UserName = userName, Succeeded = succeeded, Detail = detail, At = clock.UtcNow, RemoteIp = remoteIp });
        await db.SaveChangesAsync();
    }
}
