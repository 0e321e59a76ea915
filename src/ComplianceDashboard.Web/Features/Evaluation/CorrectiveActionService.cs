namespace ComplianceDashboard.Web.Features.Evaluation;

public sealed record CorrectiveActionInput(long? Id, string Description, CorrectiveActionType Type, string Owner, DateOnly? Deadline,
    CorrectiveActionStatus Status, DateOnly? ClosedOn, string VerificationNote);

/// <summary>§7.3 follow-up: corrective and preventive actions tracked to closure, and their annual re-verification.</summary>
public sealed class CorrectiveActionService(IDbContextFactory<AppDbContext> factory, CurrentUser currentUser, AppClock clock)
{
    public DateOnly Today => clock.Today;

    public async Task<IReadOnlyList<CorrectiveAction>> ListAsync(long roundId, int stationId, CancellationToken ct = default)
    {
        currentUser.EnsureReadsAll();
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.CorrectiveActions.AsNoTracking().Where(a => a.RoundId == roundId && a.StationId == stationId)
            .OrderBy(a => a.Deadline).ThenBy(a => a.Id).ToListAsync(ct);
    }

    /// <summary>Creates (Id null) or updates an action; field errors: Description, Owner, Deadline, ClosedOn.</summary>
    public async Task<CommandResult<long>> SaveAsync(long roundId, int stationId, CorrectiveActionInput input, CancellationToken ct = default)
    {
        currentUser.EnsureEvaluator();
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(input.Description))
        {
            errors["Description"] = "请填写措施内容";
        }
        else if (input.Description.Length > 1000)
        {
            errors["Description"] = "措施内容不能超过1000字";
        }
        if (NameRules.Check(input.Owner, NameRules.Owner).Error is { } ownerError)
        {
            errors["Owner"] = ownerError;
        }
        if (input.Deadline is null)
        {
            errors["Deadline"] = "请填写完成期限";
        }
        if (input.Status == CorrectiveActionStatus.Done && input.ClosedOn is null)
        {
            errors["ClosedOn"] = "已完成的措施须填写完成日期";
        }
        else if (input.ClosedOn > clock.Today)
        {
            errors["ClosedOn"] = "完成日期不能晚于今天";
        }
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors).As<long>();
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await EvidenceReviewService.RoundYearAsync(db, roundId, stationId, ct) is null)
        {
            return CommandResult.Conflict(EvidenceReviewService.NotInRound).As<long>();
        }
        CorrectiveAction row;
        if (input.Id is { } id)
        {
            if (await db.CorrectiveActions.FirstOrDefaultAsync(a => a.Id == id && a.RoundId == roundId && a.StationId == stationId, ct) is not { } existing)
            {
                return CommandResult.Conflict("措施不存在").As<long>();
            }
            row = existing;
        }
        else
        {
            row = new CorrectiveAction { RoundId = roundId, StationId = stationId, Description = "", Owner = "" };
            db.CorrectiveActions.Add(row);
        }
        row.Description = input.Description.Trim();
        row.Type = input.Type;
        row.Owner = input.Owner.Trim();
        row.Deadline = input.Deadline!.Value;
        row.Status = input.Status;
        row.ClosedOn = input.Status == CorrectiveActionStatus.Done ? input.ClosedOn : null;
        row.VerificationNote = (input.VerificationNote ?? "").Trim();
        row.UpdatedAt = clock.UtcNow;
        row.UpdatedBy = currentUser.UserName;
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok(row.Id);
    }

    /// <summary>年度复核: whether the action was really done, with the date and a note.</summary>
    public async Task<CommandResult> VerifyAsync(long actionId, bool verified, DateOnly? on, string? note, CancellationToken ct = default)
    {
        currentUser.EnsureEvaluator();
        if (on is null)
        {
            return CommandResult.Fail("VerifiedOn", "请填写复核日期");
        }
        if (on > clock.Today)
        {
            return CommandResult.Fail("VerifiedOn", "复核日期不能晚于今天");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.CorrectiveActions.FirstOrDefaultAsync(a => a.Id == actionId, ct) is not { } row)
        {
            return CommandResult.Conflict("措施不存在");
        }
        row.Verified = verified;
        row.VerifiedOn = on;
        row.VerifiedNote = (note ?? "").Trim();
        row.UpdatedAt = clock.UtcNow;
        row.UpdatedBy = currentUser.UserName;
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok();
    }
}
