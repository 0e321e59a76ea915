namespace ComplianceDashboard.Web.Features.Import;

/// <summary>Checks one station of an import file and returns every problem found (nothing is written when there is one).</summary>
internal static class ImportValidator
{
    /// <param name="codes">Station codes seen so far in the file, with the path of their first occurrence.</param>
    /// <param name="existsInDatabase">Whether the station's code is already taken.</param>
    public static async Task<IReadOnlyList<ImportProblem>> ValidateAsync(StationDto station, string path, Dictionary<string, string> codes, bool existsInDatabase,
        Scheme scheme, DateOnly today, DateTime localNow)
    {
        var c = new ImportChecks(today, localNow);
        var keys = Station(c, station, path, codes, existsInDatabase);
        // A mistake in the organisation (a post at an unknown point, a bad date) would make the record rules
        // repeat it for every record of the people concerned: they run once the organisation is right.
        await ImportRecords.ValidateAsync(c, station, path, keys, scheme, judgeRecords: c.Problems.Count == 0);
        return c.Problems;
    }

    /// <summary>Everything but the records; returns the keys the station declares.</summary>
    private static StationKeys Station(ImportChecks c, StationDto s, string path, Dictionary<string, string> codes, bool existsInDatabase)
    {
        c.Unknown(s, path);
        c.Name(s.Code, $"{path}.code", NameRules.StationCode);
        if (c.Required(s.Code, $"{path}.code"))
        {
            var code = s.Code!.Trim(); // stored trimmed (ImportWriter)
            if (!codes.TryAdd(code, path))
            {
                c.Add($"{path}.code", $"站所编码“{s.Code}”在文件中重复（首次出现于 {codes[code]}）");
            }
            else if (existsInDatabase)
            {
                c.Add($"{path}.code", $"站所编码“{s.Code}”已存在于数据库中；导入只能新建站所");
            }
        }
        c.Required(s.Name, $"{path}.name");
        c.Name(s.Name, $"{path}.name", NameRules.StationName);
        c.Required(s.Township, $"{path}.township");
        c.Name(s.Township, $"{path}.township", NameRules.Township);

        var keys = new StationKeys();
        c.Each(s.ServicePoints, $"{path}.servicePoints", (p, at) => ServicePoint(c, p, at, keys));
        c.Each(s.People, $"{path}.people", (p, at) =>
        {
            c.Unknown(p, at);
            c.Key(p.Key, keys.People, $"{at}.key", "人员");
            c.Required(p.Name, $"{at}.name");
            c.Name(p.Name, $"{at}.name", NameRules.PersonName);
            c.Name(p.JobTitle, $"{at}.jobTitle", NameRules.JobTitle);
            c.Name(p.Phone, $"{at}.phone", NameRules.Phone);
        });
        c.Each(s.Posts, $"{path}.posts", (p, at) => Post(c, p, at, keys));
        c.Each(s.SupervisorAppointments, $"{path}.supervisorAppointments", (a, at) => Appointment(c, a, at, keys));
        c.Each(s.Dismissals, $"{path}.dismissals", (d, at) =>
        {
            c.Unknown(d, at);
            keys.Person(c, d.Person, $"{at}.person", required: true);
            c.Enum<DismissalGround>(d.Ground, $"{at}.ground", "解聘事由", required: true);
            c.Order(c.Date(d.GroundOn, $"{at}.groundOn", true), c.Date(d.DismissedOn, $"{at}.dismissedOn", false), $"{at}.dismissedOn", "groundOn");
        });
        c.Each(s.GroupMemberships, $"{path}.groupMemberships", (m, at) =>
        {
            c.Unknown(m, at);
            keys.Person(c, m.Person, $"{at}.person", required: true);
            c.Enum<GroupRole>(m.Role, $"{at}.role", "小组角色", required: true);
            c.Order(c.Date(m.From, $"{at}.from", true), c.Date(m.To, $"{at}.to", false), $"{at}.to", "from");
        });
        c.Each(s.ResponsibilityLists, $"{path}.responsibilityLists", (l, at) =>
        {
            c.Unknown(l, at);
            c.Enum<PostRole>(l.Role, $"{at}.role", "岗位", required: true);
            c.Date(l.IssuedOn, $"{at}.issuedOn", true);
            c.Name(l.Title, $"{at}.title", NameRules.ResponsibilityListTitle);
        });
        return keys;
    }

    private static void ServicePoint(ImportChecks c, ServicePointDto p, string at, StationKeys keys)
    {
        c.Unknown(p, at);
        c.Key(p.Key, keys.ServicePoints, $"{at}.key", "服务站点");
        c.Required(p.Name, $"{at}.name");
        c.Name(p.Name, $"{at}.name", NameRules.ServicePointName);
        c.Name(p.Village, $"{at}.village", NameRules.Village);
        c.Enum<VenueType>(p.Venue, $"{at}.venue", "站点场所类型", required: false);
        c.Order(c.Date(p.OpenedOn, $"{at}.openedOn", true), c.Date(p.ClosedOn, $"{at}.closedOn", false), $"{at}.closedOn", "openedOn");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (p.Services?.Count ?? 0); i++)
        {
            var service = p.Services![i];
            if (!ImportValues.Services.Contains(service, StringComparer.Ordinal))
            {
                c.Add($"{at}.services[{i}]", $"“{service}”不是有效的服务项目，可选值：{ImportValues.List(ImportValues.Services)}");
            }
            else if (!seen.Add(service))
            {
                c.Add($"{at}.services[{i}]", $"服务项目“{service}”重复");
            }
        }
        foreach (var (kind, quantity) in p.Facilities ?? [])
        {
            c.Enum<FacilityKind>(kind, $"{at}.facilities.{kind}", "设施类型", required: true);
            if (quantity < 0)
            {
                c.Add($"{at}.facilities.{kind}", $"数量 {quantity} 不能为负数");
            }
        }
    }

    private static void Post(ImportChecks c, PostDto p, string at, StationKeys keys)
    {
        c.Unknown(p, at);
        keys.Person(c, p.Person, $"{at}.person", required: true);
        c.Ref(p.ServicePoint, keys.ServicePoints, $"{at}.servicePoint", "服务站点", "servicePoints", required: true);
        c.Enum<PostRole>(p.Role, $"{at}.role", "岗位", required: true);
        var to = c.Date(p.To, $"{at}.to", false);
        c.Order(c.Date(p.From, $"{at}.from", true), to, $"{at}.to", "from");
        if (c.Enum<VacancyReason>(p.EndReason, $"{at}.endReason", "离岗原因", required: false) is not null && string.IsNullOrEmpty(p.To))
        {
            c.Add($"{at}.endReason", "填写了 endReason 但没有结束日期 to");
        }
    }

    private static void Appointment(ImportChecks c, AppointmentDto a, string at, StationKeys keys)
    {
        c.Unknown(a, at);
        keys.Person(c, a.Person, $"{at}.person", required: true);
        var status = c.Enum<AppointmentStatus>(a.Status, $"{at}.status", "聘任状态", required: true);
        c.Date(a.RecommendedOn, $"{at}.recommendedOn", false);
        c.Date(a.ReviewedOn, $"{at}.reviewedOn", false);
        c.Date(a.ApprovedOn, $"{at}.approvedOn", status == AppointmentStatus.Approved);
        if (status == AppointmentStatus.Approved)
        {
            c.Required(a.DocumentNo, $"{at}.documentNo");
        }
        c.Name(a.DocumentNo, $"{at}.documentNo", NameRules.DocumentNo);
        c.Order(c.Date(a.TermStart, $"{at}.termStart", true), c.Date(a.TermEnd, $"{at}.termEnd", true), $"{at}.termEnd", "termStart");
        if (a.ConsecutiveTerm is < 1)
        {
            c.Add($"{at}.consecutiveTerm", $"连任届数 {a.ConsecutiveTerm} 无效，应 ≥ 1");
        }
    }
}

/// <summary>The file-local keys declared in one station (they are unique per station).</summary>
internal sealed class StationKeys
{
    public Dictionary<string, string> ServicePoints { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> People { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Records { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Problems { get; } = new(StringComparer.Ordinal);

    public void Person(ImportChecks c, string? key, string path, bool required) =>
        c.Ref(key, People, path, "人员", "people", required);
}
