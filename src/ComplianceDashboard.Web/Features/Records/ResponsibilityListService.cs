namespace ComplianceDashboard.Web.Features.Records;

public sealed record ResponsibilityListRow(int Id, int StationId, string Station, PostRole Role, string RoleName, DateOnly IssuedOn, string Title);

public sealed class ResponsibilityListInput
{
    public int StationId { get; set; }
    public PostRole Role { get; set; } = PostRole.CustomerManager;
    public DateOnly? IssuedOn { get; set; }
    public string Title { get; set; } = "";
}

/// <summary>工作责任清单 (item 8): list for readers, add/remove for writers of the station; the station is regraded after a change.</summary>
public sealed class ResponsibilityListService(IDbContextFactory<AppDbContext> factory, CurrentUser currentUser, GradingTrigger gradingTrigger, AppClock clock)
{
    public async Task<IReadOnlyList<ResponsibilityListRow>> ListAsync(int? stationId, CancellationToken ct = default)
    {
        var scope = currentUser.Scope;
        await using var db = await factory.CreateDbContextAsync(ct);
        var q = scope.Filter(db.ResponsibilityLists.AsNoTracking(), l => l.StationId);
        if (stationId is { } sid)
        {
            q = q.Where(l => l.StationId == sid);
        }
        var rows = await q.OrderByDescending(l => l.IssuedOn).Select(l => new { l.Id, l.StationId, Station = db.Stations.Where(s => s.Id == l.StationId).Select(s => s.Name).First(), l.Role, l.IssuedOn, l.Title }).ToListAsync(ct);
        return [.. rows.Select(l => new ResponsibilityListRow(l.Id, l.StationId, l.Station, l.Role, RoleName(l.Role), l.IssuedOn, l.Title))];
    }

    public static string RoleName(PostRole role) => role == PostRole.CustomerManager ? "驻村客户经理" : "站点廉政监督员";

    public async Task<RecordResult> CreateAsync(ResponsibilityListInput input, CancellationToken ct = default)
    {
        currentUser.EnsureCanWrite(input.StationId);
        var result = new RecordResult();
        var title = NameRules.Check(input.Title, NameRules.ResponsibilityListTitle);
        input.Title = title.Value;
        if (title.Error is { } titleError)
        {
            result.Add(nameof(input.Title), titleError);
        }
        if (input.IssuedOn is not { } issued)
        {
            result.Add(nameof(input.IssuedOn), "请填写印发日期");
            return result;
        }
        if (issued > clock.Today)
        {
            result.Add(nameof(input.IssuedOn), "日期不能晚于今天");
        }
        if (!result.Succeeded)
        {
            return result;
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        // The same list entered twice (a second tab, a retry after a slow answer) would count twice in the evidence.
        if (await db.ResponsibilityLists.AnyAsync(l => l.StationId == input.StationId && l.Role == input.Role && l.IssuedOn == issued && l.Title == input.Title, ct))
        {
            return result.Add(nameof(input.Title), "该站所已登记同一日期印发的同名清单");
        }
        var list = new ResponsibilityList { StationId = input.StationId, Role = input.Role, IssuedOn = issued, Title = input.Title };
        db.ResponsibilityLists.Add(list);
        await db.SaveChangesAsync(ct);
        result.RecordId = list.Id;
        await gradingTrigger.StationChangedAsync(input.StationId, issued, ct);
        return result;
    }

    public async Task DeleteAsync(int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var list = await db.ResponsibilityLists.FirstOrDefaultAsync(l => l.Id == id, ct);
        if (list is null)
        {
            return;
        }
        currentUser.EnsureCanWrite(list.StationId);
        db.ResponsibilityLists.Remove(list);
        await db.SaveChangesAsync(ct);
        await gradingTrigger.StationChangedAsync(list.StationId, list.IssuedOn, ct);
    }
}
