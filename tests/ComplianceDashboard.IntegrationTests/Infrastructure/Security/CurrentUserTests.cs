using System.Net;
using System.Net.Http.Json;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Infrastructure.Security;

/// <summary>
/// <see cref="CurrentUser"/> resolves the caller from a circuit's authentication state, from an endpoint's
/// HttpContext.User, and is anonymous (refusing everything) where there is neither, e.g. in a background job.
/// </summary>
[Trait(TestDatabase.ProviderTrait, TestDatabase.Neutral)]
public sealed class CurrentUserTests
{
    private static readonly System.Security.Claims.ClaimsPrincipal Secretary = TestCurrentUser.Principal("shuji1", [Roles.Secretary], 1, 3);

    [Fact]
    public void In_a_circuit_the_authentication_state_is_the_caller_even_when_an_HttpContext_is_around()
    {
        var state = new ServerAuthenticationStateProvider();
        state.SetAuthenticationState(Task.FromResult(new AuthenticationState(Secretary)));
        var stale = new DefaultHttpContext { User = TestCurrentUser.Principal("admin", [Roles.Admin]) };
        var user = new CurrentUser(state, new HttpContextAccessor { HttpContext = stale });

        Assert.Equal("shuji1", user.UserName);
        Assert.True(user.IsSecretary);
        Assert.False(user.IsAdmin);
        Assert.Equal([1, 3], user.Scope.ReadableStationIds!.Order());
    }

    [Fact]
    public void In_a_circuit_a_later_sign_out_is_seen_at_once()
    {
        var state = new ServerAuthenticationStateProvider();
        state.SetAuthenticationState(Task.FromResult(new AuthenticationState(Secretary)));
        var user = new CurrentUser(state, new HttpContextAccessor());
        Assert.True(user.CanWrite(1));

        // Revalidation found the security stamp changed: the circuit's state becomes anonymous.
        state.SetAuthenticationState(Task.FromResult(new AuthenticationState(new(new System.Security.Claims.ClaimsIdentity()))));

        Assert.False(user.IsAuthenticated);
        Assert.False(user.CanWrite(1));
        Assert.Throws<ForbiddenException>(() => user.EnsureCanWrite(1));
    }

    [Fact]
    public void In_an_endpoint_without_authentication_state_the_request_user_is_the_caller()
    {
        var http = new DefaultHttpContext { User = Secretary };
        var user = new CurrentUser(new ServerAuthenticationStateProvider(), new HttpContextAccessor { HttpContext = http });

        Assert.Equal("shuji1", user.UserName);
        Assert.True(user.CanRead(3));
        Assert.False(user.CanRead(2));
    }

    [Fact]
    public void Without_circuit_or_request_the_caller_is_anonymous_and_every_check_refuses()
    {
        var user = new CurrentUser(new ServerAuthenticationStateProvider(), new HttpContextAccessor());

        Assert.False(user.IsAuthenticated);
        Assert.Equal("", user.UserName);
        Assert.False(user.CanRead(1));
        Assert.Equal("无权查看该站所", Assert.Throws<ForbiddenException>(() => user.EnsureCanRead(1)).Message);
        Assert.Throws<ForbiddenException>(user.EnsureReadsAll);
        Assert.Throws<ForbiddenException>(user.EnsureAdmin);
    }

    [Fact]
    public void Roles_give_the_organisation_and_evaluation_rights()
    {
        var secretary = TestCurrentUser.For(Secretary);
        Assert.True(secretary.CanManage(1));
        Assert.False(secretary.CanManage(2));
        Assert.False(secretary.CanApprove);
        Assert.Throws<ForbiddenException>(() => secretary.EnsureCanManage(2));
        Assert.Equal("只有考评员可以执行此操作", Assert.Throws<ForbiddenException>(secretary.EnsureEvaluator).Message);

        var leader = TestCurrentUser.For(TestCurrentUser.Principal("jiwei", [Roles.DisciplineLeader]));
        Assert.True(leader.CanApprove);
        Assert.True(leader.ReadsAllStations);
        Assert.False(leader.CanManage(1));
        leader.EnsureReadsAll();
        leader.EnsureCanViewAudit();

        var evaluator = TestCurrentUser.For(TestCurrentUser.Principal("kaoping", [Roles.Evaluator]));
        evaluator.EnsureEvaluator();
        Assert.False(evaluator.CanWrite(1));
        Assert.Equal("无权查看评价工作", Assert.Throws<ForbiddenException>(() => secretary.EnsureReadsAll()).Message);
    }

    [Fact]
    public void The_signature_shows_the_display_name_with_the_user_name()
    {
        var principal = TestCurrentUser.Principal("kaoping", [Roles.Evaluator]);
        Assert.Equal("kaoping", TestCurrentUser.For(principal).Signature);
        ((System.Security.Claims.ClaimsIdentity)principal.Identity!).AddClaim(new(AppClaimTypes.DisplayName, "考评员甲"));
        var user = TestCurrentUser.For(principal);
        Assert.Equal("考评员甲", user.DisplayName);
        Assert.Equal("考评员甲（kaoping）", user.Signature);
    }
}

/// <summary>The same registered <see cref="CurrentUser"/> in the real app: a job's scope, a circuit's scope, an endpoint.</summary>
[Collection(ReadOnlyAppGroup.Name)]
public sealed class CurrentUserAppTests(TestApp app)
{
    [Fact]
    public void A_scope_with_no_circuit_and_no_request_like_a_job_s_is_anonymous()
    {
        using var scope = app.Services.CreateScope();
        var user = scope.ServiceProvider.GetRequiredService<CurrentUser>();
        Assert.False(user.IsAuthenticated);
        Assert.False(user.CanRead(1));
    }

    [Fact]
    public async Task A_circuit_scope_resolves_the_signed_in_user_with_the_claims_of_sign_in()
    {
        using var scope = await Records.RecordTestHelpers.SignedInScopeAsync(app, "shuji1");
        var user = scope.ServiceProvider.GetRequiredService<CurrentUser>();
        Assert.Equal("shuji1", user.UserName);
        Assert.True(user.IsSecretary);
        Assert.True(user.CanWrite(1));
        Assert.False(user.CanRead(2));
    }

    [Fact]
    public async Task An_endpoint_resolves_the_request_user_for_its_station_filter()
    {
        using var secretary = await app.SignInAsync("shuji1");
        var own = await secretary.GetFromJsonAsync<List<StationRow>>("/api/stations");
        Assert.Equal([1], own!.Select(s => s.Id));
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.GetAsync("/api/stations/2")).StatusCode);

        using var leader = await app.SignInAsync("jiwei");
        Assert.Equal(14, (await leader.GetFromJsonAsync<List<StationRow>>("/api/stations"))!.Count);
    }

    private sealed record StationRow(int Id, string Name);
}
