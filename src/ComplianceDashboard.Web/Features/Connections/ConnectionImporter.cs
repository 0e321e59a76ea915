using System.Text;
using ComplianceDashboard.Domain.Connections;
using ComplianceDashboard.Web.Features.Import.Xlsx;
using CsvHelper;
using CsvHelper.Configuration;

namespace ComplianceDashboard.Web.Features.Connections;

/// <summary>One problem of an import: the sheet row (1 = the header row), the column and the Chinese message.</summary>
public sealed record ConnectionImportError(int Row, string Column, string Message)
{
    public override string ToString() => Row > 0 ? $"第{Row}行“{Column}”：{Message}" : Message;
}

/// <summary>What an import did: nothing (errors listed) or every row created / updated.</summary>
public sealed record ConnectionImportResult(int Created, int Updated, IReadOnlyList<ConnectionImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Imports the marketing system's export (XLSX or CSV; columns in docs/connections-import.md). All or nothing: any
/// error in any row refuses the whole file and lists the errors per row and column; a valid file creates new
/// applications and updates existing ones by 申请编号 (stages and pauses replaced by the file's), in one transaction.
/// Rows are judged by the form's rules (<see cref="ApplicationRules"/>); every row's station must be one the caller
/// may edit.
/// </summary>
public sealed class ConnectionImporter(IDbContextFactory<AppDbContext> factory, CurrentUser currentUser, AppClock clock, ConnectionService connections,
    IOptions<AppOptions> appOptions)
{
    public const string Number = "申请编号";
    public const string Customer = "客户名称";
    public const string Class = "客户类别";
    public const string Station = "供电所";
    public const string KeyProject = "重点项目";
    public const string ImportantCustomer = "重要客户";
    public const string Received = "受理日期";
    public const string Pauses = "客户原因暂停";
    public const string Complaint = "投诉编号";
    public const string Note = "备注";

    public static string StartColumn(ConnectionStage s) => $"{ConnectionNames.Of(s)}开始";
    public static string FinishColumn(ConnectionStage s) => $"{ConnectionNames.Of(s)}完成";
    public static string UnitColumn(ConnectionStage s) => $"{ConnectionNames.Of(s)}责任单位";

    /// <summary>Every column of the export, in template order.</summary>
    public static IReadOnlyList<SheetColumn> Columns { get; } = BuildColumns();

    private static List<SheetColumn> BuildColumns()
    {
        var list = new List<SheetColumn>
        {
            new(Number, nameof(ApplicationInput.Number), true, CellKind.Text, "营销系统的申请编号；再次导入同一编号即更新"),
            new(Customer, nameof(ApplicationInput.Customer), true, CellKind.Text, "客户名称"),
            new(Class, nameof(ApplicationInput.Class), true, CellKind.Choice, "居民、低压非居民、高压单电源、高压双电源"),
            new(Station, nameof(ApplicationInput.StationId), true, CellKind.Text, "供电所名称或编码"),
            new(KeyProject, nameof(ApplicationInput.IsKeyProject), false, CellKind.Choice, "是/否，留空为否"),
            new(ImportantCustomer, nameof(ApplicationInput.IsImportantCustomer), false, CellKind.Choice, "是/否，留空为否"),
            new(Received, nameof(ApplicationInput.Received), true, CellKind.Date, "yyyy-MM-dd"),
        };
        foreach (var stage in ConnectionNames.Stages)
        {
            list.Add(new(StartColumn(stage), ApplicationInput.StageField(stage, nameof(StageInput.Start)), false, CellKind.Date, "yyyy-MM-dd；留空为上一环节完成日"));
            list.Add(new(FinishColumn(stage), ApplicationInput.StageField(stage, nameof(StageInput.Finish)), false, CellKind.Date, "yyyy-MM-dd；未完成留空"));
            list.Add(new(UnitColumn(stage), ApplicationInput.StageField(stage, nameof(StageInput.Unit)), false, CellKind.Text, "部门名称或编码；留空为供电所"));
        }
        list.Add(new(Pauses, nameof(ApplicationInput.Pauses), false, CellKind.Lines, "起~止 原因，多段用；分隔，如 2026-10-12~2026-10-14 客户资料不全"));
        list.Add(new(Complaint, nameof(ApplicationInput.ComplaintReference), false, CellKind.Text, "关联投诉的编号（文字）"));
        list.Add(new(Note, nameof(ApplicationInput.Note), false, CellKind.Text, ""));
        return list;
    }

    public async Task<ConnectionImportResult> ImportAsync(Stream file, string fileName, CancellationToken ct = default)
    {
        currentUser.EnsureCanViewConnections();
        SheetContent content;
        if (fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            content = ReadCsv(file);
        }
        else if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            await using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            buffer.Position = 0;
            content = RecordSheetReader.Read(buffer, Columns, appOptions.Value.Import.MaxFileBytes * 20);
        }
        else
        {
            return Refused("只能导入 .xlsx 或 .csv 文件");
        }
        if (content.Problems.Count > 0)
        {
            return new(0, 0, [.. content.Problems.Select(p => new ConnectionImportError(0, "", p))]);
        }
        if (content.Rows.Count == 0)
        {
            return Refused("文件中没有数据行");
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var stations = await db.Stations.AsNoTracking().Select(s => new { s.Id, s.Code, s.Name }).ToListAsync(ct);
        var stationByText = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in stations)
        {
            stationByText.TryAdd(s.Code, s.Id);
            stationByText.TryAdd(s.Name, s.Id);
        }
        var departments = connections.Departments;
        var today = clock.Today;
        var codes = connections.DepartmentCodes();
        var errors = new List<ConnectionImportError>();
        var inputs = new List<(SheetRow Row, ApplicationInput Input)>();
        var headerOf = Columns.ToDictionary(c => c.Field, c => c.Header, StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in content.Rows)
        {
            var rowErrors = new List<ConnectionImportError>();
            void Error(string column, string message) => rowErrors.Add(new(row.Number, column, message));
            string Cell(string header) => row.Cells.GetValueOrDefault(header, "").Trim();
            var input = new ApplicationInput
            {
                Number = Cell(Number),
                Customer = Cell(Customer),
                ComplaintReference = Cell(Complaint),
                Note = Cell(Note),
            };
            if (Cell(Class) is { Length: > 0 } classText)
            {
                input.Class = ConnectionNames.ClassFrom(classText);
                if (input.Class is null)
                {
                    Error(Class, $"“{classText}”不是客户类别；应为居民、低压非居民、高压单电源或高压双电源");
                }
            }
            if (Cell(Station) is { Length: > 0 } stationText)
            {
                if (stationByText.TryGetValue(stationText, out var sid))
                {
                    input.StationId = sid;
                    if (!currentUser.CanEditApplication(sid))
                    {
                        Error(Station, $"无权导入“{stationText}”的业扩申请");
                    }
                }
                else
                {
                    Error(Station, $"找不到供电所“{stationText}”");
                }
            }
            input.IsKeyProject = YesNo(Cell(KeyProject), KeyProject, Error);
            input.IsImportantCustomer = YesNo(Cell(ImportantCustomer), ImportantCustomer, Error);
            input.Received = Date(Cell(Received), Received, Error);
            foreach (var stage in input.Stages)
            {
                stage.Start = Date(Cell(StartColumn(stage.Stage)), StartColumn(stage.Stage), Error);
                stage.Finish = Date(Cell(FinishColumn(stage.Stage)), FinishColumn(stage.Stage), Error);
                var unit = Cell(UnitColumn(stage.Stage));
                if (unit.Length > 0 && !stationByText.ContainsKey(unit))
                {
                    var department = departments.FirstOrDefault(d => d.Code == unit || d.Name == unit);
                    if (department is null)
                    {
                        Error(UnitColumn(stage.Stage), $"“{unit}”不是供电所或配置的部门（{string.Join("、", departments.Select(d => d.Name))}）");
                    }
                    stage.Unit = department?.Code;
                }
            }
            input.Pauses = ParsePauses(Cell(Pauses), Error);
            var number = input.Number ?? "";
            if (number.Length > 0)
            {
                if (seen.TryGetValue(number, out var first))
                {
                    Error(Number, $"申请编号与第{first}行重复");
                }
                else
                {
                    seen[number] = row.Number;
                }
            }
            var failedColumns = rowErrors.Select(e => e.Column).ToHashSet(StringComparer.Ordinal);
            foreach (var (field, message) in ApplicationRules.Validate(input, today, codes))
            {
                var column = field.StartsWith(nameof(ApplicationInput.Pauses), StringComparison.Ordinal) ? Pauses : headerOf.GetValueOrDefault(field, field);
                if (!failedColumns.Contains(column))
                {
                    rowErrors.Add(new(row.Number, column, message));
                }
            }
            errors.AddRange(rowErrors);
            inputs.Add((row, input));
        }
        if (errors.Count > 0)
        {
            return new(0, 0, errors);
        }

        var numbers = inputs.Select(i => i.Input.Number!.Trim()).ToList();
        var existing = new Dictionary<string, ConnectionApplication>(StringComparer.Ordinal);
        foreach (var chunk in numbers.Chunk(500))
        {
            foreach (var app in await db.ConnectionApplications.Include(a => a.Stages).Include(a => a.Pauses).AsSplitQuery().Where(a => chunk.Contains(a.Number)).ToListAsync(ct))
            {
                existing[app.Number] = app;
            }
        }
        foreach (var (row, input) in inputs)
        {
            if (existing.TryGetValue(input.Number!.Trim(), out var app) && !currentUser.CanEditApplication(app.StationId))
            {
                errors.Add(new(row.Number, Number, "该申请属于您无权修改的供电所"));
            }
        }
        if (errors.Count > 0)
        {
            return new(0, 0, errors);
        }
        var created = 0;
        var now = clock.UtcNow;
        foreach (var (_, input) in inputs)
        {
            if (!existing.TryGetValue(input.Number!.Trim(), out var app))
            {
                app = new ConnectionApplication { Number = "", Customer = "" };
                db.ConnectionApplications.Add(app);
                created++;
            }
            ConnectionService.Apply(app, input, currentUser.UserName, now);
        }
        await db.SaveChangesAsync(ct); // one SaveChanges: one transaction, all or nothing
        return new(created, inputs.Count - created, []);
    }

    private static ConnectionImportResult Refused(string message) => new(0, 0, [new ConnectionImportError(0, "", message)]);

    private static bool YesNo(string text, string column, Action<string, string> error)
    {
        switch (text)
        {
            case "" or "否":
                return false;
            case "是":
                return true;
            default:
                error(column, $"“{text}”应为“是”或“否”");
                return false;
        }
    }

    private static DateTime? Date(string text, string column, Action<string, string> error)
    {
        if (text.Length == 0)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToDateTime(TimeOnly.MinValue);
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2958466 && serial == Math.Floor(serial))
        {
            return DateTime.FromOADate(serial).Date;
        }
        error(column, $"日期“{text}”无效，应为 yyyy-MM-dd");
        return null;
    }

    private static List<PauseInput> ParsePauses(string text, Action<string, string> error)
    {
        var list = new List<PauseInput>();
        foreach (var part in text.Split(['；', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var space = part.IndexOf(' ', StringComparison.Ordinal);
            var range = space < 0 ? part : part[..space];
            var reason = space < 0 ? "" : part[(space + 1)..].Trim();
            var ends = range.Split('~', '～');
            if (ends.Length != 2
                || !DateOnly.TryParseExact(ends[0].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
                || !DateOnly.TryParseExact(ends[1].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
            {
                error(Pauses, $"“{part}”应为“起~止 原因”，如 2026-10-12~2026-10-14 客户资料不全");
                continue;
            }
            list.Add(new PauseInput { From = from.ToDateTime(TimeOnly.MinValue), To = to.ToDateTime(TimeOnly.MinValue), Reason = reason });
        }
        return list;
    }

    private static SheetContent ReadCsv(Stream file)
    {
        using var reader = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null });
        if (!csv.Read())
        {
            return new([], ["第1行应为列名（请使用下载的模板）"]);
        }
        var known = Columns.Select(c => c.Header).ToHashSet(StringComparer.Ordinal);
        var headers = csv.Record!.Select(h => h.Trim()).ToList();
        var problems = headers.Where(h => h.Length > 0 && !known.Contains(h)).Select(h => $"列“{h}”不是导入模板的列").ToList();
        problems.AddRange(Columns.Where(c => c.Required && !headers.Contains(c.Header)).Select(c => $"缺少必填列“{c.Header}”（请使用下载的模板）"));
        if (problems.Count > 0)
        {
            return new([], problems);
        }
        var rows = new List<SheetRow>();
        var number = 1;
        while (csv.Read())
        {
            number++;
            var record = csv.Record!;
            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            if (rows.Count == RecordSheet.MaxRows)
            {
                return new([], [$"记录超过 {RecordSheet.MaxRows} 行，请分多个文件导入"]);
            }
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Count && i < record.Length; i++)
            {
                if (headers[i].Length > 0 && record[i].Trim().Length > 0)
                {
                    cells[headers[i]] = record[i].Trim();
                }
            }
            rows.Add(new SheetRow(number, cells));
        }
        return new(rows, []);
    }
}
