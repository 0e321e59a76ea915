namespace ComplianceDashboard.Web.Features.Records;

/// <summary>The list's filter as the filter bar edits it and as the page's URL carries it (reload or share the link: same list).</summary>
public sealed class RecordFilterModel
{
    public int? StationId { get; set; }
    public RecordKind? Kind { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public ReviewStatus? Review { get; set; }
    /// <summary>Searched in the title and the content.</summary>
    public string? Keyword { get; set; }

    public RecordFilter ToFilter() => new(StationId, Kind, From, To, Review, string.IsNullOrWhiteSpace(Keyword) ? null : Keyword.Trim());

    public RecordFilterModel Clone() => (RecordFilterModel)MemberwiseClone();

    /// <summary>
    /// The filter named by the list's query string (unknown values are ignored). <paramref name="period"/> ("2026",
    /// "2026-11" or "2026-Q3") stands for its first and last day when from/to are not given.
    /// </summary>
    public static RecordFilterModel FromQuery(int? station, string? kind, string? from, string? to, string? period = null, string? review = null, string? keyword = null)
    {
        var model = new RecordFilterModel
        {
            StationId = station,
            Kind = Enum.TryParse<RecordKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k) ? k : null,
            From = DateOnly.TryParseExact(from, "yyyy-MM-dd", out var f) ? f : null,
            To = DateOnly.TryParseExact(to, "yyyy-MM-dd", out var t) ? t : null,
            Review = Enum.TryParse<ReviewStatus>(review, ignoreCase: true, out var r) && Enum.IsDefined(r) ? r : null,
            Keyword = string.IsNullOrWhiteSpace(keyword) ? null : keyword.Trim(),
        };
        if (PeriodRange(period) is var (start, end) && model.From is null && model.To is null)
        {
            model.From = start;
            model.To = end;
        }
        return model;
    }

    /// <summary>The query string values of this filter (null = absent), for <c>NavigationManager.GetUriWithQueryParameters</c>.</summary>
    public Dictionary<string, object?> ToQuery(int page) => new()
    {
        ["station"] = StationId,
        ["kind"] = Kind?.ToString(),
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["period"] = null,
        ["review"] = Review?.ToString(),
        ["q"] = string.IsNullOrWhiteSpace(Keyword) ? null : Keyword.Trim(),
        ["page"] = page > 1 ? page : null,
    };

    /// <summary>Equal filters select the same records.</summary>
    public bool SameAs(RecordFilterModel other) => ToFilter() == other.ToFilter();

    private static (DateOnly Start, DateOnly End)? PeriodRange(string? period)
    {
        if (string.IsNullOrWhiteSpace(period))
        {
            return null;
        }
        if (DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return (month, month.AddMonths(1).AddDays(-1));
        }
        if (period.Length == 7 && period[4] == '-' && period[5] is 'Q' or 'q' && int.TryParse(period[..4], CultureInfo.InvariantCulture, out var qy) && period[6] is >= '1' and <= '4')
        {
            var start = new DateOnly(qy, (period[6] - '1') * 3 + 1, 1);
            return (start, start.AddMonths(3).AddDays(-1));
        }
        if (period.Length == 4 && int.TryParse(period, CultureInfo.InvariantCulture, out var year) && year is > 1900 and < 3000)
        {
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }
        return null;
    }

    /// <summary>"站所：…；类型：…" for the export's title row (only the filters set).</summary>
    public string Describe(Func<string, string> l, IReadOnlyList<OptionItem<int>> stations)
    {
        var parts = new List<string>();
        if (StationId is { } sid)
        {
            parts.Add($"{l("站所")}：{stations.FirstOrDefault(s => s.Id == sid)?.Name ?? sid.ToString(CultureInfo.InvariantCulture)}");
        }
        if (Kind is { } kind)
        {
            parts.Add($"{l("类型")}：{l(ChineseNames.Of(kind))}");
        }
        if (From is not null || To is not null)
        {
            parts.Add($"{l("日期")}：{From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"} ~ {To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"}");
        }
        if (Review is { } review)
        {
            parts.Add($"{l("审核状态")}：{l(ReviewBadge.NameOf(review))}");
        }
        if (!string.IsNullOrWhiteSpace(Keyword))
        {
            parts.Add($"{l("关键词")}：{Keyword.Trim()}");
        }
        return parts.Count == 0 ? l("全部记录") : string.Join("；", parts);
    }
}
