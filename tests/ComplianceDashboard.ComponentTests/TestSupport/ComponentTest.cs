using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Bunit.TestDoubles;
using ComplianceDashboard.Web.Components.Mud;
using ComplianceDashboard.Web.Components.Shared;
using ComplianceDashboard.Web.Infrastructure;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace ComplianceDashboard.ComponentTests.TestSupport;

/// <summary>
/// A bUnit context with the app's UI services as Program.cs registers them: MudBlazor (with our Chinese
/// localizer), localization, the CJK-friendly HTML encoder, <see cref="CurrentUser"/>, and loose JS interop (MudBlazor's own calls).
/// The UI culture is zh-CN unless a test switches it. xunit v2 needs IAsyncLifetime so MudBlazor's
/// IAsyncDisposable services are disposed asynchronously (../shared/docs/stack.md beside the repository).
/// </summary>
public abstract class ComponentTest : BunitContext, IAsyncLifetime
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    // bUnit's WaitFor* give up after 1 s by default, and on a loaded 2-core CI machine the renderer's dispatcher once had
    // not even run the check by then. The waits return as soon as their condition holds, so this is a cap, not a budget.
    static ComponentTest() => DefaultWaitTimeout = TimeSpan.FromSeconds(30);

    protected ComponentTest()
    {
        UseCulture("zh-CN");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLogging();
        Services.AddAppLocalization(); // the app's localizer, messages with values included
        Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        Services.AddMudServices();
        Services.AddTransient<MudLocalizer, AppMudLocalizer>();
        // Who is calling, as the app registers it: from the (fake) authentication state of SignIn.
        Services.AddHttpContextAccessor();
        Services.AddScoped<CurrentUser>();
        Services.AddTransient<FormErrors>();
    }

    /// <summary>Renders the component inside the providers MainLayout puts around every page (popovers, dialogs, snackbars).</summary>
    protected IRenderedComponent<MudDialogProvider> RenderProviders()
    {
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        return Render<MudDialogProvider>();
    }

    protected static void UseCulture(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    /// <summary>Signs a user in for AuthorizeView and the app's role checks.</summary>
    protected BunitAuthorizationContext SignIn(string userName, params string[] roles)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(userName);
        auth.SetRoles(roles);
        return auth;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }

    internal static ClaimsPrincipal Anonymous => new(new ClaimsIdentity());
}
