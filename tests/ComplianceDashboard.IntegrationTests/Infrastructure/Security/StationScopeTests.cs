using System.Security.Claims;
using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ComplianceDashboard.IntegrationTests.Infrastructure.Security;

/// <summary>StationScope from claims, and its query filters translated by EF Core over in-memory SQLite.</summary>
public sealed class StationScopeTests : IDisposable
{
    private readonly SqliteConnection _connection = new("DataSource=:memory:");
    private readonly AppDbContext _db;

    public StationScopeTests()
    {
        _connection.Open();
        _db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(_connection).Options);
        _db.Database.EnsureCreated();
        for (var id = 1; id <= 4; id++)
        {
            _db.Stations.Add(new Station { Id = id, Code = $"S{id}", Name = $"站所{id}", Township = "镇" });
            _db.ServicePoints.Add(new ServicePoint { Id = id * 10, StationId = id, Name = $"站点{id}" });
        }
        _db.SaveChanges();
    }

    [Fact]
    public void Secretary_reads_and_writes_only_their_stations()
    {
        var scope = StationScope.For(User([Roles.Secretary], 1, 3));
        Assert.False(scope.ReadsAllStations);
        Assert.Equal([1, 3], scope.ReadableStationIds!.Order());
        Assert.True(scope.CanRead(1));
        Assert.True(scope.CanWrite(3));
        Assert.False(scope.CanRead(2));
        Assert.False(scope.CanWrite(2));
    }

    [Fact]
    public void Supervisor_and_customer_manager_write_their_own_station()
    {
        Assert.True(StationScope.For(User([Roles.Supervisor], 2)).CanWrite(2));
        Assert.True(StationScope.For(User([Roles.CustomerManager], 2)).CanWrite(2));
        Assert.False(StationScope.For(User([Roles.CustomerManager], 2)).CanRead(1));
    }

    [Theory]
    [InlineData(Roles.DisciplineLeader)]
    [InlineData(Roles.Evaluator)]
    [InlineData(Roles.Admin)]
    public void County_roles_read_every_station_and_write_none(string role)
    {
        var scope = StationScope.For(User([role]));
        Assert.True(scope.ReadsAllStations);
        Assert.Null(scope.ReadableStationIds);
        Assert.True(scope.CanRead(4));
        Assert.False(scope.CanWrite(1));
    }

    [Fact]
    public void Anonymous_or_unknown_users_read_nothing()
    {
        Assert.False(StationScope.For(new ClaimsPrincipal(new ClaimsIdentity())).CanRead(1));
        Assert.False(StationScope.For(null).CanRead(1));
        Assert.False(StationScope.For(User([], 1)).CanWrite(1));
    }

    [Fact]
    public void Only_discipline_leader_and_administrator_view_the_audit()
    {
        Assert.True(StationScope.For(User([Roles.DisciplineLeader])).CanViewAudit);
        Assert.True(StationScope.For(User([Roles.Admin])).CanViewAudit);
        Assert.False(StationScope.For(User([Roles.Evaluator])).CanViewAudit);
        Assert.False(StationScope.For(User([Roles.Secretary], 1)).CanViewAudit);
    }

    [Fact]
    public async Task Station_filter_returns_only_readable_stations_in_SQL()
    {
        var names = await StationScope.For(User([Roles.Secretary], 2, 4)).Filter(_db.Stations).OrderBy(s => s.Id).Select(s => s.Name).ToListAsync();
        Assert.Equal(["站所2", "站所4"], names);
        Assert.Equal(4, await StationScope.For(User([Roles.Evaluator])).Filter(_db.Stations).CountAsync());
        Assert.Empty(await StationScope.Empty.Filter(_db.Stations).ToListAsync());
    }

    [Fact]
    public async Task Filter_by_a_station_id_column_works_for_any_entity()
    {
        var scope = StationScope.For(User([Roles.Supervisor], 3));
        var points = await scope.Filter(_db.ServicePoints, p => p.StationId).Select(p => p.Name).ToListAsync();
        Assert.Equal(["站点3"], points);
        Assert.Contains("IN", scope.Filter(_db.ServicePoints, p => p.StationId).ToQueryString(), StringComparison.OrdinalIgnoreCase);
    }

    private static ClaimsPrincipal User(string[] roles, params int[] stations)
    {
        var claims = roles.Select(r => new Claim(ClaimTypes.Role, r))
            .Concat(stations.Select(s => new Claim(AppClaimTypes.Station, s.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            .Append(new Claim(ClaimTypes.Name, "someone"));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    public void Dispose()
    {
        _db.Dispose();
        _connection.Dispose();
    }
}
