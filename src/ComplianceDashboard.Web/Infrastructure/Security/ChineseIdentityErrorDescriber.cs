using Microsoft.AspNetCore.Identity;

namespace ComplianceDashboard.Web.Infrastructure.Security;

/// <summary>Identity's validation messages in the UI language (keys are the Chinese text, see SharedResource).</summary>
public sealed class ChineseIdentityErrorDescriber(IStringLocalizer<SharedResource> l) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), l["操作失败，请重试"]);
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), l["数据已被他人修改，请刷新后重试"]);
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), l["密码错误"]);
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), l["令牌无效"]);
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), l["用户名只能包含字母、数字和 - . _ @ +"]);
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), l["用户名 {0} 已被使用", userName]);
    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), l["角色名无效"]);
    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), l["角色 {0} 已存在", role]);
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), l["用户已有角色 {0}", role]);
    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), l["用户没有角色 {0}", role]);
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), l["密码至少需要 {0} 个字符", length]);
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), l["密码必须包含符号"]);
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), l["密码必须包含数字"]);
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), l["密码必须包含小写字母"]);
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), l["密码必须包含大写字母"]);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), l["密码至少需要 {0} 个不同字符", uniqueChars]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
