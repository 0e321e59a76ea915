using ComplianceDashboard.Domain.Supervision;

namespace ComplianceDashboard.Web.Features.Supervision;

/// <summary>
/// What one step of a finding (<see cref="FindingService"/>) or a case (<see cref="CaseService"/>) decided: its errors
/// (nothing is saved) or the action and note to append to the item's step history.
/// </summary>
internal sealed record StepOutcome(CommandResult? Failure, string Action, string Note)
{
    public static StepOutcome Fail(string field, string message) => new(CommandResult.Fail(field, message), "", "");

    public static StepOutcome Errors(IReadOnlyList<RuleError> errors) => new(AddErrors(new CommandResult(), errors), "", "");

    public static StepOutcome Step(string action, string note) => new(null, action, note);

    /// <summary>
    /// Ends a step of <paramref name="owner"/> the same way for findings and cases: a refusal is returned with nothing
    /// saved; otherwise, in one write transaction, the version moves on, who changed it and when is stamped, and
    /// <paramref name="appendStepAndSave"/> appends the step of the new version (and whatever goes with it) and saves.
    /// </summary>
    public async Task<CommandResult> SaveAsync(AppDbContext db, IStepHistoryOwner owner, AppClock clock, CurrentUser user,
        Func<CancellationToken, Task> appendStepAndSave, CancellationToken ct)
    {
        if (Failure is { } failure)
        {
            return failure;
        }
        await db.Database.InWriteTransactionAsync(async t =>
        {
            owner.Version++;
            owner.UpdatedAt = clock.UtcNow;
            owner.UpdatedBy = user.UserName;
            await appendStepAndSave(t);
        }, ct);
        return CommandResult.Ok();
    }

    /// <summary>Adds the domain rules' errors to <paramref name="result"/> as field errors.</summary>
    public static CommandResult AddErrors(CommandResult result, IEnumerable<RuleError> errors)
    {
        foreach (var e in errors)
        {
            result.Add(e.Field, e.Message);
        }
        return result;
    }
}
