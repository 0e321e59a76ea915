using Microsoft.AspNetCore.Antiforgery;

namespace ComplianceDashboard.Web.Features.Evaluation;

/// <summary>
/// /api/evaluation: finalise and re-open for scripts (考评员 only), feedback sheet and monthly performance downloads.
/// Each handler asks the service, which checks the caller again; <see cref="CommandResults"/> turns the outcome into HTTP
/// (400 field errors, 403 refused, 409 wrong state, 503 database not writable).
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
            CommandResults.RunAsync(async () =>
            {
                var result = await service.FinaliseAsync(roundId, stationId, ct);
                return result.ToHttp(() => Results.Ok(result.Value));
            }))
            .RequireAuthorization(Policies.Evaluate);
        changes.MapPost("/stations/{stationId:int}/reopen", (long roundId, int stationId, ReasonBody body, FinalisationService service, CancellationToken ct) =>
            CommandResults.RunAsync(async () => (await service.ReopenAsync(roundId, stationId, body.Reason, ct)).ToHttp(Results.NoContent)))
            .RequireAuthorization(Policies.Evaluate);
        api.MapGet("/monthly-performance", async (long roundId, string? format, MonthlyPerformanceService service, CancellationToken ct) =>
            await CommandResults.RunAsync(async () =>
            {
                var file = await service.ExportAsync(roundId, format == "csv" ? ExportFormat.Csv : ExportFormat.Xlsx, ct);
                return file is null ? Results.NotFound() : Results.File(file.Content, file.ContentType, file.FileName);
            }))
            .RequireAuthorization(Policies.ReadAll);
        api.MapGet("/stations/{stationId:int}/feedback.xlsx", async (long roundId, int stationId, FeedbackService service, CancellationToken ct) =>
            await CommandResults.RunAsync(async () =>
            {
                var sheet = await service.GetAsync(roundId, stationId, ct);
                return sheet.ToHttp(() =>
                {
                    if (sheet.Value is not { } found)
                    {
                        return Results.NotFound();
                    }
                    var file = service.ToXlsx(found);
                    return Results.File(file.Content, file.ContentType, file.FileName);
                });
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
}
