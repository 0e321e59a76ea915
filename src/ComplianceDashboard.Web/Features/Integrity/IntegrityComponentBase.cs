using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace ComplianceDashboard.Web.Features.Integrity;

/// <summary>Base of the integrity components: the signed-in caller (<see cref="IntegrityCaller"/>), read once per render cycle.</summary>
public abstract class IntegrityComponentBase : ComponentBase
{
    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected async Task<IntegrityCaller> CallerAsync()
    {
        var state = AuthenticationState is null ? null : await AuthenticationState;
        return IntegrityCaller.From(state?.User ?? new System.Security.Claims.ClaimsPrincipal());
    }
}
