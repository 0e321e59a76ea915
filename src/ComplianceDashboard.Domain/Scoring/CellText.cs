using ComplianceDashboard.Domain.Scoring.Checks;

namespace ComplianceDashboard.Domain.Scoring;

/// <summary>Chinese wording for calendar cells: "3月、7月缺少监督小组会议纪要", "全部12个月、4个季度按时完成".</summary>
internal static class CellText
{
    public static string Describe(CheckContext context, ObligationPeriod cell)
    {
        var o = context.Scheme.GetObligation(cell.ObligationId);
        var what = cell.Status == ObligationStatus.Late ? $"{o.Evidence}逾期补录" : $"缺少{o.Evidence}";
        return $"{Subject(context, cell)}{cell.Period.Label}{what}";
    }

    /// <summary>Missing/late cells grouped per obligation, subject and status.</summary>
    public static string Group(CheckContext context, IEnumerable<ObligationPeriod> cells) =>
        string.Join("；", cells
            .Where(c => c.Status is ObligationStatus.Missing or ObligationStatus.Late)
            .GroupBy(c => (c.ObligationId, c.SubjectId, c.Status))
            .Select(g =>
            {
                var first = g.First();
                var o = context.Scheme.GetObligation(first.ObligationId);
                var labels = string.Join("、", g.Select(c => c.Period.Label));
                var what = first.Status == ObligationStatus.Late ? $"{o.Evidence}逾期补录" : $"缺少{o.Evidence}";
                return $"{Subject(context, first)}{labels}{what}";
            }));

    /// <summary>
    /// Summary of cells with nothing missing or late. Each period kind is counted and named on its own, so an item
    /// with monthly and quarterly duties (12a) reads "全部12个月、4个季度按时完成", never "16个月"; per-point and
    /// per-supervisor duties say how many subjects: "全部2个站点共24个月按时完成".
    /// </summary>
    public static string AllOnTime(List<ObligationPeriod> cells)
    {
        var owed = cells.Where(c => c.Status != ObligationStatus.NotApplicable).ToList();
        if (owed.Count == 0)
            return "本年无应履行的事项";
        var due = Counted(owed, ObligationStatus.OnTime);
        var pending = Counted(owed, ObligationStatus.Pending);
        if (due.Length == 0)
            return $"尚无到期事项（{pending}未到期）";
        return pending.Length == 0 ? $"全部{due}按时完成" : $"已到期的{due}均按时完成，另有{pending}未到期";
    }

    /// <summary>"12个月、4个季度" (per subject scope: "2个站点共24个月"); empty when no cell has the status.</summary>
    private static string Counted(List<ObligationPeriod> owed, ObligationStatus status) =>
        string.Join("；", owed.GroupBy(c => c.Scope).Select(scope =>
        {
            var kinds = string.Join("、", scope.GroupBy(c => c.Period.Kind)
                .Select(k => (Kind: k.Key, Count: k.Count(c => c.Status == status)))
                .Where(k => k.Count > 0)
                .Select(k => $"{k.Count}{Unit(k.Kind)}"));
            if (kinds.Length == 0 || scope.Key == ObligationScope.Station)
                return kinds;
            var subjects = scope.Where(c => c.Status == status).Select(c => c.SubjectId).Distinct().Count();
            return $"{subjects}{(scope.Key == ObligationScope.ServicePoint ? "个站点" : "名监督员")}共{kinds}";
        }).Where(part => part.Length > 0));

    /// <summary>The counting word of a period kind: 个月, 个季度, 个半年, 个年度.</summary>
    public static string Unit(PeriodKind kind) => kind switch
    {
        PeriodKind.Month => "个月",
        PeriodKind.Quarter => "个季度",
        PeriodKind.HalfYear => "个半年",
        _ => "个年度",
    };

    private static string Subject(CheckContext context, ObligationPeriod cell) => cell.Scope switch
    {
        ObligationScope.ServicePoint when cell.SubjectId is { } id => $"站点「{context.PointName(id)}」",
        ObligationScope.Supervisor when cell.SubjectId is { } id => $"监督员「{context.PersonName(id)}」",
        _ => "",
    };
}
