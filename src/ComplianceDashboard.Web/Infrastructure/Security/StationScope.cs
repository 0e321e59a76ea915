using System.Linq.Expressions;
using System.Security.Claims;

namespace ComplianceDashboard.Web.Infrastructure.Security;

/// <summary>
/// Which stations one signed-in user may read and write, built from the claims written at sign-in (roles and
/// <see cref="AppClaimTypes.Station"/>), so a check costs no database round trip. Every page, endpoint, export and
/// download asks this, and every query filters through <see cref="Filter(IQueryable{Station})"/> or
/// <see cref="Filter{T}(IQueryable{T}, Expression{Func{T, int}})"/> — the menu hides things only as a courtesy.
/// </summary>
public sealed class StationScope
{
    private static readonly IReadOnlySet<int> None = new HashSet<int>();

    private readonly HashSet<int> _own;

    private StationScope(bool readsAll, HashSet<int> own, bool writesOwn, bool isEvaluator, bool isAdmin, bool viewsAudit)
    {
        ReadsAllStations = readsAll;
        _own = own;
        WritableStationIds = writesOwn ? own : None;
        IsEvaluator = isEvaluator;
        IsAdmin = isAdmin;
        CanViewAudit = viewsAudit;
    }

    /// <summary>Nobody: an anonymous user reads and writes nothing.</summary>
    public static StationScope Empty { get; } = new(false, [], false, false, false, false);

    /// <summary>Background jobs and the system itself: reads everything, writes nothing on behalf of a person.</summary>
    public static StationScope System { get; } = new(true, [], false, false, false, false);

    /// <summary>
    /// A read-only scope over the given stations among those this scope reads (a report for a chosen set of stations):
    /// it writes nothing and never reads a station this scope cannot.
    /// </summary>
    public StationScope Narrowed(IEnumerable<int> stationIds)
    {
        ArgumentNullException.ThrowIfNull(stationIds);
        return new StationScope(false, [.. stationIds.Where(CanRead)], false, false, false, false);
    }

    /// <summary>The scope of <paramref name="user"/> (an authenticated principal from sign-in; anything else is <see cref="Empty"/>).</summary>
    public static StationScope For(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return Empty;
        }
        var own = new HashSet<int>();
        foreach (var claim in user.FindAll(AppClaimTypes.Station))
        {
            if (int.TryParse(claim.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                own.Add(id);
            }
        }
        return new StationScope(
            readsAll: Roles.AllStationReaders.Any(user.IsInRole),
            own,
            writesOwn: Roles.StationWriters.Any(user.IsInRole),
            isEvaluator: user.IsInRole(Roles.Evaluator),
            isAdmin: user.IsInRole(Roles.Admin),
            viewsAudit: user.IsInRole(Roles.DisciplineLeader) || user.IsInRole(Roles.Admin));
    }

    /// <summary>纪委领导, 考评员 and 管理员 read every station.</summary>
    public bool ReadsAllStations { get; }

    /// <summary>The stations the user may read, or <c>null</c> when they may read all of them.</summary>
    public IReadOnlySet<int>? ReadableStationIds => ReadsAllStations ? null : _own;

    /// <summary>The stations whose records the user may create and change (支部书记, 廉政监督员, 客户经理: their own).</summary>
    public IReadOnlySet<int> WritableStationIds { get; }

    /// <summary>考评员: confirm evidence, finalise grades.</summary>
    public bool IsEvaluator { get; }

    public bool IsAdmin { get; }

    public bool CanViewAudit { get; }

    public bool CanRead(int stationId) => ReadsAllStations || _own.Contains(stationId);

    public bool CanWrite(int stationId) => WritableStationIds.Contains(stationId);

    /// <summary>Stations the user may read, as a query (translated to SQL: <c>WHERE Id IN (…)</c>).</summary>
    public IQueryable<Station> Filter(IQueryable<Station> stations) => Filter(stations, s => s.Id);

    /// <summary>Rows of readable stations: <c>scope.Filter(db.Records, r =&gt; r.StationId)</c>.</summary>
    public IQueryable<T> Filter<T>(IQueryable<T> query, Expression<Func<T, int>> stationId)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(stationId);
        if (ReadsAllStations)
        {
            return query;
        }
        var ids = _own.ToArray();
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], Expression.Constant(ids), stationId.Body);
        return query.Where(Expression.Lambda<Func<T, bool>>(contains, stationId.Parameters));
    }
}
