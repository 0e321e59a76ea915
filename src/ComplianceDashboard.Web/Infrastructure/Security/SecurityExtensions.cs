using ComplianceDashboard.Web.Features.Account;
using ComplianceDashboard.Web.Features.Audit;
using ComplianceDashboard.Web.Features.Users;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace ComplianceDashboard.Web.Infrastructure.Security;

public static class SecurityExtensions
{
    public const string LoginPath = "/account/login";
    public const string DeniedPath = "/account/denied";

    /// <summary>Identity on AppDbContext, the sign-in cookie, roles, policies (authenticated users by default) and the station scope.</summary>
    public static IHostApplicationBuilder AddAppSecurity(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddValidatedOptions<SecurityOptions>(SecurityOptions.Section);

        // The keys that protect cookies and antiforgery tokens live in the database, so every server behind a load
        // balancer reads and writes the same key ring (docs/decisions/ADR-017-postgresql-provider.md).
        var dataProtection = services.AddDataProtection()
            .SetApplicationName("ComplianceDashboard")
            .PersistKeysToDbContext<AppDbContext>();
        // Encrypted at rest when App:Security:KeyCertificatePath is set (the same certificate decrypts them).
        if (KeyCertificate.Load(builder.Configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>()) is { } certificate)
        {
            dataProtection.ProtectKeysWithCertificate(certificate);
        }

        services.AddIdentity<AppUser, IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<AppSignInManager>()
            .AddClaimsPrincipalFactory<AppUserClaimsPrincipalFactory>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddDefaultTokenProviders();

        services.AddOptions<IdentityOptions>().Configure<IOptions<SecurityOptions>>((o, s) =>
        {
            o.Password.RequiredLength = s.Value.PasswordMinLength;
            o.Password.RequireDigit = true;
            o.Password.RequireLowercase = true;
            o.Password.RequireUppercase = true;
            o.Password.RequireNonAlphanumeric = false;
            o.Password.RequiredUniqueChars = 1;
            o.Lockout.AllowedForNewUsers = true;
            o.Lockout.MaxFailedAccessAttempts = s.Value.MaxFailedAccessAttempts;
            o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(s.Value.LockoutMinutes);
            o.User.RequireUniqueEmail = false;
            o.SignIn.RequireConfirmedAccount = false;
        });
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<SecurityOptions>>((o, s) =>
            o.ValidationInterval = TimeSpan.FromMinutes(s.Value.RevalidateMinutes));
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IOptions<SecurityOptions>>((o, s) =>
        {
            o.Cookie.Name = "cd.auth";
            o.Cookie.HttpOnly = true;
            // County intranets often run plain http; behind https the cookie is Secure.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(s.Value.CookieHours);
            o.SlidingExpiration = true;
            o.LoginPath = LoginPath;
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = DeniedPath;
            o.ReturnUrlParameter = "returnUrl";
            o.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });
        services.Configure<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>(o =>
        {
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddSingleton<IAuthorizationHandler, StationAuthorizationHandler>();
        services.AddAuthorizationBuilder()
            // Every endpoint needs a signed-in user unless it says [AllowAnonymous] (login, /healthz, /culture, static files).
            // _framework/blazor.web.js is served without an endpoint; the login page loads it before anyone is signed in.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAssertion(c =>
                c.User.Identity?.IsAuthenticated == true
                || (c.Resource is HttpContext http && HttpMethods.IsGet(http.Request.Method) && http.Request.Path.StartsWithSegments("/_framework", StringComparison.OrdinalIgnoreCase))).Build())
            .AddPolicy(Policies.ReadAll, p => p.RequireRole(Roles.AllStationReaders))
            .AddPolicy(Policies.Evaluate, p => p.RequireRole(Roles.Evaluator))
            .AddPolicy(Policies.WriteRecords, p => p.RequireRole(Roles.StationWriters))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.ViewAudit, p => p.RequireRole(Roles.DisciplineLeader, Roles.Admin))
            .AddPolicy(Policies.StationRead, p => p.RequireAuthenticatedUser().AddRequirements(new StationRequirement(Write: false)))
            .AddPolicy(Policies.StationWrite, p => p.RequireAuthenticatedUser().AddRequirements(new StationRequirement(Write: true)));

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthenticationStateProvider>();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();

        services.AddScoped<SignInService>();
        services.AddSingleton<UnknownUserPasswordHash>();
        services.AddSignInRateLimit();
        services.AddScoped<UserAdminService>();
        services.AddScoped<AuditService>();
        services.AddSingleton<UserSeeder>();

        // Data Protection's own hosted service reads the key ring as the host starts, before the start-up has migrated
        // the database: a first start logged three errors with stack traces ("no such table: DataProtectionKeys").
        // Without it the key ring is read on first use, after start-up (until then every request stops at StartupGate).
        // Removed here, after AddIdentity and the authentication it adds: each AddDataProtection() adds it again.
        foreach (var warmUp in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "DataProtectionHostedService").ToList())
        {
            services.Remove(warmUp);
        }
        return builder;
    }

    /// <summary>API and download endpoints answer 401/403; pages redirect to the login or "no access" page.</summary>
    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || context.Request.Path.StartsWithSegments("/attachments", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }
}
