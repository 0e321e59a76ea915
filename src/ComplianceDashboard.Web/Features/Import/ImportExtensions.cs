using ComplianceDashboard.Web.Features.Import.Xlsx;

namespace ComplianceDashboard.Web.Features.Import;

public static class ImportExtensions
{
    /// <summary>
    /// The JSON evidence importer used by the <c>import</c> command (docs/import-format.md), and the XLSX record import
    /// of 记录 → 批量导入 (scoped: it acts for the signed-in user of the circuit).
    /// </summary>
    public static IHostApplicationBuilder AddImport(this IHostApplicationBuilder builder)
    {
        builder.Services
            .AddSingleton<EvidenceImporter>()
            .AddScoped<XlsxRecordImporter>();
        return builder;
    }
}
