namespace ComplianceDashboard.Web.Features.Records;

/// <summary>
/// The one mapping between the form's <see cref="RecordInput"/> and an <see cref="EvidenceRecord"/>: the form, the
/// XLSX upload and the JSON import build records through it, and the edit form loads through <see cref="ToInput"/>.
/// </summary>
internal static class RecordMapper
{
    /// <summary>A new record (version 0, not yet added to a context) from validated input.</summary>
    public static EvidenceRecord ToEntity(RecordInput input)
    {
        var record = new EvidenceRecord { Title = "", StationId = input.StationId, Kind = input.Kind, Version = 0 };
        Apply(record, input);
        return record;
    }

    /// <summary>
    /// The form's input for a record (with its attendance and problems loaded), at its current version. The day the
    /// problem a reminder answers was corrected lives on that problem: the caller loads it when it needs it.
    /// </summary>
    public static RecordInput ToInput(EvidenceRecord r) => new()
    {
        StationId = r.StationId, Kind = r.Kind, EventDate = r.EventDate, ForPeriod = r.ForPeriod, ServicePointId = r.ServicePointId, PersonId = r.PersonId,
        Title = r.Title, Content = r.Content, PresentMemberIds = [.. r.PresentMembers.Select(m => m.PersonId)], MajorDecisionCount = r.MajorDecisionCount,
        Attendees = r.Attendees, OutageType = r.OutageType, OutageStart = r.OutageStart, PublishedAt = r.PublishedAt,
        EmergingProblems = [.. r.EmergingProblems.OrderBy(p => p.Id).Select(p => new ProblemInput { Id = p.Id, Description = p.Description, CorrectedOn = p.CorrectedOn })],
        AnswersProblemId = r.AnswersProblemId, Attributable = r.Attributable, RecognisedByVillagers = r.RecognisedByVillagers,
        RecognisedByLeadership = r.RecognisedByLeadership, HasClearResults = r.HasClearResults, PromotedCompanyWide = r.PromotedCompanyWide,
        HandedOverById = r.HandedOverById, Acknowledged = r.Acknowledged, EvaluationResult = r.EvaluationResult,
        ExpectedVersion = r.Version,
    };

    /// <summary>Copies validated input onto a tracked record and its child rows (attendance and problems are diffed, not replaced).</summary>
    public static void Apply(EvidenceRecord r, RecordInput input)
    {
        r.EventDate = input.EventDate!.Value;
        r.ForPeriod = input.ForPeriod;
        r.ServicePointId = input.ServicePointId;
        r.PersonId = input.PersonId;
        r.Title = input.Title;
        r.Content = input.Content;
        r.MajorDecisionCount = input.MajorDecisionCount;
        r.Attendees = input.Attendees;
        r.OutageType = input.OutageType;
        r.OutageStart = input.OutageStart;
        r.PublishedAt = input.PublishedAt;
        r.AnswersProblemId = input.AnswersProblemId;
        r.Attributable = input.Attributable;
        r.RecognisedByVillagers = input.RecognisedByVillagers;
        r.RecognisedByLeadership = input.RecognisedByLeadership;
        r.HasClearResults = input.HasClearResults ?? false;
        r.PromotedCompanyWide = input.PromotedCompanyWide ?? false;
        r.HandedOverById = input.HandedOverById;
        r.Acknowledged = input.Acknowledged ?? true;
        r.EvaluationResult = input.EvaluationResult;

        var wanted = input.PresentMemberIds.ToHashSet();
        r.PresentMembers.RemoveAll(m => !wanted.Contains(m.PersonId));
        foreach (var id in wanted.Where(id => r.PresentMembers.TrueForAll(m => m.PersonId != id)))
        {
            r.PresentMembers.Add(new MeetingAttendance { PersonId = id });
        }

        var kept = input.EmergingProblems.Where(p => p.Id is not null).ToDictionary(p => p.Id!.Value);
        r.EmergingProblems.RemoveAll(p => !kept.ContainsKey(p.Id));
        foreach (var p in r.EmergingProblems)
        {
            p.Description = kept[p.Id].Description;
            p.CorrectedOn = kept[p.Id].CorrectedOn;
        }
        foreach (var p in input.EmergingProblems.Where(p => p.Id is null || r.EmergingProblems.TrueForAll(e => e.Id != p.Id)))
        {
            r.EmergingProblems.Add(new EmergingProblem { Description = p.Description, CorrectedOn = p.CorrectedOn });
        }
    }

    /// <summary>A reminder records when the problem it answers was corrected (整改完成).</summary>
    public static async Task ApplyReminderAsync(AppDbContext db, RecordInput input, CancellationToken ct)
    {
        if (input.AnswersProblemId is not { } id)
        {
            return;
        }
        var problem = await db.EmergingProblems.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (problem is not null && problem.CorrectedOn != input.ProblemCorrectedOn)
        {
            problem.CorrectedOn = input.ProblemCorrectedOn;
        }
    }
}
