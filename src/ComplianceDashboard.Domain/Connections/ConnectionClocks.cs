namespace ComplianceDashboard.Domain.Connections;

/// <summary>One stage as recorded: its dates and responsible unit (null = the application's station).</summary>
public sealed record StageFacts(ConnectionStage Stage, DateOnly? Start, DateOnly? Finish, string? Unit = null);

/// <summary>An application as recorded: what the clocks need.</summary>
public sealed record ApplicationFacts(
    long Id,
    string Number,
    int StationId,
    ConnectionClass Class,
    DateOnly Received,
    IReadOnlyList<StageFacts> Stages,
    IReadOnlyList<DateRange> Pauses);

/// <summary>Where a stage stands on the clock.</summary>
public enum StageState
{
    /// <summary>Not part of the class's process.</summary>
    NotApplicable,
    /// <summary>Not started yet (its previous stage is not finished).</summary>
    NotStarted,
    /// <summary>Running, no limit.</summary>
    Open,
    /// <summary>Running; due after the reference day.</summary>
    Running,
    /// <summary>Running; due on the reference day.</summary>
    DueToday,
    /// <summary>Running past its due date.</summary>
    Overdue,
    /// <summary>Finished, no limit.</summary>
    Finished,
    /// <summary>Finished on or before its due date.</summary>
    OnTime,
    /// <summary>Finished after its due date.</summary>
    Late,
}

/// <summary>
/// One stage on the clock as of a reference day: start (recorded, else derived), limit, due date, and the working
/// days left (running, not overdue) or overdue (late: up to the finish; overdue: up to the reference day).
/// </summary>
public sealed record StageClock(
    ConnectionStage Stage,
    DateOnly? Start,
    DateOnly? Finish,
    string? Unit,
    int? Limit,
    DateOnly? Due,
    StageState State,
    int DaysLeft,
    int DaysOverdue)
{
    public bool IsLateOrOverdue => State is StageState.Late or StageState.Overdue;

    /// <summary>
    /// The day the stage fell overdue: the first day after its due date. An overdue (or late) stage's deduction
    /// belongs to the month of this day.
    /// </summary>
    public DateOnly? OverdueSince => IsLateOrOverdue && Due is { } due ? due.AddDays(1) : null;
}

/// <summary>An application with its stage clocks as of <see cref="AsOf"/>.</summary>
public sealed record ClockedApplication(ApplicationFacts Facts, IReadOnlyList<StageClock> Stages, DateOnly AsOf)
{
    public StageClock Stage(ConnectionStage stage) => Stages[(int)stage - 1];
}

/// <summary>
/// Puts an application's stages on the clock (domain §9). A stage starts on its recorded start date, else on the
/// finish of the previous stage of the class's process (业务受理: on receipt). A stage with a limit of N working days
/// is due on the N-th counted day after its start; days inside customer-caused pauses do not count. It is on time
/// when finished on or before that day; lateness is counted in working days.
/// </summary>
public static class ConnectionClocks
{
    public static ClockedApplication Evaluate(ApplicationFacts app, WorkingDayCalendar calendar, StageLimits limits, DateOnly asOf)
    {
        var byStage = app.Stages.ToDictionary(s => s.Stage);
        var clocks = new List<StageClock>(ConnectionNames.Stages.Count);
        DateOnly? previousFinish = app.Received;
        var previousStarted = true;
        foreach (var stage in ConnectionNames.Stages)
        {
            var facts = byStage.GetValueOrDefault(stage);
            if (!stage.Applies(app.Class))
            {
                clocks.Add(new StageClock(stage, facts?.Start, facts?.Finish, facts?.Unit, null, null, StageState.NotApplicable, 0, 0));
                continue;
            }
            var start = facts?.Start ?? (previousStarted ? previousFinish : null);
            var finish = facts?.Finish;
            var limit = limits.For(stage, app.Class);
            clocks.Add(Clock(stage, start, finish, facts?.Unit, limit, app.Pauses, calendar, asOf));
            previousFinish = finish;
            previousStarted = finish is not null;
        }
        return new ClockedApplication(app, clocks, asOf);
    }

    /// <summary>The day the application's last applicable stage finished, when every applicable stage has finished; else null (still open).</summary>
    public static DateOnly? ClosedOn(ConnectionClass c, IEnumerable<StageFacts> stages)
    {
        var finishes = stages.Where(s => s.Stage.Applies(c)).ToDictionary(s => s.Stage, s => s.Finish);
        DateOnly? last = null;
        foreach (var stage in ConnectionNames.Stages.Where(s => s.Applies(c)))
        {
            if (finishes.GetValueOrDefault(stage) is not { } finish)
            {
                return null;
            }
            last = last is { } l && l > finish ? l : finish;
        }
        return last;
    }

    /// <summary>The application as it was known at the end of <paramref name="day"/>: later starts and finishes are not yet recorded.</summary>
    public static ApplicationFacts Rewind(ApplicationFacts app, DateOnly day) => app with
    {
        Stages = [.. app.Stages.Select(s => s with { Start = s.Start > day ? null : s.Start, Finish = s.Finish > day ? null : s.Finish })],
        Pauses = [.. app.Pauses.Where(p => p.From <= day)],
    };

    public static StageClock Clock(ConnectionStage stage, DateOnly? start, DateOnly? finish, string? unit, int? limit,
        IReadOnlyList<DateRange> pauses, WorkingDayCalendar calendar, DateOnly asOf)
    {
        if (start is not { } s)
        {
            return new StageClock(stage, null, finish, unit, limit, null, finish is null ? StageState.NotStarted : StageState.Finished, 0, 0);
        }
        if (limit is not { } days)
        {
            return new StageClock(stage, s, finish, unit, null, null, finish is null ? StageState.Open : StageState.Finished, 0, 0);
        }
        var due = calendar.AddWorkingDays(s, days, pauses);
        if (finish is { } f)
        {
            return f <= due
                ? new StageClock(stage, s, f, unit, days, due, StageState.OnTime, 0, 0)
                : new StageClock(stage, s, f, unit, days, due, StageState.Late, 0, Math.Max(1, calendar.WorkingDaysBetween(due, f, pauses)));
        }
        if (asOf < due)
        {
            return new StageClock(stage, s, null, unit, days, due, StageState.Running, calendar.WorkingDaysBetween(asOf, due, pauses), 0);
        }
        if (asOf == due)
        {
            return new StageClock(stage, s, null, unit, days, due, StageState.DueToday, 0, 0);
        }
        // Overdue on a day the clock does not count (a weekend, a pause) still shows at least one day overdue.
        return new StageClock(stage, s, null, unit, days, due, StageState.Overdue, 0, Math.Max(1, calendar.WorkingDaysBetween(due, asOf, pauses)));
    }
}
