using System.Text.Encodings.Web;

namespace ComplianceDashboard.Web.Infrastructure.Startup;

public static class StartupGate
{
    /// <summary>Paths served before the database is ready: health, and the static files the wait page needs.</summary>
    private static readonly string[] OpenPrefixes = ["/lib/", "/_content/", "/_framework/", "/favicon"];

    public static IHostApplicationBuilder AddStartupGate(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<StartupState>();
        builder.Services.AddHostedService<StartupInitializer>();
        return builder;
    }

    /// <summary>
    /// Until the database is ready /healthz answers 503 "starting: …" (without running the health checks, whose
    /// failures would fill the log during a normal start) and every page a Chinese "starting" page that reloads itself.
    /// </summary>
    public static WebApplication UseStartupGate(this WebApplication app)
    {
        var state = app.Services.GetRequiredService<StartupState>();
        app.Use(async (context, next) =>
        {
            if (state.IsReady)
            {
                await next(context);
                return;
            }
            if (context.Request.Path.StartsWithSegments(Hosting.HostingExtensions.HealthPath, StringComparison.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync((state.HasFailed ? "failed: " : "starting: ") + state.Status);
                return;
            }
            if (OpenPrefixes.Any(p => context.Request.Path.StartsWithSegments(p.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)))
            {
                await next(context);
                return;
            }
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "3";
            context.Response.ContentType = "text/html; charset=utf-8";
            var status = HtmlEncoder.Default.Encode(state.Status);
            await context.Response.WriteAsync($"""
                <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="refresh" content="3">
                <title>正在启动 · Starting</title></head>
                <body style="font-family:sans-serif;padding:3rem;color:#00706b"><h1>正在启动，请稍候…</h1><p>{status}</p>
                <p style="color:#666">Starting, please wait — this page reloads by itself.</p></body></html>
                """);
        });
        return app;
    }
}
