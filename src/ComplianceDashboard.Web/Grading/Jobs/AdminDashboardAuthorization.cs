using Hangfire.Dashboard;

namespace ComplianceDashboard.Web.Grading.Jobs;

/// <summary>
/// The Hangfire dashboard (pages, API and its own css/js) for 管理员 only. Anonymous requests never get here (the
/// fallback policy sends them to the login page); Hangfire answers 403 to every other role.
/// </summary>
public sealed class AdminDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => IsAdmin(context);

    public static bool IsAdmin(DashboardContext context) =>
        context.GetHttpContext().User is { Identity.IsAuthenticated: true } user && user.IsInRole(Roles.Admin);
}
