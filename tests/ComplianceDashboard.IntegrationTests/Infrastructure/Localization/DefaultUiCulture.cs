using System.Runtime.CompilerServices;

namespace ComplianceDashboard.IntegrationTests.Infrastructure.Localization;

/// <summary>
/// Tests that render components or call services outside an HTTP request expect Chinese, whatever the
/// machine's LANG (with en_US the localizer would now pick the English satellite). The app does the same in LocalizationExtensions.UseAppLocalization.
/// </summary>
internal static class DefaultUiCulture
{
#pragma warning disable CA2255 // a test assembly, not a library
    [ModuleInitializer]
    internal static void UseChinese() => CultureInfo.DefaultThreadCurrentUICulture = new CultureInfo("zh-CN");
#pragma warning restore CA2255
}
