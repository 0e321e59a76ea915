namespace ComplianceDashboard.Web.Features.Organisation;

public sealed record FacilityLine(FacilityKind Kind, int Quantity, bool Mandatory);

public sealed record ServicePointView(
    int Id, string Name, string Village, VenueType? Venue, DateOnly OpenedOn, DateOnly? ClosedOn,
    bool OffersConsultation, bool OffersQuery, bool OffersBillPayment, bool IsActive,
    IReadOnlyList<FacilityLine> Facilities, IReadOnlyList<FacilityKind> Shortfalls);

/// <summary>What the service-point form submits; <see cref="Quantities"/> is the whole 附表1 inventory.</summary>
public sealed class ServicePointInput
{
    public int? Id { get; set; }
    public string Name { get; set; } = "";
    public string Village { get; set; } = "";
    public VenueType? Venue { get; set; }
    public DateOnly? OpenedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public bool OffersConsultation { get; set; } = true;
    public bool OffersQuery { get; set; } = true;
    public bool OffersBillPayment { get; set; } = true;
    public Dictionary<FacilityKind, int> Quantities { get; set; } = [];

    public static ServicePointInput From(ServicePointView p) => new()
    {
        Id = p.Id, Name = p.Name, Village = p.Village, Venue = p.Venue, OpenedOn = p.OpenedOn, ClosedOn = p.ClosedOn,
        OffersConsultation = p.OffersConsultation, OffersQuery = p.OffersQuery, OffersBillPayment = p.OffersBillPayment,
        Quantities = p.Facilities.ToDictionary(f => f.Kind, f => f.Quantity),
    };
}

/// <summary>Service points (驻村服务站点) of a station with their 附表1 facility inventory and shortfalls (item 3).</summary>
public sealed class ServicePointService(IDbContextFactory<AppDbContext> factory, CurrentUser currentUser, GradingTrigger gradingTrigger, AppClock clock)
{
    public async Task<IReadOnlyList<ServicePointView>> ListAsync(int stationId, CancellationToken ct = default)
    {
        currentUser.EnsureCanRead(stationId);
        await using var db = await factory.CreateDbContextAsync(ct);
        var today = clock.Today;
        var points = await currentUser.Scope.Filter(db.ServicePoints, p => p.StationId).AsNoTracking()
            .Where(p => p.StationId == stationId).Include(p => p.Facilities).OrderBy(p => p.OpenedOn).ThenBy(p => p.Name).ToListAsync(ct);
        return [.. points.Select(p => ToView(p, today))];
    }

    public static ServicePointView ToView(ServicePoint p, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(p);
        var quantities = p.Facilities.ToDictionary(f => f.Kind, f => f.Quantity);
        var lines = Enum.GetValues<FacilityKind>()
            .Select(k => new FacilityLine(k, quantities.GetValueOrDefault(k), OrganisationRules.MandatoryFacilities.Contains(k)))
            .Where(l => l.Mandatory || l.Quantity > 0)
            .OrderByDescending(l => l.Mandatory).ThenBy(l => l.Kind).ToList();
        var shortfalls = OrganisationRules.MandatoryFacilities.Where(k => quantities.GetValueOrDefault(k) < 1).ToList();
        var active = p.OpenedOn <= today && (p.ClosedOn is null || p.ClosedOn >= today);
        return new ServicePointView(p.Id, p.Name, p.Village, p.Venue, p.OpenedOn, p.ClosedOn,
            p.OffersConsultation, p.OffersQuery, p.OffersBillPayment, active, lines, shortfalls);
    }

    /// <summary>Creates or updates a service point and its whole inventory in one transaction, then regrades the station.</summary>
    public async Task<CommandResult<int>> SaveAsync(int stationId, ServicePointInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!currentUser.CanManage(stationId))
        {
            return new CommandResult<int>().Add("", "只有本所党支部书记可以维护服务站点");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var result = await ValidateAsync(db, stationId, input, ct);
        if (!result.Succeeded)
        {
            return result;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        ServicePoint point;
        DateOnly? oldOpenedOn = null;
        if (input.Id is { } id)
        {
            point = await db.ServicePoints.Include(p => p.Facilities).SingleAsync(p => p.Id == id && p.StationId == stationId, ct); // ValidateAsync checked both
            oldOpenedOn = point.OpenedOn;
        }
        else
        {
            point = new ServicePoint { StationId = stationId, Name = "" };
            db.ServicePoints.Add(point);
        }
        point.Name = input.Name.Trim();
        point.Village = input.Village.Trim();
        point.Venue = input.Venue;
        point.OpenedOn = input.OpenedOn!.Value;
        point.ClosedOn = input.ClosedOn;
        point.OffersConsultation = input.OffersConsultation;
        point.OffersQuery = input.OffersQuery;
        point.OffersBillPayment = input.OffersBillPayment;
        foreach (var kind in Enum.GetValues<FacilityKind>())
        {
            var quantity = input.Quantities.GetValueOrDefault(kind);
            var line = point.Facilities.FirstOrDefault(f => f.Kind == kind);
            if (quantity <= 0 && line is not null)
            {
                point.Facilities.Remove(line);
                db.ServicePointFacilities.Remove(line);
            }
            else if (quantity > 0 && line is null)
            {
                point.Facilities.Add(new ServicePointFacility { Kind = kind, Quantity = quantity });
            }
            else if (line is not null)
            {
                line.Quantity = quantity;
            }
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        // Facilities carry no dates: a change counts for every day the point has been open.
        await gradingTrigger.StationChangedAsync(stationId, GradingTrigger.Earliest(point.OpenedOn, oldOpenedOn), ct);
        return CommandResult.Ok(point.Id);
    }

    private static async Task<CommandResult<int>> ValidateAsync(AppDbContext db, int stationId, ServicePointInput input, CancellationToken ct)
    {
        var result = new CommandResult<int>();
        var check = NameRules.Check(input.Name, NameRules.ServicePointName);
        var name = check.Value;
        if (check.Error is { } nameError)
        {
            result.Add(nameof(input.Name), nameError);
        }
        else if (await db.ServicePoints.AnyAsync(p => p.StationId == stationId && p.Name == name && p.Id != (input.Id ?? 0), ct))
        {
            result.Add(nameof(input.Name), $"本所已有名为「{name}」的服务站点");
        }
        if (NameRules.Check(input.Village, NameRules.Village, required: false).Error is { } villageError)
        {
            result.Add(nameof(input.Village), villageError);
        }
        if (input.Venue is null)
        {
            result.Add(nameof(input.Venue), "请选择场地类型（或云服务站点）");
        }
        if (input.OpenedOn is null)
        {
            result.Add(nameof(input.OpenedOn), "请填写启用日期");
        }
        else if (input.ClosedOn is { } closed && closed < input.OpenedOn)
        {
            result.Add(nameof(input.ClosedOn), "撤销日期不能早于启用日期");
        }
        foreach (var (kind, quantity) in input.Quantities.Where(q => q.Value < 0))
        {
            result.Add(nameof(input.Quantities), $"{Domain.Scoring.ChineseNames.Of(kind)}的数量不能为负数");
        }
        if (input.Id is { } id && !await db.ServicePoints.AnyAsync(p => p.Id == id && p.StationId == stationId, ct))
        {
            result.Add("", "服务站点不存在或不属于本所");
        }
        return result;
    }
}
