using Microsoft.AspNetCore.Diagnostics;

namespace ComplianceDashboard.Web.Features.Errors;

/// <summary>
/// Friendly pages for what goes wrong: outside Development an exception shows /error (no exception
/// text, a request id for the log); in every environment a page request (GET/HEAD asking for HTML) that ends in
/// 400, 403 or 404 without a body shows /status instead of the browser's blank error. API, hub, Hangfire and asset
/// requests keep their plain status codes.
/// </summary>
public static class ErrorPages
{
    private static readonly PathString[] PlainPaths = ["/api", "/_blazor", "/_framework", "/_content", "/lib", "/jobs/hangfire", "/healthz"];

    public static WebApplication UseErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }
        app.UseStatusCodePagesWithReExecute("/status", createScopeForStatusCodePages: true);
        app.Use((context, next) =>
        {
            if (!IsPageRequest(context.Request) && context.Features.Get<IStatusCodePagesFeature>() is { } feature)
            {
                feature.Enabled = false;
            }
            return next(context);
        });
        return app;
    }

    private static bool IsPageRequest(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase)
        && !PlainPaths.Any(p => request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));
}
