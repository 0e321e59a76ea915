using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Infrastructure.Export;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Antiforgery;

namespace ComplianceDashboard.Web.Features.Evaluation;

/// <summary>
/// /api/evaluation: finalise and re-open for scripts (考评员 only), feedback sheet and monthly performance downloads.
/// Each handler asks the service, which checks the caller again.
/// </summary>
public static class EvaluationEndpoints
{
    public sealed record ReasonBody(string? Reason);

    public static IEndpointRouteBuilder MapEvaluationEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/evaluation/rounds/{roundId:long}");
        // Every state change needs the antiforgery token (form field or RequestVerificationToken header): a cross-site
        // post carries the cookies but not the token.
        var changes = api.MapGroup("").AddEndpointFilter(RequireAntiforgeryTokenAsync);
        changes.MapPost("/stations/{stationId:int}/finalise", (long roundId, int stationId, FinalisationService service, CancellationToken ct) =>
            Run(async () => Results.Ok(await service.FinaliseAsync(roundId, stationId, ct))))
            .RequireAuthorization(Policies.Evaluate);
        changes.MapPost("/stations/{stationId:int}/reopen", (long roundId, int stationId, ReasonBody body, FinalisationService service, CancellationToken ct) =>
            Run(async () =>
            {
                await service.ReopenAsync(roundId, stationId, body.Reason, ct);
                return Results.NoContent();
            }))
            .RequireAuthorization(Policies.Evaluate);
        api.MapGet("/monthly-performance", async (long roundId, string? format, MonthlyPerformanceService service, CancellationToken ct) =>
            await Run(async () =>
            {
                var file = await service.ExportAsync(roundId, format == "csv" ? ExportFormat.Csv : ExportFormat.Xlsx, ct);
                return file is null ? Results.NotFound() : Results.File(file.Content, file.ContentType, file.FileName);
            }))
            .RequireAuthorization(Policies.ReadAll);
        api.MapGet("/stations/{stationId:int}/feedback.xlsx", async (long roundId, int stationId, FeedbackService service, CancellationToken ct) =>
            await Run(async () =>
            {
                var sheet = await service.GetAsync(roundId, stationId, ct);
                if (sheet is null)
                {
                    return Results.NotFound();
                }
                var file = service.ToXlsx(sheet);
                return Results.File(file.Content, file.ContentType, file.FileName);
            }))
            .RequireStationRead();
        return app;
    }

    /// <summary>400 unless the request carries a valid antiforgery token for the signed-in user.</summary>
    internal static async ValueTask<object?> RequireAntiforgeryTokenAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var antiforgery = context.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
        if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
        {
            return Results.Problem("缺少或无效的防伪令牌", statusCode: StatusCodes.Status400BadRequest);
        }
        return await next(context);
    }

    /// <summary>Service exceptions as HTTP answers: 403 refused, 400 with field errors, 409 wrong state, 503 database not writable.</summary>
    internal static async Task<IResult> Run(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (ForbiddenException)
        {
            return Results.Forbid();
        }
        catch (EvaluationValidationException ex)
        {
            return Results.ValidationProblem(ex.Errors.ToDictionary(e => e.Key, e => new[] { e.Value }));
        }
        catch (EvaluationStateException ex)
        {
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status409Conflict);
        }
        catch (DatabaseWriteException ex)
        {
            // Logged by the service with the SQLite error; the client gets the Chinese message and the SQLite error code.
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "数据库无法写入",
                extensions: new Dictionary<string, object?> { ["sqliteErrorCode"] = ex.SqliteErrorCode });
        }
    }
}
