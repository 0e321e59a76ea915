using System.Security.Claims;
using ComplianceDashboard.Web.Infrastructure.Security;

namespace ComplianceDashboard.Web.Features.Evaluation;

/// <summary>
/// Who calls an evaluation service method, taken from the signed-in principal (a page's authentication state or
/// an endpoint's <c>HttpContext.User</c>). Every service method checks it again: the UI only hides buttons.
/// </summary>
public sealed record EvaluationActor(string UserName, string DisplayName, StationScope Scope, bool IsEvaluator, bool IsSecretary)
{
    public static EvaluationActor From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var scope = StationScope.For(user);
        var name = user.Identity?.IsAuthenticated == true ? user.Identity.Name ?? "" : "";
        var display = user.FindFirst(AppClaimTypes.DisplayName)?.Value;
        return new EvaluationActor(name, string.IsNullOrWhiteSpace(display) ? name : display, scope, scope.IsEvaluator, user.IsInRole(Roles.Secretary));
    }

    /// <summary>纪委领导, 考评员, 管理员 (Policies.ReadAll) read every round and station.</summary>
    public bool ReadsAll => Scope.ReadsAllStations;

    /// <summary>Refuses anyone but a 考评员 (Policies.Evaluate).</summary>
    public void EnsureEvaluator()
    {
        if (!IsEvaluator || UserName.Length == 0)
        {
            throw new EvaluationForbiddenException("只有考评员可以执行此操作");
        }
    }

    /// <summary>Refuses anyone outside Policies.ReadAll.</summary>
    public void EnsureReadsAll()
    {
        if (!ReadsAll)
        {
            throw new EvaluationForbiddenException("无权查看评价工作");
        }
    }

    /// <summary>"显示名（用户名）" for who/when columns.</summary>
    public string Signature => DisplayName == UserName ? UserName : $"{DisplayName}（{UserName}）";
}

/// <summary>The caller may not do this (endpoints answer 403).</summary>
public sealed class EvaluationForbiddenException(string message) : Exception(message);

/// <summary>Bad input: Chinese messages per field; nothing was saved.</summary>
public sealed class EvaluationValidationException(IReadOnlyDictionary<string, string> errors)
    : Exception(string.Join("；", errors.Values))
{
    public IReadOnlyDictionary<string, string> Errors { get; } = errors;

    public static EvaluationValidationException One(string field, string message) => new(new Dictionary<string, string> { [field] = message });
}

/// <summary>The action is not possible in the current state (e.g. the grade is finalised).</summary>
public sealed class EvaluationStateException(string message) : Exception(message);
