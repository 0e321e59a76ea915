namespace ComplianceDashboard.Web.Features.MeetingPack;

public static class MeetingPackEndpoints
{
    /// <summary>GET /api/meeting-packs/{id}/{docx|pptx|xlsx}: 403 unless the caller reads every station of the pack.</summary>
    public static IEndpointRouteBuilder MapMeetingPackEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/meeting-packs/{packId:long}/{kind}", async Task<IResult> (long packId, string kind, MeetingPackService packs, CancellationToken ct) =>
        {
            if (!MeetingPackBuilder.Kinds.Contains(kind, StringComparer.Ordinal))
            {
                return TypedResults.NotFound();
            }
            try
            {
                var file = await packs.FileAsync(packId, kind, ct);
                return file is null ? TypedResults.NotFound() : TypedResults.File(file.Content, file.ContentType, file.FileName);
            }
            catch (ForbiddenException)
            {
                return TypedResults.Forbid();
            }
        });
        return app;
    }
}

public static class MeetingPackExtensions
{
    /// <summary>The quarterly joint-meeting pack: options, service, background job (sections are added by other modules as <see cref="IMeetingPackSection"/>).</summary>
    public static IHostApplicationBuilder AddMeetingPack(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<MeetingPackOptions>(MeetingPackOptions.Section);
        builder.Services
            .AddScoped<MeetingPackService>()
            .AddTransient<MeetingPackJob>();
        return builder;
    }
}
