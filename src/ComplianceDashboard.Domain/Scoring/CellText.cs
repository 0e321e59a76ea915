using ComplianceDashboard.Domain.Scoring.Checks;

namespace ComplianceDashboard.Domain.Scoring;

/// <summary>Chinese wording for calendar cells: "3月、7月缺少监督小组会议纪要", "全部12个月按时完成".</summary>
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

    public static string AllOnTime(CheckContext context, List<ObligationPeriod> cells)
    {
        var owed = cells.Where(c => c.Status != ObligationStatus.NotApplicable).ToList();
        var due = owed.Count(c => c.Status == ObligationStatus.OnTime);
        var pending = owed.Count(c => c.Status == ObligationStatus.Pending);
        var first = cells[0];
        var subjects = owed.Select(c => c.SubjectId).Distinct().Count();
        var unit = first.Period.Kind switch
        {
            PeriodKind.Month => "个月",
            PeriodKind.Quarter => "个季度",
            PeriodKind.HalfYear => "个半年",
            _ => "个年度",
        };
        var counted = first.Scope == ObligationScope.Station ? $"{due}{unit}" : $"{subjects}个{(first.Scope == ObligationScope.ServicePoint ? "站点" : "监督员")}共{due}期";
        if (due == 0 && pending > 0)
            return $"尚无到期事项（{pending}期未到期）";
        return pending == 0 ? $"全部{counted}按时完成" : $"已到期的{counted}均按时完成，另有{pending}期未到期";
    }

    private static string Subject(CheckContext context, ObligationPeriod cell) => cell.Scope switch
    {
        ObligationScope.ServicePoint when cell.SubjectId is { } id => $"站点「{context.PointName(id)}」",
        ObligationScope.Supervisor when cell.SubjectId is { } id => $"监督员{context.PersonName(id)}",
        _ => "",
    };
}
