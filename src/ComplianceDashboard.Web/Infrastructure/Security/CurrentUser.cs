using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace ComplianceDashboard.Web.Infrastructure.Security;

/// <summary>
/// Who is calling: the one place pages, services and endpoints learn the signed-in user, their roles and their
/// <see cref="StationScope"/>. Scoped: inject it (services take no actor parameter and resolve nothing themselves).
/// <para>
/// It resolves the principal on every access, so one injected instance is right everywhere: in an interactive circuit
/// (and a statically rendered page) from the scope's <see cref="AuthenticationStateProvider"/> — which follows
/// revalidation, so a user signed out mid-circuit is anonymous at once — and in a minimal-API endpoint, where no
/// authentication state is set, from <c>HttpContext.User</c>. Anywhere else (a Hangfire job, a startup step) the
/// caller is anonymous and every check refuses: background work must not depend on it.
/// </para>
/// </summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication, IHttpContextAccessor http)
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    private ClaimsPrincipal? _cachedFor;
    private StationScope _scope = StationScope.Empty;

    /// <summary>The signed-in principal, or an anonymous one.</summary>
    public ClaimsPrincipal Principal => AuthenticationStatePrincipal() ?? http.HttpContext?.User ?? Anonymous;

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    /// <summary>The user name (who/when columns, logs); "" when nobody is signed in.</summary>
    public string UserName => IsAuthenticated ? Principal.Identity?.Name ?? "" : "";

    /// <summary>The display name from sign-in, else the user name.</summary>
    public string DisplayName => Principal.FindFirst(AppClaimTypes.DisplayName)?.Value is { } display && !string.IsNullOrWhiteSpace(display) ? display : UserName;

    /// <summary>"显示名（用户名）" for who/when columns.</summary>
    public string Signature => DisplayName == UserName ? UserName : $"{DisplayName}（{UserName}）";

    /// <summary>The culture pages and messages are shown in (the request's, from the culture cookie).</summary>
    public CultureInfo Culture => CultureInfo.CurrentUICulture;

    /// <summary>Which stations the user reads and writes (claims from sign-in; no database round trip).</summary>
    public StationScope Scope
    {
        get
        {
            var principal = Principal;
            if (!ReferenceEquals(principal, _cachedFor))
            {
                _scope = StationScope.For(principal);
                _cachedFor = principal;
            }
            return _scope;
        }
    }

    public bool IsInRole(string role) => IsAuthenticated && Principal.IsInRole(role);

    /// <summary>考评员: confirms evidence, finalises grades.</summary>
    public bool IsEvaluator => IsInRole(Roles.Evaluator);

    /// <summary>党支部书记 of the stations in <see cref="StationScope.WritableStationIds"/>.</summary>
    public bool IsSecretary => IsInRole(Roles.Secretary);

    /// <summary>纪委领导.</summary>
    public bool IsDisciplineLeader => IsInRole(Roles.DisciplineLeader);

    public bool IsAdmin => IsInRole(Roles.Admin);

    /// <summary>纪委领导, 考评员, 管理员 (Policies.ReadAll) read every station and every evaluation round.</summary>
    public bool ReadsAllStations => Scope.ReadsAllStations;

    public bool CanRead(int stationId) => Scope.CanRead(stationId);

    public bool CanWrite(int stationId) => Scope.CanWrite(stationId);

    /// <summary>The 支部书记 of the station maintains its service points, staffing, group and recommendations.</summary>
    public bool CanManage(int stationId) => IsSecretary && CanWrite(stationId);

    /// <summary>The company discipline committee (纪委领导) or an administrator reviews and approves appointments (§5.2.2.5).</summary>
    public bool CanApprove => IsDisciplineLeader || IsAdmin;

    /// <summary>纪委领导 and 管理员 read the audit log.</summary>
    public bool CanViewAudit => Scope.CanViewAudit;

    /// <summary>Refuses (<see cref="ForbiddenException"/>) unless the user may read the station.</summary>
    public void EnsureCanRead(int stationId) => Ensure(CanRead(stationId), "无权查看该站所");

    /// <summary>Refuses unless the user may write the station's records (支部书记, 廉政监督员, 客户经理 of the station).</summary>
    public void EnsureCanWrite(int stationId) => Ensure(CanWrite(stationId), "只有本所党支部书记、廉政监督员和客户经理可以登记本所记录");

    /// <summary>Refuses unless the user is the station's 支部书记.</summary>
    public void EnsureCanManage(int stationId) => Ensure(CanManage(stationId), "只有本所党支部书记可以维护本所组织信息");

    /// <summary>Refuses anyone but a 考评员 (Policies.Evaluate).</summary>
    public void EnsureEvaluator() => Ensure(IsEvaluator && UserName.Length > 0, "只有考评员可以执行此操作");

    /// <summary>Refuses anyone outside Policies.ReadAll.</summary>
    public void EnsureReadsAll() => Ensure(ReadsAllStations, "无权查看评价工作");

    /// <summary>Refuses anyone but a 管理员.</summary>
    public void EnsureAdmin() => Ensure(IsAdmin, "只有管理员可以管理用户");

    /// <summary>Refuses anyone who may not read the audit log.</summary>
    public void EnsureCanViewAudit() => Ensure(CanViewAudit, "只有纪委领导和管理员可以查看审计日志");

    private static void Ensure(bool allowed, string refusal)
    {
        if (!allowed)
        {
            throw new ForbiddenException(refusal);
        }
    }

    // A circuit's (or a rendered page's) authentication state; null where none is set (an endpoint, a job).
    private ClaimsPrincipal? AuthenticationStatePrincipal()
    {
        Task<AuthenticationState> state;
        try
        {
            state = authentication.GetAuthenticationStateAsync();
        }
        catch (InvalidOperationException)
        {
            // ServerAuthenticationStateProvider outside a Razor component's scope: "SetAuthenticationState" never ran.
            return null;
        }
        return state.IsCompletedSuccessfully ? state.Result.User : null;
    }
}

/// <summary>
/// The caller may not do this: the one refusal every service throws (see <see cref="CurrentUser"/>'s Ensure helpers).
/// The message is Chinese and shown as it is; endpoints answer 403. It is not a form
/// error: the UI hides what the user may not do, so this means a forged or stale request.
/// </summary>
public sealed class ForbiddenException(string message) : Exception(message);
