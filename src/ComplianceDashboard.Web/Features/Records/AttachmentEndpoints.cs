namespace ComplianceDashboard.Web.Features.Records;

/// <summary>GET /attachments/{id}: the file, for users who may read the record's station; always as a download.</summary>
public static class AttachmentEndpoints
{
    public static IEndpointRouteBuilder MapAttachmentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/attachments/{id:long}", async (long id, HttpContext http, CurrentUser user, IDbContextFactory<AppDbContext> factory, AttachmentService attachments, CancellationToken ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            // Joined to the record so a deleted record's files are not served (the query filter hides it).
            var row = await (from a in db.Attachments.AsNoTracking()
                             join r in db.Records on a.RecordId equals r.Id
                             where a.Id == id
                             select new { Attachment = a, r.StationId }).FirstOrDefaultAsync(ct);
            if (row is null)
            {
                return Results.NotFound();
            }
            if (user.Scope.DenyUnlessCanRead(row.StationId) is { } denied)
            {
                return denied;
            }
            var path = attachments.PathOf(row.Attachment);
            if (!File.Exists(path))
            {
                return Results.NotFound();
            }
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(path, row.Attachment.ContentType, row.Attachment.FileName);
        }).RequireAuthorization();
        return app;
    }
}
