using ComplianceDashboard.Domain.Supervision;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ComplianceDashboard.Web.Features.Import.Xlsx;

namespace ComplianceDashboard.Web.Features.Supervision;

public sealed record MetricTargetRow(long Id, int StationId, string StationName, int Year, int Month, string Metric, TargetComparison Comparison,
    decimal Target, decimal? Actual, bool? Met);

/// <summary>The target form (and one imported row).</summary>
public sealed class MetricTargetInput
{
    public int StationId { get; set; }
    public int Year { get; set; }
    public int Month { get; set; } = 1;
    public string Metric { get; set; } = "";
    public TargetComparison Comparison { get; set; }
    public decimal? Target { get; set; }
    public decimal? Actual { get; set; }
}

/// <summary>
/// Monthly metric targets per station (domain §8: rate ≥ or count ≤ a target), entered or imported from XLSX (the
/// import reads with the record import's <see cref="RecordSheetReader"/>); met/not met by <see cref="MetricTargets.Met"/>.
/// 纪委领导 set targets for every station, a 支部书记 enters them for their own; everyone reads within their scope.
/// </summary>
public sealed class MetricTargetService(IDbContextFactory<AppDbContext> factory, CurrentUser currentUser, AppClock clock, IOptions<AppOptions> options)
{
    public const string Title = "监督指标目标";

    public static readonly IReadOnlyList<SheetColumn> Columns =
    [
        new("站所编码", "StationCode", true, CellKind.Text, "如 WY0001"),
        new("年", "Year", true, CellKind.WholeNumber, "如 2026"),
        new("月", "Month", true, CellKind.WholeNumber, "1–12"),
        new("指标", "Metric", true, CellKind.Text, "如 投诉率（‰）"),
        new("比较", "Comparison", true, CellKind.Choice, "不低于 或 不超过", ["不低于", "不超过"]),
        new("目标值", "Target", true, CellKind.Text, "数字"),
        new("实际值", "Actual", false, CellKind.Text, "数字，可空"),
    ];

    public static string ComparisonName(TargetComparison c) => c == TargetComparison.AtLeast ? "不低于" : "不超过";

    public async Task<IReadOnlyList<MetricTargetRow>> ListAsync(int year, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await currentUser.FindingScope(db.MetricTargets.AsNoTracking(), t => t.StationId).Where(t => t.Year == year)
            .Join(db.Stations, t => t.StationId, s => s.Id, (t, s) => new { Target = t, s.Name }).ToListAsync(ct);
        return [.. rows.Select(r => new MetricTargetRow(r.Target.Id, r.Target.StationId, r.Name, r.Target.Year, r.Target.Month, r.Target.Metric,
                r.Target.Comparison, r.Target.Target, r.Target.Actual, MetricTargets.Met(r.Target.Comparison, r.Target.Target, r.Target.Actual)))
            .OrderBy(r => r.StationId).ThenBy(r => r.Month).ThenBy(r => r.Metric, StringComparer.Ordinal)];
    }

    public bool CanEdit(int stationId) => currentUser.IsDisciplineLeader || currentUser.CanManage(stationId);

    /// <summary>Adds the target or replaces the one of the same station, month and metric.</summary>
    public async Task<CommandResult> SaveAsync(MetricTargetInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!CanEdit(input.StationId))
        {
            throw new ForbiddenException("只有纪委领导和本所支部书记可以设定指标目标");
        }
        var result = Validate(input);
        if (!result.Succeeded)
        {
            return result;
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        Upsert(db, input, await db.MetricTargets.FirstOrDefaultAsync(t => t.StationId == input.StationId && t.Year == input.Year && t.Month == input.Month && t.Metric == input.Metric.Trim(), ct));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            return CommandResult.Conflict("该站所该月的这项指标刚刚已被保存，请刷新后查看"); // saved at the same moment, after the lookup above
        }
        return CommandResult.Ok();
    }

    /// <summary>The import template: one sheet whose row 1 holds the headers, as <see cref="RecordSheetReader"/> reads it.</summary>
    public ExportFile Template()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var header = new Row { RowIndex = 1 };
            for (var i = 0; i < Columns.Count; i++)
            {
                header.Append(new Cell(new InlineString(new Text(Columns[i].Header))) { CellReference = $"{RecordTemplate.Letters(i)}1", DataType = CellValues.InlineString });
            }
            sheet.Worksheet = new Worksheet(new SheetData(header));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = Title }));
        }
        return new ExportFile($"{Title}导入模板.xlsx", TableExport.XlsxContentType, stream.ToArray());
    }

    /// <summary>Imports every row or none: a row error names its row number and column.</summary>
    public async Task<CommandResult<int>> ImportAsync(Stream xlsx, CancellationToken ct = default)
    {
        var content = RecordSheetReader.Read(xlsx, Columns, options.Value.MaxAttachmentBytes * 5);
        var result = new CommandResult<int>();
        if (content.Problems.Count > 0)
        {
            return result.Add("", string.Join("；", content.Problems));
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var stations = await db.Stations.AsNoTracking().ToDictionaryAsync(s => s.Code, s => s.Id, StringComparer.Ordinal, ct);
        var inputs = new List<MetricTargetInput>();
        var firstRowOf = new Dictionary<(int StationId, int Year, int Month, string Metric), int>();
        foreach (var row in content.Rows)
        {
            string Cell(string header) => row.Cells.TryGetValue(header, out var v) ? v.Trim() : "";
            var prefix = $"第{row.Number.ToString(CultureInfo.InvariantCulture)}行：";
            if (!stations.TryGetValue(Cell("站所编码"), out var stationId))
            {
                result.Add("", prefix + "站所编码不存在");
                continue;
            }
            var input = new MetricTargetInput
            {
                StationId = stationId,
                Year = int.TryParse(Cell("年"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var y) ? y : 0,
                Month = int.TryParse(Cell("月"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var m) ? m : 0,
                Metric = Cell("指标"),
                Comparison = Cell("比较") == "不超过" ? TargetComparison.AtMost : TargetComparison.AtLeast,
                Target = decimal.TryParse(Cell("目标值"), NumberStyles.Number, CultureInfo.InvariantCulture, out var t) ? t : null,
                Actual = decimal.TryParse(Cell("实际值"), NumberStyles.Number, CultureInfo.InvariantCulture, out var a) ? a : null,
            };
            if (Cell("比较") is not ("不低于" or "不超过"))
            {
                result.Add("", prefix + "比较须为“不低于”或“不超过”");
            }
            if (Cell("实际值").Length > 0 && input.Actual is null)
            {
                result.Add("", prefix + "实际值须为数字");
            }
            if (!CanEdit(stationId))
            {
                result.Add("", prefix + "无权设定该站所的指标目标");
            }
            foreach (var (_, message) in Validate(input).FieldErrors)
            {
                result.Add("", prefix + message);
            }
            // One row per target: two would both be added below (there is one stored row per station, month and metric).
            if (!firstRowOf.TryAdd((stationId, input.Year, input.Month, input.Metric), row.Number))
            {
                result.Add("", prefix + $"与第{firstRowOf[(stationId, input.Year, input.Month, input.Metric)].ToString(CultureInfo.InvariantCulture)}行是同一站所同一月份的同一指标");
            }
            inputs.Add(input);
        }
        if (!result.Succeeded)
        {
            return result;
        }
        var years = inputs.Select(i => i.Year).Distinct().ToList();
        var stationIds = inputs.Select(i => i.StationId).Distinct().ToList();
        var existing = await db.MetricTargets.Where(t => years.Contains(t.Year) && stationIds.Contains(t.StationId)).ToListAsync(ct);
        foreach (var input in inputs)
        {
            Upsert(db, input, existing.FirstOrDefault(t => t.StationId == input.StationId && t.Year == input.Year && t.Month == input.Month
                && string.Equals(t.Metric, input.Metric.Trim(), StringComparison.Ordinal)));
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            return result.Add("", "导入的指标目标刚刚已有人保存，请刷新后重新导入"); // saved at the same moment, after the lookup above
        }
        return CommandResult.Ok(inputs.Count);
    }

    private void Upsert(AppDbContext db, MetricTargetInput input, MetricTarget? target)
    {
        if (target is null)
        {
            target = new MetricTarget { StationId = input.StationId, Year = input.Year, Month = input.Month, Metric = input.Metric.Trim() };
            db.MetricTargets.Add(target);
        }
        (target.Comparison, target.Target, target.Actual, target.UpdatedAt, target.UpdatedBy) =
            (input.Comparison, input.Target!.Value, input.Actual, clock.UtcNow, currentUser.UserName);
    }

    private static CommandResult Validate(MetricTargetInput input)
    {
        var result = new CommandResult();
        if (input.Metric.Trim().Length is 0 or > 100)
        {
            result.Add(nameof(MetricTargetInput.Metric), "请填写指标名称（不超过100字）");
        }
        if (input.Year is < 2022 or > 2100)
        {
            result.Add(nameof(MetricTargetInput.Year), "年份无效");
        }
        if (input.Month is < 1 or > 12)
        {
            result.Add(nameof(MetricTargetInput.Month), "月份须在1到12之间");
        }
        if (input.Target is null)
        {
            result.Add(nameof(MetricTargetInput.Target), "请填写目标值");
        }
        if (!Enum.IsDefined(input.Comparison))
        {
            result.Add(nameof(MetricTargetInput.Comparison), "请选择比较方式");
        }
        return result;
    }
}
