using ComplianceDashboard.Domain.Competition;

namespace ComplianceDashboard.Web.Features.Competition;

public sealed record UnitView(int Id, string Name, CompetitionUnitType Type, int? StationId, string? StationName, bool IsActive, IReadOnlyList<string> Schemes);

public sealed record UnitInput(string? Name, CompetitionUnitType Type, int? StationId, IReadOnlyList<string> Schemes);

public sealed record RoundInput(int Year, string? Name, DateOnly? SelfAssessmentDeadline);

public sealed record RoundSummary(int Id, string SchemeCode, int Year, string Name, CompetitionRoundStatus Status, DateOnly Deadline, int Units, int Drawn);

/// <summary>A unit in a round as the round page lists it. Totals: Σ judgement points + the fulfilment item.</summary>
public sealed record EntryRow(
    int EntryId, int UnitId, string UnitName, CompetitionUnitType Type, bool SelfSubmitted, int? DrawOrder,
    decimal? SelfTotal, decimal? EvaluatorTotal, int ScoredItems, int JudgementItems, int? Rank, bool IsFinal);

public sealed record RoundDetail(
    int Id, string SchemeCode, int Year, string Name, CompetitionRoundStatus Status, DateOnly Deadline,
    int? DrawSeed, int? DrawSize, DateTime? DrawnAt, string? DrawnBy, DateTime? FinalisedAt,
    IReadOnlyList<EntryRow> Entries, IReadOnlyList<RankedUnit> Ranking, bool CanManage, bool CanScore);

public sealed record ItemSheetRow(RubricItem Item, decimal? SelfPoints, string SelfNote, decimal? Points, string Reason, string? ScoredBy, DateTime? ScoredAt);

public sealed record OpinionView(int Id, OpinionSource Source, string Person, string Text, bool Satisfied, string RecordedBy, DateTime RecordedAt);

public sealed record HotlineView(int Id, DateOnly CheckedOn, int CallsChecked, int AnsweredWithinFourRings, string Findings, string RecordedBy);

/// <summary>A unit's sheet in a round: self-assessment and evaluator scores per item, the fulfilment item, opinions, 95598 checks.</summary>
public sealed record EntrySheet(
    int EntryId, int RoundId, string RoundName, int Year, CompetitionRoundStatus Status, DateOnly Deadline,
    int UnitId, string UnitName, CompetitionUnitType Type, int? DrawOrder,
    string SelfCheckSummary, DateTime? SelfSubmittedAt, string? SelfSubmittedBy,
    IReadOnlyList<ItemSheetRow> Items, FulfilmentResult Fulfilment, decimal FulfilmentMaxPoints,
    decimal? SelfTotal, decimal? EvaluatorTotal, int? FinalRank, decimal? FinalTotal,
    IReadOnlyList<OpinionView> Opinions, IReadOnlyList<HotlineView> HotlineChecks,
    bool CanSelfAssess, bool CanScore);

public sealed record SelfInput(string ItemCode, decimal? Points, string? Note);

public sealed record OpinionInput(OpinionSource Source, string? Person, string? Text, bool Satisfied);

public sealed record HotlineInput(DateOnly? CheckedOn, int? CallsChecked, int? AnsweredWithinFourRings, string? Findings);

/// <summary>A station's result in one competition round (station page, beside QL-2022).</summary>
public sealed record StationCompetitionResult(
    int RoundId, int EntryId, string SchemeCode, string RoundName, CompetitionRoundStatus Status, decimal? SelfTotal, decimal? EvaluatorTotal,
    int? Rank, int Ranked, bool Drawn);
