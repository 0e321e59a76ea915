using ComplianceDashboard.Domain.Integrity;

namespace ComplianceDashboard.Web.Features.Integrity;

public static class SignalTextLocalizer
{
    /// <summary>A signal's explanation in the UI language: its template's translation (SharedResource) with the same arguments.</summary>
    public static string Explain(this IStringLocalizer localizer, SignalText text) => text.Format(localizer[text.Template].Value);
}
