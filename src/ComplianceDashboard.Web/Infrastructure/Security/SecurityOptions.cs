using System.ComponentModel.DataAnnotations;

namespace ComplianceDashboard.Web.Infrastructure.Security;

/// <summary>Settings under "App:Security" (README configuration table).</summary>
public sealed class SecurityOptions
{
    public const string Section = "App:Security";

    /// <summary>Failed sign-ins in a row that lock the account.</summary>
    [Range(1, 100)]
    public int MaxFailedAccessAttempts { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Sign-in posts accepted from one client address in any minute (sliding window); more get 429.</summary>
    [Range(1, 1_000_000)]
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>Sign-in posts accepted from one client address per <see cref="LockoutMinutes"/> (fixed window).</summary>
    [Range(1, 1_000_000)]
    public int SignInAttemptsPerLockoutPeriod { get; set; } = 30;

    /// <summary>Minimum password length (a digit, a lower- and an upper-case letter are always required).</summary>
    [Range(8, 128)]
    public int PasswordMinLength { get; set; } = 8;

    /// <summary>Sliding lifetime of the sign-in cookie.</summary>
    [Range(1, 7 * 24)]
    public int CookieHours { get; set; } = 8;

    /// <summary>How often open pages (circuits) and cookies re-check that the user still exists, is enabled and has not signed out.</summary>
    [Range(1, 60)]
    public int RevalidateMinutes { get; set; } = 1;

    /// <summary>Password of the initial <c>admin</c> created when demo data is off and the database has no users.</summary>
    public string? InitialAdminPassword { get; set; }

    /// <summary>
    /// A PKCS#12 file (.pfx) whose certificate encrypts the Data Protection keys before they are stored in the database
    /// (the keys sign cookies and antiforgery tokens: whoever reads them can forge a sign-in). Every server needs the same
    /// file. None: the keys are stored as they are, and ASP.NET Core logs a warning when it makes one.
    /// </summary>
    public string? KeyCertificatePath { get; set; }

    /// <summary>The password of <see cref="KeyCertificatePath"/> (an environment variable rather than a file).</summary>
    public string? KeyCertificatePassword { get; set; }
}
