namespace ComplianceDashboard.Web.Features.Records;

public static class RecordsExtensions
{
    /// <summary>Record entry, queries and attachments (scoped: they act for the signed-in user of the circuit).</summary>
    public static IHostApplicationBuilder AddRecords(this IHostApplicationBuilder builder)
    {
        builder.Services
            .AddScoped<RecordService>()
            .AddSingleton<RecordHistoryWriter>()
            .AddScoped<RecordQueries>()
            .AddScoped<RecordFormOptions>()
            .AddScoped<AttachmentService>()
            .AddSingleton<IAttachmentStore, FileAttachmentStore>()
            .AddScoped<ResponsibilityListService>();
        return builder;
    }
}
