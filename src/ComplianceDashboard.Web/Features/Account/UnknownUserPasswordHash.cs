using Microsoft.AspNetCore.Identity;

namespace ComplianceDashboard.Web.Features.Account;

/// <summary>
/// The hash <see cref="SignInService"/> checks a password against when there is no account to check it against, so that
/// an unknown user name costs what a wrong password costs. One per app (a singleton), made on first use by the app's
/// own password hasher, so it has that hasher's format and work factor.
/// </summary>
public sealed class UnknownUserPasswordHash
{
    internal static readonly AppUser NoUser = new() { UserName = "", DisplayName = "" };

    private string? _hash;

    public string For(IPasswordHasher<AppUser> hasher) =>
        LazyInitializer.EnsureInitialized(ref _hash, () => hasher.HashPassword(NoUser, Guid.NewGuid().ToString("N")));
}
