using Microsoft.AspNetCore.Mvc;

namespace ComplianceDashboard.Web.Features.Account;

public static class AccountEndpoints
{
    /// <summary>POST /account/logout (form with antiforgery token, see UserMenu.razor).</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // [FromForm] makes the endpoint validate the antiforgery token.
        app.MapPost("/account/logout", async ([FromForm] string? returnUrl, HttpContext http, SignInService signIn) =>
        {
            await signIn.SignOutAsync(http.User, http.Connection.RemoteIpAddress?.ToString());
            return TypedResults.LocalRedirect(SecurityExtensions.LoginPath);
        }).AllowAnonymous();
        return app;
    }

    /// <summary>A local path for redirecting after sign-in; anything else (absolute, protocol-relative) becomes "/".</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl[0] == '/' && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) && !returnUrl.StartsWith("/account/", StringComparison.OrdinalIgnoreCase)
            ? returnUrl
            : "/";
}
