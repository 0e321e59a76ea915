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

    /// <summary>What a step taken from a version that has moved on meanwhile gets back (a double click, a second handler).</summary>
    public const string Stale = "该件刚刚已被更新，请刷新后查看当前状态";

    /// <summary>
    /// Ends a step of <paramref name="owner"/> the same way for findings and cases: a refusal is returned with nothing
    /// saved; otherwise, in one write transaction, the version moves on, who changed it and when is stamped, and
    /// <paramref name="appendStepAndSave"/> appends the step of the new version (and whatever goes with it) and saves.
    /// The stored version moves from the one read to the next only if it is still the one read (an UPDATE … WHERE
    /// Version = read): the rules were checked against what was read, so of two steps taken from the same state only the
    /// first is saved and the other is a conflict (<see cref="Stale"/>).
    /// </summary>
    public async Task<CommandResult> SaveAsync<TOwner>(AppDbContext db, TOwner owner, AppClock clock, CurrentUser user,
        Func<CancellationToken, Task> appendStepAndSave, CancellationToken ct)
        where TOwner : class, IStepHistoryOwner
    {
        if (Failure is { } failure)
        {
            return failure;
        }
        var (id, read) = (owner.Id, owner.Version);
        var saved = await db.Database.InWriteTransactionAsync(async t =>
        {
            var moved = await db.Set<TOwner>().Where(x => x.Id == id && x.Version == read)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, read + 1), t);
            if (moved == 0)
            {
                return false;
            }
            owner.Version = read + 1;
            owner.UpdatedAt = clock.UtcNow;
            owner.UpdatedBy = user.UserName;
            await appendStepAndSave(t);
            return true;
        }, ct);
        return saved ? CommandResult.Ok() : CommandResult.Conflict(Stale);
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
