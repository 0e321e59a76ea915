using Microsoft.AspNetCore.Localization;

namespace ComplianceDashboard.Web.Infrastructure;

/// <summary>Chinese by default, English on the user's explicit choice (the culture cookie set by <c>/culture</c>).</summary>
public static class LocalizationExtensions
{
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    /// <summary>The UI shows Chinese, the language of the resx keys and of what services and the grader write.</summary>
    public static bool UiIsChinese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";

    /// <summary>The resx localizer, with the services' messages that carry values translated too (<see cref="MessageLocalizer"/>).</summary>
    public static IServiceCollection AddAppLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        return services.AddSingleton<IStringLocalizer<SharedResource>, MessageLocalizer>();
    }

    public static WebApplication UseAppLocalization(this WebApplication app)
    {
        // Work outside a request (jobs, seeding, identity errors in logs) stays Chinese even on a server whose
        // LANG is en_US, now that an English satellite exists; requests get their culture from the cookie below.
        CultureInfo.DefaultThreadCurrentUICulture = Cultures[0];
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Cultures[0]),
            SupportedCultures = Cultures,
            SupportedUICultures = Cultures,
            // Only the user's explicit choice; a browser's Accept-Language must not switch a county intranet to English.
            RequestCultureProviders = [new CookieRequestCultureProvider()],
        });
        return app;
    }

    /// <summary><c>/culture?c=en&amp;returnUrl=/x</c>: stores the user's choice in the culture cookie (anonymous, so the sign-in page can switch too).</summary>
    public static IEndpointRouteBuilder MapCultureEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/culture", (string c, string? returnUrl, HttpContext http) =>
        {
            if (Cultures.Any(x => x.Name == c))
            {
                http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(c)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            }
            return Results.LocalRedirect(IsLocalPath(returnUrl) ? returnUrl! : "/");
        }).AllowAnonymous();
        return app;
    }

    /// <summary>"/path" only: not "//host" nor "/\\host", which browsers treat as another site (LocalRedirect would throw).</summary>
    private static bool IsLocalPath(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
