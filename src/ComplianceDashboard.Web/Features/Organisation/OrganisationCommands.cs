using Microsoft.EntityFrameworkCore.Storage;

namespace ComplianceDashboard.Web.Features.Organisation;

/// <summary>
/// The steps every organisation command (staffing, group, appointments, dismissals, project supervisors) takes the
/// same way: a caller the command does not allow gets its refusal as a message for the whole form and nothing is read;
/// the command validates into one <see cref="CommandResult{T}"/> with Chinese field errors (a person of the station, a
/// period that starts and does not end before it starts); a change is saved, committed and only then regraded from the
/// earliest day it touched, so a grading failure never undoes a save.
/// </summary>
internal static class OrganisationCommands
{
    /// <summary>
    /// Runs <paramref name="command"/> on a fresh context with an empty result when <paramref name="allowed"/>, else
    /// answers <paramref name="refusal"/> for the whole form.
    /// </summary>
    public static async Task<CommandResult<int>> RunAsync(this IDbContextFactory<AppDbContext> factory, bool allowed, string refusal,
        Func<AppDbContext, CommandResult<int>, Task<CommandResult<int>>> command, CancellationToken ct)
    {
        if (!allowed)
        {
            return new CommandResult<int>().Add(CommandResult.FormField, refusal);
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        return await command(db, new CommandResult<int>());
    }

    /// <summary>Adds <paramref name="message"/> on <paramref name="field"/> unless <paramref name="personId"/> is a person of the station.</summary>
    public static async Task CheckStationPersonAsync(this CommandResult result, AppDbContext db, int stationId, int? personId, string field, string message, CancellationToken ct)
    {
        if (personId is not { } id || !await db.People.AnyAsync(p => p.Id == id && p.StationId == stationId, ct))
        {
            result.Add(field, message);
        }
    }

    /// <summary>
    /// A period's two dates: the start is required (<paramref name="startMissing"/>); the end is required too when
    /// <paramref name="endMissing"/> is given, and must not lie before a given start (<paramref name="endBeforeStart"/>).
    /// </summary>
    public static void CheckPeriod(this CommandResult result, string startField, DateOnly? start, string startMissing,
        string endField, DateOnly? end, string? endMissing, string endBeforeStart)
    {
        if (start is null)
        {
            result.Add(startField, startMissing);
        }
        if (end is null)
        {
            if (endMissing is not null)
            {
                result.Add(endField, endMissing);
            }
        }
        else if (start is { } s && end < s)
        {
            result.Add(endField, endBeforeStart);
        }
    }

    /// <summary>The last day of a row that started on <paramref name="from"/>: required, and not before that start (the message names it).</summary>
    public static void CheckEndDay(this CommandResult result, string field, DateOnly? to, DateOnly from, string missing, string beforeFrom)
    {
        if (to is null)
        {
            result.Add(field, missing);
        }
        else if (to < from)
        {
            result.Add(field, $"{beforeFrom}{OrganisationNames.Date(from)}");
        }
    }

    /// <summary>
    /// The last step of ending a person's post (a service-point post or a project supervisor post) whose end day
    /// <paramref name="result"/> has already checked: the reason is required (<paramref name="reasonMissing"/>); with no
    /// errors the post ends on <paramref name="to"/> for <paramref name="reason"/>, is saved, and the station is regraded
    /// from the earlier of the new and the old end.
    /// </summary>
    public static async Task<CommandResult<int>> EndPostAsync(this GradingTrigger gradingTrigger, AppDbContext db, CommandResult<int> result, int stationId,
        PersonPostEntity post, DateOnly? to, VacancyReason? reason, string reasonMissing, CancellationToken ct)
    {
        if (reason is null)
        {
            result.Add(nameof(EndDateInput.EndReason), reasonMissing);
        }
        if (!result.Succeeded)
        {
            return result;
        }
        var changedFrom = GradingTrigger.Earliest(to!.Value, post.To);
        post.To = to;
        post.EndReason = reason;
        await gradingTrigger.SaveAndRegradeAsync(db, null, stationId, changedFrom, ct);
        return CommandResult.Ok(post.Id);
    }

    /// <summary>Saves the change, commits <paramref name="tx"/> when there is one, then regrades the station from <paramref name="changedFrom"/>.</summary>
    public static async Task SaveAndRegradeAsync(this GradingTrigger gradingTrigger, AppDbContext db, IDbContextTransaction? tx, int stationId, DateOnly changedFrom, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        if (tx is not null)
        {
            await tx.CommitAsync(ct);
        }
        await gradingTrigger.StationChangedAsync(stationId, changedFrom, ct);
    }
}
