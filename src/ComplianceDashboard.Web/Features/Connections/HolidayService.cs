namespace ComplianceDashboard.Web.Features.Connections;

public sealed class HolidayInput
{
    public DateTime? Date { get; set; }
    public HolidayKind Kind { get; set; }
    public string? Name { get; set; }
}

/// <summary>The holiday table (法定节假日 and 调休上班): everyone reads it, 管理员 edit it; an edit resets the cached calendar.</summary>
public sealed class HolidayService(IDbContextFactory<AppDbContext> factory, CurrentUser currentUser, HolidayCalendar calendar, Grading.GradingNotifier notifier)
{
    public async Task<IReadOnlyList<Holiday>> YearAsync(int year, CancellationToken ct = default)
    {
        currentUser.EnsureCanViewConnections();
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Holidays.AsNoTracking().Where(h => h.Date >= from && h.Date <= to).OrderBy(h => h.Date).ToListAsync(ct);
    }

    /// <summary>Adds a day or changes an existing one.</summary>
    public async Task<CommandResult> SaveAsync(HolidayInput input, CancellationToken ct = default)
    {
        EnsureAdmin();
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (input.Date is null)
        {
            errors[nameof(HolidayInput.Date)] = "请填写日期";
        }
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 50)
        {
            errors[nameof(HolidayInput.Name)] = "请填写节日名称（不超过50个字）";
        }
        if (!Enum.IsDefined(input.Kind))
        {
            errors[nameof(HolidayInput.Kind)] = "请选择放假或调休上班";
        }
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }
        var date = DateOnly.FromDateTime(input.Date!.Value);
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.Holidays.FirstOrDefaultAsync(h => h.Date == date, ct);
        if (row is null)
        {
            db.Holidays.Add(new Holiday { Date = date, Kind = input.Kind, Name = name });
        }
        else
        {
            row.Kind = input.Kind;
            row.Name = name;
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            return CommandResult.Fail(nameof(HolidayInput.Date), "该日期刚刚已被保存，请刷新后查看"); // added at the same moment, after the lookup above
        }
        calendar.Invalidate();
        notifier.Changed(Grading.ReadModels.Holidays | Grading.ReadModels.SideCards); // again after the calendar, and to the other servers
        return CommandResult.Ok();
    }

    public async Task DeleteAsync(DateOnly date, CancellationToken ct = default)
    {
        EnsureAdmin();
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Holidays.Where(h => h.Date == date).ExecuteDeleteAsync(ct);
        calendar.Invalidate();
        notifier.Changed(Grading.ReadModels.Holidays | Grading.ReadModels.SideCards); // a bulk delete (the interceptor does not see it): here after the calendar, and to the other servers
    }

    private void EnsureAdmin()
    {
        if (!currentUser.IsAdmin)
        {
            throw new ForbiddenException("只有管理员可以维护节假日表");
        }
    }
}
