namespace ComplianceDashboard.Web.Features.Records;

public static class RecordsExtensions
{
    /// <summary>Record entry, queries and attachments (scoped: they act for the signed-in user of the circuit).</summary>
    public static IHostApplicationBuilder AddRecords(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<RecordService>();
        builder.Services.AddSingleton<RecordHistoryWriter>();
        builder.Services.AddScoped<RecordQueries>();
        builder.Services.AddScoped<RecordFormOptions>();
        builder.Services.AddScoped<AttachmentService>();
        builder.Services.AddSingleton<IAttachmentStore, FileAttachmentStore>();
        builder.Services.AddScoped<ResponsibilityListService>();
        return builder;
    }
}
