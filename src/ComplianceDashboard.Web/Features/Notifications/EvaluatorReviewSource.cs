namespace ComplianceDashboard.Web.Features.Notifications;

/// <summary>An evaluator's open reviews: each running evaluation round they are on with evidence still unreviewed, due at the round's end.</summary>
public sealed class EvaluatorReviewSource(IDbContextFactory<AppDbContext> dbFactory) : IPersonalDutySource
{
    public async Task<IReadOnlyList<PersonalDuty>> DutiesAsync(DutyRecipient person, DateOnly today, DateOnly horizon, CancellationToken ct)
    {
        if (!person.IsInRole(Roles.Evaluator))
        {
            return [];
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rounds = await db.EvaluationRounds.AsNoTracking()
            .Where(r => r.Status == EvaluationRoundStatus.InProgress && r.EndsOn <= horizon && r.Team.Any(t => t.UserName == person.UserName))
            .Select(r => new
            {
                r.Id,
                r.Name,
                r.EndsOn,
                Open = db.Records.Count(e => e.EventDate.Year == r.Year && e.Review == ReviewStatus.Unreviewed
                    && db.EvaluationRoundStations.Any(s => s.RoundId == r.Id && s.StationId == e.StationId)),
            }).ToListAsync(ct);
        return [.. rounds.Where(r => r.Open > 0).Select(r => new PersonalDuty($"round{r.Id}:review", null, "", $"{r.Name}：{r.Open}条证据待审核",
            "评价工作", r.EndsOn, $"evaluation/{r.Id}", "review"))];
    }
}
