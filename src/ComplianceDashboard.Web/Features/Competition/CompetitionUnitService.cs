namespace ComplianceDashboard.Web.Features.Competition;

/// <summary>Competition units (供电所, 营业窗口, 变电站, 客服中心) and the schemes each takes part in.</summary>
public sealed class CompetitionUnitService(IDbContextFactory<AppDbContext> factory, CurrentUser currentUser)
{
    public async Task<IReadOnlyList<UnitView>> ListAsync(CancellationToken ct = default)
    {
        currentUser.EnsureCanView();
        await using var db = await factory.CreateDbContextAsync(ct);
        var units = await currentUser.VisibleUnits(db.CompetitionUnits.AsNoTracking()).Include(u => u.Schemes).Include(u => u.Station)
            .OrderBy(u => u.Type).ThenBy(u => u.Name).ToListAsync(ct);
        return [.. units.Select(u => new UnitView(u.Id, u.Name, u.Type, u.StationId, u.Station?.Name, u.IsActive,
            [.. u.Schemes.Select(s => s.SchemeCode).Order(StringComparer.Ordinal)]))];
    }

    /// <summary>Adds a unit. A 供电所 unit must link to a station (at most one unit per station); other types must not.</summary>
    public async Task<CommandResult<int>> CreateAsync(UnitInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!currentUser.CanManageCompetition())
        {
            throw new ForbiddenException("只有考评员和管理员可以维护竞赛单位");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var result = new CommandResult<int>();
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 100)
        {
            result.Add(nameof(input.Name), "请填写单位名称（不超过100字）");
        }
        else if (await db.CompetitionUnits.AnyAsync(u => u.Name == name, ct))
        {
            result.Add(nameof(input.Name), "已有同名单位");
        }
        if (input.Type == CompetitionUnitType.PowerSupplyStation)
        {
            if (input.StationId is not { } sid || !await db.Stations.AnyAsync(s => s.Id == sid, ct))
            {
                result.Add(nameof(input.StationId), "供电所单位须关联一个供电所");
            }
            else if (await db.CompetitionUnits.AnyAsync(u => u.StationId == sid, ct))
            {
                result.Add(nameof(input.StationId), "该供电所已是竞赛单位");
            }
        }
        else if (input.StationId is not null)
        {
            result.Add(nameof(input.StationId), "只有供电所单位关联供电所");
        }
        var schemes = input.Schemes.Distinct(StringComparer.Ordinal).ToList();
        if (schemes.Count == 0)
        {
            result.Add(nameof(input.Schemes), "请至少选择一个评比方案");
        }
        else if (schemes.FirstOrDefault(s => !SchemeCatalog.EmbeddedCodes.Contains(s)) is { } unknown)
        {
            result.Add(nameof(input.Schemes), $"未知方案 {unknown}");
        }
        if (!result.Succeeded)
        {
            return result;
        }
        var unit = new CompetitionUnit
        {
            Name = name,
            Type = input.Type,
            StationId = input.StationId,
            Schemes = [.. schemes.Select(s => new CompetitionUnitScheme { SchemeCode = s })],
        };
        db.CompetitionUnits.Add(unit);
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok(unit.Id);
    }

    /// <summary>Stations not yet linked to a unit (for the 供电所 choice).</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> FreeStationsAsync(CancellationToken ct = default)
    {
        if (!currentUser.CanManageCompetition())
        {
            throw new ForbiddenException("只有考评员和管理员可以维护竞赛单位");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var linked = db.CompetitionUnits.Where(u => u.StationId != null).Select(u => u.StationId!.Value);
        return [.. (await db.Stations.AsNoTracking().Where(s => !linked.Contains(s.Id)).OrderBy(s => s.Code).Select(s => new { s.Id, s.Name }).ToListAsync(ct))
            .Select(s => (s.Id, s.Name))];
    }
}
