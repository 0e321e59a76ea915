using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Domain.Scoring;

namespace ComplianceDashboard.Web.Features.Import;

/// <summary>Checks a station's evidence records: keys first (a reminder may answer a problem of any record), then each record.</summary>
internal static class RecordValidator
{
    public static void Validate(ImportChecks c, List<RecordDto>? records, string path, StationKeys keys)
    {
        c.Each(records, path, (r, at) =>
        {
            c.Key(r.Key, keys.Records, $"{at}.key", "记录");
            c.Each(r.EmergingProblems, $"{at}.emergingProblems", (p, pAt) => c.Key(p.Key, keys.Problems, $"{pAt}.key", "苗头性问题"));
        });
        c.Each(records, path, (r, at) => Record(c, r, at, keys));
    }

    private static void Record(ImportChecks c, RecordDto r, string at, StationKeys keys)
    {
        c.Unknown(r, at);
        var kind = c.Enum<RecordKind>(r.Kind, $"{at}.kind", "记录类型", required: true);
        // The import is an administrator's tool (run on the server, no sign-in): it files as 管理员, through the same
        // per-kind table as the record service, so narrowing the table narrows the import too.
        if (kind is { } k && !Records.RecordKindInfo.Of(k).MayBeFiledBy([EvidenceImporter.FilesAs]))
        {
            c.Add($"{at}.kind", $"导入以{EvidenceImporter.FilesAs}身份登记记录，{EvidenceImporter.FilesAs}不能登记“{ChineseNames.Of(k)}”");
        }
        var eventDate = c.Date(r.EventDate, $"{at}.eventDate", true);
        if (eventDate > c.Today)
        {
            c.Add($"{at}.eventDate", $"事件日期 {eventDate:yyyy-MM-dd} 晚于今天（{c.Today:yyyy-MM-dd}），不能导入未来的记录");
        }
        var forPeriod = c.Date(r.ForPeriod, $"{at}.forPeriod", false);
        if (forPeriod > eventDate)
        {
            c.Add($"{at}.forPeriod", $"所属期间 {forPeriod:yyyy-MM-dd} 晚于事件日期 {eventDate:yyyy-MM-dd}");
        }
        c.Ref(r.ServicePoint, keys.ServicePoints, $"{at}.servicePoint", "服务站点", "servicePoints", required: false);
        keys.Person(c, r.Person, $"{at}.person", required: false);
        c.Required(r.Title, $"{at}.title");
        c.Name(r.Title, $"{at}.title", Infrastructure.NameRules.RecordTitle);

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
        if (r.MajorDecisions is < 0)
        {
            c.Add($"{at}.majorDecisions", $"重大事项数 {r.MajorDecisions} 不能为负数");
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
            if (c.Required(p.Description, $"{pAt}.description") && p.Description!.Length > ImportValues.MaxProblemLength)
            {
                c.Add($"{pAt}.description", $"问题描述长度 {p.Description.Length} 超过 {ImportValues.MaxProblemLength} 个字符");
            }
            c.Date(p.CorrectedOn, $"{pAt}.correctedOn", false);
        });
        c.Ref(r.AnswersProblem, keys.Problems, $"{at}.answersProblem", "苗头性问题", "emergingProblems", required: false);
    }

    private static void Outage(ImportChecks c, RecordDto r, RecordKind? kind, string at)
    {
        if (r.Outage is null)
        {
            if (kind == RecordKind.OutageNotice)
            {
                c.Add($"{at}.outage", "停电公告（OutageNotice）必须填写 outage：{type, start, publishedAt}");
            }
            return;
        }
        var path = $"{at}.outage";
        if (kind is not null and not RecordKind.OutageNotice)
        {
            c.Add(path, $"outage 只用于停电公告（OutageNotice），本记录类型为 {kind}", atName: true);
        }
        c.Unknown(r.Outage, path);
        c.Enum<OutageType>(r.Outage.Type, $"{path}.type", "停电类型", required: true);
        c.DateTime(r.Outage.Start, $"{path}.start");
        c.DateTime(r.Outage.PublishedAt, $"{path}.publishedAt");
    }
}
