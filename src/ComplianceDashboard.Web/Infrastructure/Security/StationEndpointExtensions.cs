namespace ComplianceDashboard.Web.Infrastructure.Security;

/// <summary>Station checks for minimal-API endpoints (exports, reports, attachment downloads).</summary>
public static class StationEndpointExtensions
{
    /// <summary>
    /// Refuses the request with 403 unless the route value <paramref name="routeValue"/> (default <c>stationId</c>)
    /// is a station the user may read: <c>app.MapGet("/api/stations/{stationId:int}/x", …).RequireStationRead()</c>.
    /// </summary>
    public static TBuilder RequireStationRead<TBuilder>(this TBuilder builder, string routeValue = "stationId")
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter((context, next) => Check(context, next, routeValue, (scope, id) => scope.CanRead(id)));

    /// <summary>As <see cref="RequireStationRead"/>, for a station the user may write.</summary>
    public static TBuilder RequireStationWrite<TBuilder>(this TBuilder builder, string routeValue = "stationId")
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter((context, next) => Check(context, next, routeValue, (scope, id) => scope.CanWrite(id)));

    /// <summary>For handlers that learn the station only after loading a row (e.g. an attachment): 403 or null.</summary>
    public static IResult? DenyUnlessCanRead(this StationScope scope, int stationId) =>
        scope.CanRead(stationId) ? null : TypedResults.Forbid();

    /// <summary>403 or null, for a station the user may write.</summary>
    public static IResult? DenyUnlessCanWrite(this StationScope scope, int stationId) =>
        scope.CanWrite(stationId) ? null : TypedResults.Forbid();

    private static ValueTask<object?> Check(EndpointFilterInvocationContext context, EndpointFilterDelegate next, string routeValue, Func<StationScope, int, bool> allowed)
    {
        var http = context.HttpContext;
        if (!TryStationId(http.Request.RouteValues.GetValueOrDefault(routeValue), out var id))
        {
            return ValueTask.FromResult<object?>(TypedResults.NotFound());
        }
        if (!allowed(http.RequestServices.GetRequiredService<CurrentUser>().Scope, id))
        {
            return ValueTask.FromResult<object?>(TypedResults.Forbid());
        }
        return next(context);
    }

    internal static bool TryStationId(object? value, out int id)
    {
        switch (value)
        {
            case int i:
                id = i;
                return true;
            case string s when int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed):
                id = parsed;
                return true;
            default:
                id = 0;
                return false;
        }
    }
}
