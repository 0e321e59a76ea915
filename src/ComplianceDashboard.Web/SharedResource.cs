namespace ComplianceDashboard.Web;

/// <summary>
/// Marker for the UI strings. Keys are the Simplified Chinese text itself, so zh-CN needs no resource
/// file; Resources/SharedResource.en.resx holds the English translations.
/// </summary>
public sealed class SharedResource;
