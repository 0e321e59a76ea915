namespace ComplianceDashboard.Web.Features.Import;

public static class ImportServiceExtensions
{
    /// <summary>The JSON evidence importer used by the <c>import</c> command (docs/import-format.md).</summary>
    public static IHostApplicationBuilder AddAppImport(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<EvidenceImporter>();
        return builder;
    }
}
