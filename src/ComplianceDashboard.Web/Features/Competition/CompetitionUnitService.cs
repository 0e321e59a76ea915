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
        var (name, schemes) = await CheckNameAndSchemesAsync(db, input, null, result, ct);
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

    /// <summary>
    /// Renames a unit, changes its schemes and whether it takes part in new rounds (停用 keeps its past rounds and
    /// figures). Its type and station stay: results already recorded belong to them.
    /// </summary>
    public async Task<CommandResult> UpdateAsync(int unitId, UnitInput input, bool isActive, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!currentUser.CanManageCompetition())
        {
            throw new ForbiddenException("只有考评员和管理员可以维护竞赛单位");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var unit = await db.CompetitionUnits.Include(u => u.Schemes).FirstOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null)
        {
            return CommandResult.Fail(CommandResult.FormField, "没有该竞赛单位");
        }
        var result = new CommandResult();
        var (name, schemes) = await CheckNameAndSchemesAsync(db, input, unitId, result, ct);
        if (!result.Succeeded)
        {
            return result;
        }
        unit.Name = name;
        unit.IsActive = isActive;
        unit.Schemes.RemoveAll(s => !schemes.Contains(s.SchemeCode));
        unit.Schemes.AddRange(schemes.Where(code => unit.Schemes.All(s => s.SchemeCode != code)).Select(code => new CompetitionUnitScheme { SchemeCode = code }));
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok();
    }

    /// <summary>The rules a unit's name and schemes follow, on create and on edit (<paramref name="unitId"/>: the unit edited).</summary>
    private static async Task<(string Name, List<string> Schemes)> CheckNameAndSchemesAsync(AppDbContext db, UnitInput input, int? unitId, CommandResult result, CancellationToken ct)
    {
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 100)
        {
            result.Add(nameof(input.Name), "请填写单位名称（不超过100字）");
        }
        else if (await db.CompetitionUnits.AnyAsync(u => u.Name == name && u.Id != unitId, ct))
        {
            result.Add(nameof(input.Name), "已有同名单位");
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
        return (name, schemes);
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
