namespace ComplianceDashboard.Web;

/// <summary>
/// Marker for the UI strings. Keys are the Simplified Chinese text itself, so zh-CN needs no resource
/// file. SharedResource.en.resx beside this file holds the English translations: AddLocalization() has no
/// ResourcesPath, so the localizer looks for the manifest resource "ComplianceDashboard.Web.SharedResource"
/// in the en satellite assembly (en/ComplianceDashboard.Web.resources.dll), which is the name MSBuild gives
/// a .resx that sits next to (and is DependentUpon) this class. scripts/ui-strings.sh lists the keys,
/// scripts/check-en-resx.py and tests/.../Localization check that each has an English entry.
/// </summary>
public sealed class SharedResource;
