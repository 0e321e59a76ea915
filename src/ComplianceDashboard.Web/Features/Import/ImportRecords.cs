namespace ComplianceDashboard.Web.Features.Import;

/// <summary>
/// A station's evidence records in a JSON file. What only the file can get wrong is checked here (keys, references
/// to keys, enum names, date formats, unknown properties); a record that passes is turned into the form's
/// <see cref="RecordInput"/> and judged by the same rules as the form and the XLSX upload
/// (<see cref="Records.RecordValidator"/>), answered from the file (<see cref="ImportRecordLookups"/>); their
/// messages are placed at the record's JSON properties.
/// </summary>
internal static class ImportRecords
{
    // RecordInput properties → the JSON property the message belongs to.
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        [nameof(RecordInput.EventDate)] = "eventDate", [nameof(RecordInput.ForPeriod)] = "forPeriod",
        [nameof(RecordInput.ServicePointId)] = "servicePoint", [nameof(RecordInput.PersonId)] = "person",
        [nameof(RecordInput.HandedOverById)] = "handedOverBy", [nameof(RecordInput.Acknowledged)] = "acknowledged",
        [nameof(RecordInput.EvaluationResult)] = "evaluationResult", [nameof(RecordInput.Title)] = "title", [nameof(RecordInput.Content)] = "content",
        [nameof(RecordInput.PresentMemberIds)] = "presentMembers", [nameof(RecordInput.MajorDecisionCount)] = "majorDecisions",
        [nameof(RecordInput.Attendees)] = "attendees", [nameof(RecordInput.OutageType)] = "outage.type", [nameof(RecordInput.OutageStart)] = "outage.start",
        [nameof(RecordInput.PublishedAt)] = "outage.publishedAt", [nameof(RecordInput.EmergingProblems)] = "emergingProblems",
        [nameof(RecordInput.AnswersProblemId)] = "answersProblem", [nameof(RecordInput.HasClearResults)] = "hasClearResults",
        [nameof(RecordInput.PromotedCompanyWide)] = "promotedCompanyWide",
    };

    public static async Task ValidateAsync(ImportChecks c, StationDto station, string path, StationKeys keys, Scheme scheme, bool judgeRecords)
    {
        var records = station.Records;
        c.Each(records, $"{path}.records", (r, at) =>
        {
            c.Key(r.Key, keys.Records, $"{at}.key", "记录");
            c.Each(r.EmergingProblems, $"{at}.emergingProblems", (p, pAt) => c.Key(p.Key, keys.Problems, $"{pAt}.key", "苗头性问题"));
        });
        var lookups = new ImportRecordLookups(station);
        for (var i = 0; i < (records?.Count ?? 0); i++)
        {
            if (records![i] is not { } record)
            {
                continue; // reported by Each above
            }
            var at = $"{path}.records[{i}]";
            var before = c.Problems.Count;
            Check(c, record, at, keys);
            if (c.Problems.Count > before || !judgeRecords)
            {
                continue; // the file's own mistakes first: the rules would only repeat them
            }
            var result = new RecordResult();
            await RecordValidator.ValidateAsync(lookups, scheme, lookups.Input(record), null, c.Today, c.LocalNow, result, CancellationToken.None);
            foreach (var (field, messages) in result.Errors)
            {
                var fieldPath = Fields.TryGetValue(field, out var name) ? $"{at}.{name}" : at;
                foreach (var message in messages)
                {
                    c.Add(fieldPath, message);
                }
            }
        }
    }

    /// <summary>What only a file can get wrong in one record.</summary>
    private static void Check(ImportChecks c, RecordDto r, string at, StationKeys keys)
    {
        c.Unknown(r, at);
        var kind = c.Enum<RecordKind>(r.Kind, $"{at}.kind", "记录类型", required: true);
        // The import is an administrator's tool (run on the server, no sign-in): it files as 管理员, through the same
        // per-kind table as the record service, so narrowing the table narrows the import too.
        if (kind is { } k && !Records.RecordKindInfo.Of(k).MayBeFiledBy([EvidenceImporter.FilesAs]))
        {
            c.Add($"{at}.kind", $"导入以{EvidenceImporter.FilesAs}身份登记记录，{EvidenceImporter.FilesAs}不能登记“{ChineseNames.Of(k)}”");
        }
        // Only how the file spells a date here: whether the record has one and which days it may be is the rules' (below).
        c.Date(r.EventDate, $"{at}.eventDate", required: false, inSupportedYears: false);
        c.Date(r.ForPeriod, $"{at}.forPeriod", false);
        // The title's rule (the same NameRules check and message as the rules') also here, so a hostile title is named
        // even when the station's other mistakes keep the rules from running; a missing title is the rules'.
        c.Name(r.Title, $"{at}.title", Infrastructure.NameRules.RecordTitle);
        c.Ref(r.ServicePoint, keys.ServicePoints, $"{at}.servicePoint", "服务站点", "servicePoints", required: false);
        keys.Person(c, r.Person, $"{at}.person", required: false);
        keys.Person(c, r.HandedOverBy, $"{at}.handedOverBy", required: false);
        c.Enum<EvaluationResult>(r.EvaluationResult, $"{at}.evaluationResult", "考评结果", required: false);
        OnlyFor(c, kind, RecordKind.LedgerHandover, r.HandedOverBy is not null, $"{at}.handedOverBy");
        OnlyFor(c, kind, RecordKind.LedgerHandover, r.Acknowledged is not null, $"{at}.acknowledged");
        OnlyFor(c, kind, RecordKind.SupervisorEvaluation, r.EvaluationResult is not null, $"{at}.evaluationResult");
        OnlyFor(c, kind, RecordKind.Innovation, r.HasClearResults is not null, $"{at}.hasClearResults");
        OnlyFor(c, kind, RecordKind.Innovation, r.PromotedCompanyWide is not null, $"{at}.promotedCompanyWide");
        if (r.EmergingProblems is { Count: > 0 } && kind is { } inspected && RecordKindInfo.Of(inspected).Section != RecordSection.Inspection)
        {
            c.Add($"{at}.emergingProblems", $"emergingProblems 只用于检查类记录（{ImportValues.List(RecordKindInfo.All.Where(i => i.Section == RecordSection.Inspection).Select(i => i.Kind.ToString()))}），本记录类型为 {inspected}", atName: true);
        }

        var present = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (r.PresentMembers?.Count ?? 0); i++)
        {
            var member = r.PresentMembers![i];
            keys.Person(c, member, $"{at}.presentMembers[{i}]", required: true);
            if (!string.IsNullOrEmpty(member) && !present.Add(member))
            {
                c.Add($"{at}.presentMembers[{i}]", $"出席人员“{member}”重复");
            }
        }
        for (var i = 0; i < (r.Attendees?.Count ?? 0); i++)
        {
            var name = r.Attendees![i];
            if (!ImportValues.AttendeeNames.Contains(name, StringComparer.Ordinal))
            {
                c.Add($"{at}.attendees[{i}]", $"“{name}”不是有效的参会人员类别，可选值：{ImportValues.List(ImportValues.AttendeeNames)}");
            }
        }
        Outage(c, r, kind, at);
        c.Each(r.EmergingProblems, $"{at}.emergingProblems", (p, pAt) =>
        {
            c.Unknown(p, pAt);
            c.Date(p.CorrectedOn, $"{pAt}.correctedOn", false);
        });
        c.Ref(r.AnswersProblem, keys.Problems, $"{at}.answersProblem", "苗头性问题", "emergingProblems", required: false);
    }

    /// <summary>A field that belongs to one record kind only is an error elsewhere (it would be silently dropped).</summary>
    private static void OnlyFor(ImportChecks c, RecordKind? kind, RecordKind owner, bool present, string path)
    {
        if (present && kind is { } k && k != owner)
        {
            c.Add(path, $"{path[(path.LastIndexOf('.') + 1)..]} 只用于 {owner}，本记录类型为 {k}", atName: true);
        }
    }

    private static void Outage(ImportChecks c, RecordDto r, RecordKind? kind, string at)
    {
        if (r.Outage is null)
        {
            return;
        }
        var path = $"{at}.outage";
        if (kind is not null and not RecordKind.OutageNotice)
        {
            c.Add(path, $"outage 只用于停电公告（OutageNotice），本记录类型为 {kind}", atName: true);
        }
        c.Unknown(r.Outage, path);
        c.Enum<OutageType>(r.Outage.Type, $"{path}.type", "停电类型", required: false);
        c.DateTime(r.Outage.Start, $"{path}.start");
        c.DateTime(r.Outage.PublishedAt, $"{path}.publishedAt");
    }
}
