using ComplianceDashboard.Web.Features.Organisation;

namespace ComplianceDashboard.Web.Features.Import.Xlsx;

/// <summary>
/// Records of one kind for one station from the XLSX template (<see cref="RecordTemplate"/>), for the signed-in user
/// of the circuit. <see cref="PreviewAsync"/> reads every row, turns it into the form's <see cref="RecordInput"/>
/// (names → ids) and judges it by the form's rules (<see cref="RecordValidator"/>); <see cref="ImportAsync"/> writes
/// all rows in one transaction, with their history, and regrades the station — or writes nothing. Both check on the
/// server that the user may write the station's records (<see cref="CurrentUser.EnsureCanWrite"/>).
/// </summary>
public sealed class XlsxRecordImporter(
    IDbContextFactory<AppDbContext> factory,
    GradingTrigger gradingTrigger,
    Integrity.IntegrityRecompute integrity,
    CurrentUser currentUser,
    SchemeGrader grader,
    AppClock clock,
    RecordHistoryWriter history,
    IOptions<AppOptions> options)
{
    private static readonly char[] NameSeparators = ['、', ',', '，', ';', '；', '\n'];
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日"];
    private static readonly string[] TimeFormats = ["yyyy-MM-dd HH:mm", "yyyy-M-d H:mm", "yyyy/M/d H:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy/M/d H:mm:ss"];

    public long MaxBytes => options.Value.Import.MaxFileBytes;

    /// <summary>What the template's 说明 sheet lists of a station, or null when there is no such station.</summary>
    public static async Task<TemplateStation?> TemplateStationAsync(AppDbContext db, int stationId, DateOnly today, CancellationToken ct)
    {
        var name = await db.Stations.Where(s => s.Id == stationId).Select(s => s.Name).FirstOrDefaultAsync(ct);
        if (name is null)
        {
            return null;
        }
        var points = await db.ServicePoints.Where(p => p.StationId == stationId && (p.ClosedOn == null || p.ClosedOn >= today)).OrderBy(p => p.Name).Select(p => p.Name).ToListAsync(ct);
        var people = await db.People.Where(p => p.StationId == stationId).OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        var posts = await db.PostAssignments.Where(a => a.ServicePoint!.StationId == stationId && a.From <= today && (a.To == null || a.To >= today))
            .Select(a => new { a.PersonId, a.Role, Point = a.ServicePoint!.Name }).ToListAsync(ct);
        var members = await db.GroupMemberships.Where(m => m.StationId == stationId && m.From <= today && (m.To == null || m.To >= today))
            .Select(m => new { m.PersonId, m.Role, m.IsPartySecretary }).ToListAsync(ct);
        return new TemplateStation(name, points, [.. people.Select(p => (p.Name, string.Join("、",
            posts.Where(a => a.PersonId == p.Id).Select(a => $"{ChineseNames.Of(a.Role)}（{a.Point}）")
                .Concat(members.Where(m => m.PersonId == p.Id).Select(m => OrganisationNames.Of(m.Role) + (m.IsPartySecretary ? "·支部书记" : ""))))))]);
    }

    /// <summary>Reads and judges every row of an uploaded sheet; nothing is written.</summary>
    public async Task<XlsxPreview> PreviewAsync(int stationId, RecordKind kind, Stream upload, string fileName, CancellationToken ct = default)
    {
        currentUser.EnsureCanWrite(stationId);
        var preview = new XlsxPreview { StationId = stationId, Kind = kind, FileName = fileName };
        if (RecordService.FilingRefusal(currentUser, kind) is { } refusal)
        {
            return Failed(preview, refusal);
        }

        using var buffer = new MemoryStream();
        if (await StreamLimits.CopyAtMostAsync(upload, buffer, MaxBytes + 1, ct) > MaxBytes)
        {
            return Failed(preview, $"文件超过导入上限 {ImportValues.Megabytes(MaxBytes)}（App:Import:MaxFileBytes），未读取；请拆分为多个文件");
        }
        buffer.Position = 0;
        var columns = RecordSheet.Columns(grader.Scheme, kind);
        var sheet = RecordSheetReader.Read(buffer, columns, MaxBytes * 10);
        if (sheet.Problems.Count > 0)
        {
            return new XlsxPreview { StationId = stationId, Kind = kind, FileName = fileName, FileErrors = [.. sheet.Problems.Select(p => new XlsxError(0, "", p))] };
        }
        if (sheet.Rows.Count == 0)
        {
            return Failed(preview, "表中没有记录（第1行为列名，记录从第2行起）");
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var names = await StationNames.LoadAsync(db, stationId, ct);
        var rows = new List<XlsxPreviewRow>();
        var inputs = new List<RecordInput>();
        foreach (var row in sheet.Rows)
        {
            var errors = new List<XlsxError>();
            var input = ToInput(row, stationId, kind, columns, names, errors);
            await JudgeAsync(db, input, row.Number, columns, errors, ct);
            rows.Add(new XlsxPreviewRow(row.Number, input.EventDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? row.Cells.GetValueOrDefault("日期", ""), input.Title, errors));
            inputs.Add(input);
        }
        return new XlsxPreview { StationId = stationId, Kind = kind, FileName = fileName, Rows = rows, Inputs = inputs };
    }

    /// <summary>Writes every row of a preview without errors in one transaction, then regrades the station for the years concerned.</summary>
    public async Task<XlsxImportResult> ImportAsync(XlsxPreview preview, CancellationToken ct = default)
    {
        var user = currentUser.UserName;
        currentUser.EnsureCanWrite(preview.StationId);
        if (!preview.CanImport)
        {
            return new(0, [], "预览中有错误，未导入任何记录");
        }
        if (RecordService.FilingRefusal(currentUser, preview.Kind) is { } refusal)
        {
            return new(0, [], refusal);
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var columns = RecordSheet.Columns(grader.Scheme, preview.Kind);
        for (var i = 0; i < preview.Inputs.Count; i++)
        {
            // Judged again: the organisation or a finalised year may have changed since the preview.
            var errors = new List<XlsxError>();
            await JudgeAsync(db, preview.Inputs[i], preview.Rows[i].Row, columns, errors, ct);
            if (errors.Count > 0)
            {
                return new(0, [], $"第{errors[0].Row}行：{errors[0].Message}（数据已变化，请重新上传预览），未导入任何记录");
            }
        }

        var created = new List<EvidenceRecord>();
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            foreach (var input in preview.Inputs)
            {
                var record = RecordMapper.ToEntity(input);
                await RecordMapper.ApplyReminderAsync(db, input, ct);
                history.Touch(record, user);
                db.Records.Add(record);
                created.Add(record);
            }
            await db.SaveChangesAsync(ct);
            created.ForEach(r => history.Add(db, r, null, null, user));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        await gradingTrigger.StationChangedAsync(preview.StationId, created.Min(RecordService.ChangedFrom), ct);
        await integrity.StationChangedAsync(preview.StationId, ct);
        var years = created.SelectMany(r => new[] { r.EventDate.Year, RecordService.PeriodYear(r.ForPeriod, r.EventDate) }).Distinct().Order().ToList();
        return new(created.Count, years);
    }

    /// <summary>The form's rules, plus: a finalised year takes corrections one by one on the form (with a reason), not in bulk.</summary>
    private async Task JudgeAsync(AppDbContext db, RecordInput input, int row, IReadOnlyList<SheetColumn> columns, List<XlsxError> errors, CancellationToken ct)
    {
        var unreadable = errors.Select(e => e.Column).ToHashSet(StringComparer.Ordinal);
        var result = new RecordResult();
        await RecordValidator.ValidateAsync(new DbRecordLookups(db), grader.Scheme, input, null, clock.Today, clock.LocalNow, result, ct);
        foreach (var (field, messages) in result.Errors)
        {
            var header = Header(columns, field);
            if (!unreadable.Contains(header))
            {
                errors.AddRange(messages.Select(m => new XlsxError(row, header, m)));
            }
        }
        if (result.Succeeded && await RecordService.LockedYearAsync(db, input.StationId, [RecordService.PeriodYear(input.ForPeriod, input.EventDate!.Value)], ct) is { } year)
        {
            errors.Add(new XlsxError(row, "", $"{year}年度评价已定档：批量导入不能更正已定档年度的记录，请在记录表单中逐条更正并填写更正原因"));
        }
    }

    // The column a rule's message belongs to; an outage's date is its publication time.
    private static string Header(IReadOnlyList<SheetColumn> columns, string field) =>
        columns.FirstOrDefault(c => c.Field == field)?.Header
        ?? (field == nameof(RecordInput.EventDate) ? columns.FirstOrDefault(c => c.Field == nameof(RecordInput.PublishedAt))?.Header : null)
        ?? "";

    private static RecordInput ToInput(SheetRow row, int stationId, RecordKind kind, IReadOnlyList<SheetColumn> columns, StationNames names, List<XlsxError> errors)
    {
        var input = new RecordInput { StationId = stationId, Kind = kind, Attributable = true };
        foreach (var column in columns)
        {
            if (!row.Cells.TryGetValue(column.Header, out var text))
            {
                continue;
            }
            void Error(string message) => errors.Add(new XlsxError(row.Number, column.Header, message));
            switch (column.Field)
            {
                case nameof(RecordInput.EventDate): input.EventDate = Date(text, Error); break;
                case nameof(RecordInput.ForPeriod): input.ForPeriod = Date(text, Error); break;
                case nameof(RecordInput.ProblemCorrectedOn): input.ProblemCorrectedOn = Date(text, Error); break;
                case nameof(RecordInput.OutageStart): input.OutageStart = Time(text, Error); break;
                case nameof(RecordInput.PublishedAt): input.PublishedAt = Time(text, Error); break;
                case nameof(RecordInput.Title): input.Title = text; break;
                case nameof(RecordInput.Content): input.Content = text; break;
                case nameof(RecordInput.ServicePointId): input.ServicePointId = names.Point(text, Error); break;
                case nameof(RecordInput.PersonId): input.PersonId = names.Person(text, Error); break;
                case nameof(RecordInput.HandedOverById): input.HandedOverById = names.Person(text, Error); break;
                case nameof(RecordInput.AnswersProblemId): input.AnswersProblemId = names.Problem(text, Error); break;
                case nameof(RecordInput.Acknowledged): input.Acknowledged = YesNo(text, Error); break;
                case nameof(RecordInput.Attributable): input.Attributable = YesNo(text, Error) ?? true; break;
                case nameof(RecordInput.RecognisedByVillagers): input.RecognisedByVillagers = YesNo(text, Error) ?? false; break;
                case nameof(RecordInput.RecognisedByLeadership): input.RecognisedByLeadership = YesNo(text, Error) ?? false; break;
                case nameof(RecordInput.HasClearResults): input.HasClearResults = YesNo(text, Error); break;
                case nameof(RecordInput.PromotedCompanyWide): input.PromotedCompanyWide = YesNo(text, Error); break;
                case nameof(RecordInput.EvaluationResult): input.EvaluationResult = Choice(text, RecordSheet.EvaluationResults, Error); break;
                case nameof(RecordInput.OutageType): input.OutageType = Choice(text, RecordSheet.OutageTypes, Error); break;
                case nameof(RecordInput.MajorDecisionCount):
                    if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count)) input.MajorDecisionCount = count;
                    else Error($"“{text}”不是整数");
                    break;
                case nameof(RecordInput.PresentMemberIds):
                    input.PresentMemberIds = [.. Split(text).Select(n => names.Person(n, Error)).OfType<int>()];
                    break;
                case nameof(RecordInput.Attendees):
                    input.Attendees = Split(text).Aggregate(AttendeeCategories.None, (all, n) => all | (Choice(n, RecordSheet.Attendees, Error) ?? AttendeeCategories.None));
                    break;
                case nameof(RecordInput.EmergingProblems):
                    input.EmergingProblems = [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(d => new ProblemInput { Description = d })];
                    break;
            }
        }
        return input;
    }

    private static string[] Split(string text) => text.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static DateOnly? Date(string text, Action<string> error)
    {
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        if (Serial(text) is { } serial)
        {
            return DateOnly.FromDateTime(serial);
        }
        error($"日期“{text}”无效，应为 yyyy-MM-dd");
        return null;
    }

    private static DateTime? Time(string text, Action<string> error)
    {
        if (DateTime.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }
        if (Serial(text) is { } serial)
        {
            return serial;
        }
        error($"时间“{text}”无效，应为 yyyy-MM-dd HH:mm");
        return null;
    }

    /// <summary>A date or time the spreadsheet stored as a serial number (days since 1899-12-30), rounded to the minute.</summary>
    private static DateTime? Serial(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var days) && days is >= 1 and < 2958466
            ? new DateTime(DateTime.FromOADate(days).Ticks / TimeSpan.TicksPerMinute * TimeSpan.TicksPerMinute)
            : null;

    private static bool? YesNo(string text, Action<string> error) => Choice(text, YesNoValues, error);

    private static readonly Dictionary<string, bool> YesNoValues = new() { [RecordSheet.Yes] = true, [RecordSheet.No] = false };

    private static T? Choice<T>(string text, IReadOnlyDictionary<string, T> values, Action<string> error) where T : struct
    {
        if (values.TryGetValue(text, out var value))
        {
            return value;
        }
        error($"“{text}”不是可选值，可选：{string.Join("、", values.Keys)}");
        return null;
    }

    private static XlsxPreview Failed(XlsxPreview preview, string message) =>
        new() { StationId = preview.StationId, Kind = preview.Kind, FileName = preview.FileName, FileErrors = [new XlsxError(0, "", message)] };

    /// <summary>The station's service points, people and emerging problems by the names a sheet writes.</summary>
    private sealed class StationNames
    {
        private ILookup<string, int> _points = null!;
        private ILookup<string, int> _people = null!;
        private ILookup<string, (long Id, bool Open)> _problems = null!;

        public static async Task<StationNames> LoadAsync(AppDbContext db, int stationId, CancellationToken ct) => new()
        {
            _points = (await db.ServicePoints.Where(p => p.StationId == stationId).Select(p => new { p.Name, p.Id }).ToListAsync(ct)).ToLookup(p => p.Name.Trim(), p => p.Id),
            _people = (await db.People.Where(p => p.StationId == stationId).Select(p => new { p.Name, p.Id }).ToListAsync(ct)).ToLookup(p => p.Name.Trim(), p => p.Id),
            _problems = (await (from p in db.EmergingProblems join r in db.Records on p.RecordId equals r.Id where r.StationId == stationId
                                select new { p.Description, p.Id, p.CorrectedOn }).ToListAsync(ct))
                .ToLookup(p => p.Description.Trim(), p => (p.Id, p.CorrectedOn == null)),
        };

        public int? Point(string name, Action<string> error) => One(_points[name], $"本站所没有名为“{name}”的服务站点", $"本站所有多个名为“{name}”的服务站点", error);

        public int? Person(string name, Action<string> error) => One(_people[name], $"本站所没有名为“{name}”的人员", $"本站所有多个名为“{name}”的人员，请在组织管理中区分姓名", error);

        /// <summary>An open problem with this description (or, failing that, any); several are ambiguous.</summary>
        public long? Problem(string description, Action<string> error)
        {
            var all = _problems[description].ToList();
            var open = all.Where(p => p.Open).ToList();
            return One((open.Count > 0 ? open : all).Select(p => p.Id), $"本站所检查记录中没有描述为“{description}”的苗头性问题", $"本站所有多个描述为“{description}”的未整改问题", error);
        }

        private static T? One<T>(IEnumerable<T> matches, string none, string many, Action<string> error) where T : struct
        {
            var list = matches.Take(2).ToList();
            if (list.Count == 1)
            {
                return list[0];
            }
            error(list.Count == 0 ? none : many);
            return null;
        }
    }
}
