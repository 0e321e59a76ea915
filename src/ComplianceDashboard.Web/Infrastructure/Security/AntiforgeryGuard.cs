using Microsoft.AspNetCore.Antiforgery;

namespace ComplianceDashboard.Web.Infrastructure.Security;

/// <summary>
/// CSRF, once for the whole app: every POST, PUT, PATCH and DELETE needs a valid antiforgery token for the signed-in
/// user (form field <c>__RequestVerificationToken</c> or header <c>RequestVerificationToken</c>), whatever the endpoint
/// does with its body. Razor pages, <c>[FromForm]</c> endpoints and the Hangfire dashboard check it themselves too; this
/// also covers an endpoint added later that reads JSON (minimal APIs validate tokens only when they bind a form).
/// The Blazor hub (<c>/_blazor</c>) is left to SignalR: its posts carry a connection token or circuit id that only a
/// page of this site can read, and the sign-in cookie is SameSite=Lax.
/// </summary>
public static partial class AntiforgeryGuard
{
    private static readonly PathString[] Exempt = ["/_blazor"];

    public static IApplicationBuilder UseAntiforgeryGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (NeedsToken(context.Request) && !await IsValidAsync(context))
        {
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AntiforgeryGuard));
            LogRefused(logger, context.Request.Method, context.Request.Path, context.Connection.RemoteIpAddress?.ToString());
            var text = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>()["请求缺少有效的防伪令牌，请刷新页面后重试"].Value;
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                await Results.Problem(text, statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(context);
            }
            else
            {
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(text);
            }
            return;
        }
        await next(context);
    });

    private static bool NeedsToken(HttpRequest request) =>
        (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method) || HttpMethods.IsDelete(request.Method))
        && !Exempt.Any(p => request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    private static async Task<bool> IsValidAsync(HttpContext context)
    {
        try
        {
            return await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException or InvalidOperationException)
        {
            return false; // a malformed or oversized form body is no token either
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Method} {Path} from {RemoteIp}: no valid antiforgery token")]
    private static partial void LogRefused(ILogger logger, string method, string path, string? remoteIp);
}
