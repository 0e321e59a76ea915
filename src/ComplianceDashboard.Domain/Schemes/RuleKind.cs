namespace ComplianceDashboard.Domain.Schemes;

/// <summary>
/// How an item's points are lost or earned: all or nothing, per missed period, per event, or as a bonus (QL-2022,
/// computed from records); entered by an evaluator (<see cref="Judgement"/>, 0…max in steps of 0.5 with a reason);
/// or computed from the scheme's 服务承诺兑现表 (<see cref="Fulfilment"/>, MD-2006).
/// </summary>
public enum RuleKind { All, PerMiss, PerEvent, Bonus, Judgement, Fulfilment }
