using ComplianceDashboard.Domain.Connections;

namespace ComplianceDashboard.Web.Features.Connections;

/// <summary>Input of the minutes of a 周业扩协调会.</summary>
public sealed class MeetingInput
{
    public DateTime? Date { get; set; }
    public string? Chair { get; set; }
    public string? Attendees { get; set; }
    public string? Minutes { get; set; }
    /// <summary>One item per line: "申请编号 协调事项".</summary>
    public string? Items { get; set; }
}

public sealed record MeetingView(long Id, DateOnly Date, string Chair, string Attendees, string Minutes, IReadOnlyList<(long ApplicationId, string Number, string Text)> Items);

/// <summary>
/// 周业扩协调会 (domain §9): minutes with chair, attendees and the applications coordinated; every Friday that is a
/// working day owes minutes (a meeting of the same week counts), a Friday without them is a missed duty. The county's
/// meeting: every viewer reads it (items of other stations' applications are shown by number only to those who read them);
/// county staff record it.
/// </summary>
public sealed class MeetingService(IDbContextFactory<AppDbContext> factory, CurrentUser currentUser, AppClock clock, ConnectionClockSource clocks)
{
    public async Task<(IReadOnlyList<FridayDuty> Fridays, IReadOnlyList<MeetingView> Meetings)> YearAsync(int year, CancellationToken ct = default)
    {
        currentUser.EnsureCanViewConnections();
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        await using var db = await factory.CreateDbContextAsync(ct);
        var meetings = await db.CoordinationMeetings.AsNoTracking().Include(m => m.Items).ThenInclude(i => i.Application)
            .Where(m => m.Date >= from.AddDays(-7) && m.Date <= to).OrderBy(m => m.Date).AsSplitQuery().ToListAsync(ct);
        var calendar = await clocks.CalendarAsync(ct);
        var fridays = ConnectionDuties.Fridays(from, to, meetings.Select(m => (m.Id, m.Date)), calendar, clock.Today);
        var views = meetings.Where(m => m.Date.Year == year).Select(m => new MeetingView(m.Id, m.Date, m.Chair, m.Attendees, m.Minutes,
            [.. m.Items.Where(i => i.Application is not null && currentUser.CanRead(i.Application.StationId)).Select(i => (i.ApplicationId, i.Application!.Number, i.Text))]))
            .OrderByDescending(m => m.Date).ToList();
        return (fridays, views);
    }

    public async Task<CommandResult> AddAsync(MeetingInput input, CancellationToken ct = default)
    {
        currentUser.EnsureCountyConnectionsStaff();
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        DateOnly? day = input.Date is { } date ? DateOnly.FromDateTime(date) : null;
        if (day is null)
        {
            errors[nameof(MeetingInput.Date)] = "请填写会议日期";
        }
        else if (day > clock.Today)
        {
            errors[nameof(MeetingInput.Date)] = "会议日期不能晚于今天";
        }
        if (string.IsNullOrWhiteSpace(input.Chair))
        {
            errors[nameof(MeetingInput.Chair)] = "请填写主持人";
        }
        if (string.IsNullOrWhiteSpace(input.Attendees))
        {
            errors[nameof(MeetingInput.Attendees)] = "请填写参会人员";
        }
        if (string.IsNullOrWhiteSpace(input.Minutes))
        {
            errors[nameof(MeetingInput.Minutes)] = "请填写会议纪要";
        }
        else if (input.Minutes.Length > 4000)
        {
            errors[nameof(MeetingInput.Minutes)] = "会议纪要不能超过4000个字";
        }
        if ((input.Chair?.Length ?? 0) > 50 || (input.Attendees?.Length ?? 0) > 500)
        {
            errors[nameof(MeetingInput.Attendees)] = "主持人不能超过50个字，参会人员不能超过500个字";
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var items = new List<CoordinationItem>();
        var lines = (input.Items ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ', 2) is [var number, var text] ? (Number: number, Text: text.Trim()) : (Number: line, Text: ""))
            .ToList();
        // The items' applications in one query, not one per line.
        var numbers = lines.Select(l => l.Number).Distinct(StringComparer.Ordinal).ToList();
        var ids = await db.ConnectionApplications.Where(a => numbers.Contains(a.Number)).Select(a => new { a.Number, a.Id })
            .ToDictionaryAsync(a => a.Number, a => a.Id, StringComparer.Ordinal, ct);
        foreach (var (number, text) in lines)
        {
            if (!ids.TryGetValue(number, out var id))
            {
                errors[nameof(MeetingInput.Items)] = $"找不到申请编号“{number}”（每行：申请编号 协调事项）";
                break;
            }
            if (text.Length == 0 || text.Length > 1000)
            {
                errors[nameof(MeetingInput.Items)] = $"请填写“{number}”的协调事项（不超过1000个字）";
                break;
            }
            items.Add(new CoordinationItem { ApplicationId = id, Text = text });
        }
        if (!errors.ContainsKey(nameof(MeetingInput.Date)) && await db.CoordinationMeetings.AnyAsync(m => m.Date == day, ct))
        {
            errors[nameof(MeetingInput.Date)] = "该日的协调会已登记";
        }
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }
        db.CoordinationMeetings.Add(new CoordinationMeeting
        {
            Date = day!.Value, Chair = input.Chair!.Trim(), Attendees = input.Attendees!.Trim(), Minutes = input.Minutes!.Trim(),
            RecordedBy = currentUser.UserName, Items = items,
        });
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok();
    }
}
