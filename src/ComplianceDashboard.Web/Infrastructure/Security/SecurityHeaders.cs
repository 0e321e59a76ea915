namespace ComplianceDashboard.Web.Infrastructure.Security;

/// <summary>
/// Response headers on every response (pages, files, errors, the start-up page, 429s). The policy
/// forbids inline script: Blazor Server, MudBlazor, apexcharts and the Hangfire dashboard load every script from
/// this site (the browser tests watch for violations on the main pages). Styles may be inline (MudBlazor and
/// apexcharts set style attributes); images may be data:/blob: (chart exports, MudBlazor icons).
/// <c>connect-src</c> names ws:/wss: as well as 'self' for browsers that do not match a WebSocket to 'self'.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        // On starting, so that a response rewritten by the exception handler (which clears headers) still has them.
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpResponse)state).Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            headers.XFrameOptions = "DENY"; // frame-ancestors for browsers older than CSP 2
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    });
}
