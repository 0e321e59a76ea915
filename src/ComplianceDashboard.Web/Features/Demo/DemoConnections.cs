using ComplianceDashboard.Domain.Connections;

namespace ComplianceDashboard.Web.Features.Demo;

/// <summary>
/// A year of 业扩 applications for the demo county (deterministic: a seeded Random per station): every class, a few
/// 重点项目, some customer-paused, some overdue, call-backs mostly made, the call-back plan and results mostly on
/// time, Fridays mostly met. Separate tables: QL-2022 grades and record counts do not change.
/// <para>
/// Station 1 (桐琴供电所) carries a fixed showcase for the morning list of 2026-10-09 (domain §9's example): exactly
/// one stage due that day (a 居民 方案答复 received 2026-09-29) and two overdue ones; none of its random applications
/// is open then (they are received after that day or more than 200 days before it).
/// </para>
/// </summary>
public static class DemoConnections
{
    public static readonly DateOnly ShowcaseDay = new(2026, 10, 9);

    /// <summary>Only the first stations get applications: the demo county has 14; a benchmark's thousands of stations make their own.</summary>
    public const int MaxStations = 30;
    public const int ShowcaseStationId = 1;

    /// <summary>The showcase's numbers on <see cref="ShowcaseDay"/>: due that day, then the overdue ones.</summary>
    public static readonly IReadOnlyList<string> ShowcaseDue = ["YK-WY0001-DEMO-A"];
    public static readonly IReadOnlyList<string> ShowcaseOverdue = ["YK-WY0001-DEMO-B", "YK-WY0001-DEMO-E"];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "胡", "朱", "高", "林"];
    private static readonly string[] Given = ["建国", "秀英", "伟", "芳", "明", "丽", "强", "敏", "军", "静", "海燕", "志刚", "春梅", "国平"];
    private static readonly string[] Firms = ["五金厂", "农家乐", "竹木制品有限公司", "食品加工厂", "物流有限公司", "纺织有限公司", "光伏科技有限公司", "冷链仓储中心", "水泥制品厂", "电子元件有限公司"];
    private static readonly string[] PauseReasons = ["客户资料不全，等待补充", "客户要求推迟现场勘查", "客户受电工程未完工", "客户未按约定时间到场", "客户更改用电容量"];

    public static async Task SeedAsync(IDbContextFactory<AppDbContext> factory, DateOnly today, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var stations = await db.Stations.AsNoTracking().OrderBy(s => s.Id).Take(MaxStations).Select(s => new { s.Id, s.Code }).ToListAsync(ct);
        var applications = new List<ConnectionApplication>();
        foreach (var s in stations)
        {
            applications.AddRange(Generate(s.Id, s.Code, today, perMonth: 8, seed: 9001 + s.Id));
        }
        applications.AddRange(Showcase(today));
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.ConnectionApplications.AddRange(applications);
        await db.SaveChangesAsync(ct);

        var random = new Random(4242);
        var ids = stations.Select(s => s.Id).ToList();
        AddDuties(db, ids, today, random);
        AddMeetings(db, applications, today, random);
        AddDelays(db, applications, today, random);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Random applications of one station received in the 365 days before <paramref name="today"/> (also the benchmark's source).</summary>
    public static List<ConnectionApplication> Generate(int stationId, string stationCode, DateOnly today, int perMonth, int seed)
    {
        var random = new Random(seed);
        var calendar = WorkingDayCalendar.Default;
        var limits = StageLimits.Default;
        var list = new List<ConnectionApplication>();
        var count = perMonth * 12;
        for (var i = 0; i < count; i++)
        {
            var received = today.AddDays(-random.Next(0, 365));
            while (!calendar.IsWorkingDay(received))
            {
                received = received.AddDays(-1);
            }
            if (stationId == ShowcaseStationId && received <= ShowcaseDay && received > ShowcaseDay.AddDays(-200))
            {
                continue; // keeps the showcase's morning list exact
            }
            var roll = random.NextDouble();
            var c = roll < 0.55 ? ConnectionClass.Residential : roll < 0.85 ? ConnectionClass.LowVoltage : roll < 0.96 ? ConnectionClass.HighVoltageSingle : ConnectionClass.HighVoltageDual;
            var app = new ConnectionApplication
            {
                Number = $"YK-{stationCode}-{received:yyyyMMdd}-{i:D4}",
                Customer = c == ConnectionClass.Residential ? $"{Surnames[random.Next(Surnames.Length)]}{Given[random.Next(Given.Length)]}"
                    : $"{Surnames[random.Next(Surnames.Length)]}氏{Firms[random.Next(Firms.Length)]}",
                Class = c,
                StationId = stationId,
                IsKeyProject = c.IsHighVoltage() && random.NextDouble() < 0.2,
                IsImportantCustomer = c.IsHighVoltage() && random.NextDouble() < 0.3,
                Received = received,
                ComplaintReference = random.NextDouble() < 0.01 ? $"TS-{received:yyyyMM}-{random.Next(100, 999)}" : "",
                UpdatedBy = "demo",
            };
            Simulate(app, random, calendar, limits, today);
            list.Add(app);
        }
        return list;
    }

    // Walks the class's stages: each takes its limit or less (a few run late), a few wait on the customer; a stage that
    // would finish after today stays open and the later ones are not started. Recent applications may stall past due.
    private static void Simulate(ConnectionApplication app, Random random, WorkingDayCalendar calendar, StageLimits limits, DateOnly today)
    {
        var start = app.Received;
        var stall = app.Received > today.AddDays(-60) && random.NextDouble() < 0.08;
        foreach (var stage in ConnectionNames.Stages.Where(s => s.Applies(app.Class)))
        {
            var limit = limits.For(stage, app.Class);
            List<DateRange> pauses = [];
            if (limit is not null && random.NextDouble() < 0.06)
            {
                var from = start.AddDays(1);
                pauses.Add(new DateRange(from, from.AddDays(random.Next(2, 7))));
                app.Pauses.Add(new ConnectionPause { From = pauses[0].From, To = pauses[0].To, Reason = PauseReasons[random.Next(PauseReasons.Length)] });
            }
            var days = limit is { } l
                ? random.NextDouble() < 0.07 ? l + random.Next(1, 5) : Math.Max(stage == ConnectionStage.Acceptance ? 0 : 1, l - random.Next(0, Math.Max(1, l / 2)))
                : stage == ConnectionStage.Acceptance ? 0 : random.Next(1, 4);
            var finish = calendar.AddWorkingDays(start, days, pauses);
            var unit = stage switch
            {
                ConnectionStage.DesignReview or ConnectionStage.MidInspection when random.NextDouble() < 0.5 => "YJ",
                ConnectionStage.SchemeReply when app.Class.IsHighVoltage() && random.NextDouble() < 0.5 => "FZ",
                ConnectionStage.Energising when random.NextDouble() < 0.2 => "YX",
                _ => null,
            };
            var open = finish > today || (stall && limit is not null);
            app.Stages.Add(new ConnectionStageRecord { Stage = stage, Start = start, Finish = open ? null : finish, Unit = unit });
            if (open)
            {
                break;
            }
            if (stage == ConnectionStage.SchemeReply || (stage == ConnectionStage.CompletionInspection && random.NextDouble() < 0.5))
            {
                if (random.NextDouble() < 0.93)
                {
                    var result = random.NextDouble() switch { < 0.85 => "满意", < 0.97 => "基本满意", _ => "不满意" };
                    app.CallBacks.Add(new ConnectionCallBack
                    {
                        Stage = stage, Date = calendar.AddWorkingDays(finish, 1), Result = result, RecordedBy = "demo",
                        Opinion = result == "满意" ? "" : "希望缩短送电时间",
                    });
                }
            }
            start = finish;
        }
        // A call-back after energising does not count: drop those dated after it.
        var energised = app.Stages.FirstOrDefault(s => s.Stage == ConnectionStage.Energising)?.Finish;
        app.CallBacks.RemoveAll(c => c.Date > today || (energised is { } e && c.Date > e));
        app.ClosedOn = ConnectionClocks.ClosedOn(app.Class, app.Stages.Select(s => new StageFacts(s.Stage, s.Start, s.Finish, s.Unit)));
    }

    /// <summary>Station 1's fixed applications around <see cref="ShowcaseDay"/> (only once that day has passed).</summary>
    private static List<ConnectionApplication> Showcase(DateOnly today)
    {
        if (today <= ShowcaseDay.AddDays(40))
        {
            return [];
        }
        static DateOnly D(int m, int d) => new(2026, m, d);
        ConnectionApplication App(string suffix, string customer, ConnectionClass c, DateOnly received, params (ConnectionStage Stage, DateOnly? Start, DateOnly Finish, string? Unit)[] stages)
        {
            var app = new ConnectionApplication
            {
                Number = $"YK-WY0001-DEMO-{suffix}", Customer = customer, Class = c, StationId = ShowcaseStationId, Received = received, UpdatedBy = "demo",
                IsKeyProject = suffix == "E",
                Stages = [.. stages.Select(s => new ConnectionStageRecord { Stage = s.Stage, Start = s.Start, Finish = s.Finish, Unit = s.Unit })],
            };
            return app;
        }
        // Later stages of every showcase application finish in October–November, so they are closed today.
        (ConnectionStage, DateOnly?, DateOnly, string?)[] Tail(DateOnly from, ConnectionClass c) =>
            [.. ConnectionNames.Stages.Where(s => s.Applies(c)).SkipWhile(s => s <= ConnectionStage.SchemeReply).Select((s, i) => (s, (DateOnly?)null, from.AddDays(i + 1), (string?)null))];

        var a = App("A", "陈秀英", ConnectionClass.Residential, D(9, 29),
            [(ConnectionStage.Acceptance, null, D(9, 29), null), (ConnectionStage.SiteSurvey, null, D(9, 29), null), (ConnectionStage.SchemeReply, null, D(10, 12), null), .. Tail(D(10, 12), ConnectionClass.Residential)]);
        a.CallBacks.Add(new ConnectionCallBack { Stage = ConnectionStage.SchemeReply, Date = D(10, 13), Result = "基本满意", Opinion = "方案答复稍慢", RecordedBy = "demo" });
        var b = App("B", "王氏五金厂", ConnectionClass.LowVoltage, D(9, 14),
            [(ConnectionStage.Acceptance, null, D(9, 14), null), (ConnectionStage.SiteSurvey, null, D(9, 15), null), (ConnectionStage.SchemeReply, D(9, 15), D(10, 12), null), .. Tail(D(10, 12), ConnectionClass.LowVoltage)]);
        b.CallBacks.Add(new ConnectionCallBack { Stage = ConnectionStage.SchemeReply, Date = D(10, 13), Result = "不满意", Opinion = "方案答复超期", RecordedBy = "demo" });
        var c = App("C", "林氏光伏科技有限公司", ConnectionClass.HighVoltageSingle, D(8, 3),
            [(ConnectionStage.Acceptance, null, D(8, 3), null), (ConnectionStage.SiteSurvey, null, D(8, 5), null), (ConnectionStage.SchemeReply, null, D(8, 20), "FZ"),
             (ConnectionStage.Charging, null, D(10, 8), null), (ConnectionStage.DesignReview, null, D(10, 20), "YJ"), (ConnectionStage.MidInspection, null, D(10, 23), "YJ"),
             (ConnectionStage.CompletionInspection, null, D(10, 28), null), (ConnectionStage.Contract, null, D(10, 29), null), (ConnectionStage.Energising, null, D(11, 2), null), (ConnectionStage.Archiving, null, D(11, 4), null)]);
        c.CallBacks.Add(new ConnectionCallBack { Stage = ConnectionStage.DesignReview, Date = D(10, 21), Result = "满意", RecordedBy = "demo" });
        var d = App("D", "赵建国", ConnectionClass.Residential, D(9, 29),
            [(ConnectionStage.Acceptance, null, D(9, 29), null), (ConnectionStage.SiteSurvey, null, D(9, 29), null), (ConnectionStage.SchemeReply, null, D(10, 13), null), .. Tail(D(10, 13), ConnectionClass.Residential)]);
        d.Pauses.Add(new ConnectionPause { From = D(10, 8), To = D(10, 9), Reason = "客户外出，约定10月10日后答复" });
        d.CallBacks.Add(new ConnectionCallBack { Stage = ConnectionStage.SchemeReply, Date = D(10, 14), Result = "满意", RecordedBy = "demo" });
        var e = App("E", "杨氏冷链仓储中心", ConnectionClass.HighVoltageDual, D(6, 1),
            [(ConnectionStage.Acceptance, null, D(6, 1), null), (ConnectionStage.SiteSurvey, null, D(6, 3), null), (ConnectionStage.SchemeReply, null, D(7, 10), "FZ"),
             (ConnectionStage.Charging, null, D(7, 15), null), (ConnectionStage.DesignReview, null, D(7, 28), "YJ"), (ConnectionStage.MidInspection, null, D(8, 20), "YJ"),
             (ConnectionStage.CompletionInspection, null, D(9, 18), null), (ConnectionStage.Contract, null, D(9, 21), null), (ConnectionStage.Energising, D(9, 21), D(10, 12), "YX"), (ConnectionStage.Archiving, null, D(10, 16), null)]);
        e.CallBacks.Add(new ConnectionCallBack { Stage = ConnectionStage.CompletionInspection, Date = D(9, 19), Result = "满意", RecordedBy = "demo" });
        List<ConnectionApplication> all = [a, b, c, d, e];
        foreach (var app in all)
        {
            app.ClosedOn = ConnectionClocks.ClosedOn(app.Class, app.Stages.Select(s => new StageFacts(s.Stage, s.Start, s.Finish, s.Unit)));
        }
        return all;
    }

    private static void AddDuties(AppDbContext db, List<int> stations, DateOnly today, Random random)
    {
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-12);
        for (var month = first; month <= today; month = month.AddMonths(1))
        {
            var planDay = Math.Min(random.NextDouble() < 0.9 ? random.Next(1, 4) : random.Next(4, 8), DateTime.DaysInMonth(month.Year, month.Month));
            var planDate = new DateOnly(month.Year, month.Month, planDay);
            var reportMonth = month.AddMonths(1);
            foreach (var station in stations)
            {
                if (planDate <= today && random.NextDouble() < 0.97)
                {
                    db.ConnectionDutyRecords.Add(new ConnectionDutyRecord { StationId = station, Kind = ConnectionDutyKind.CallBackPlan, Year = month.Year, Month = month.Month, Date = planDate, RecordedBy = "demo" });
                }
                var reportDate = new DateOnly(reportMonth.Year, reportMonth.Month, random.NextDouble() < 0.88 ? random.Next(3, 11) : random.Next(11, 16));
                if (reportDate <= today && random.NextDouble() < 0.96)
                {
                    db.ConnectionDutyRecords.Add(new ConnectionDutyRecord { StationId = station, Kind = ConnectionDutyKind.CallBackResults, Year = month.Year, Month = month.Month, Date = reportDate, RecordedBy = "demo" });
                }
            }
        }
    }

    private static void AddMeetings(AppDbContext db, List<ConnectionApplication> applications, DateOnly today, Random random)
    {
        var calendar = WorkingDayCalendar.Default;
        var highVoltage = applications.Where(a => a.Class.IsHighVoltage()).ToList();
        for (var friday = today.AddDays(-365); friday < today; friday = friday.AddDays(1))
        {
            if (friday.DayOfWeek != DayOfWeek.Friday || !calendar.IsWorkingDay(friday) || random.NextDouble() < 0.07)
            {
                continue;
            }
            var open = highVoltage.Where(a => a.Received <= friday && (a.ClosedOn is null || a.ClosedOn > friday)).ToList();
            var items = open.OrderBy(_ => random.Next()).Take(Math.Min(3, open.Count))
                .Select(a => new CoordinationItem { ApplicationId = a.Id, Text = "协调设计审核与中间检查时间，明确责任部门和完成时限" }).ToList();
            db.CoordinationMeetings.Add(new CoordinationMeeting
            {
                Date = friday, Chair = "副局长 周国平", Attendees = "营销部、运检部、发展策划部、营销稽查室、各供电所所长",
                Minutes = $"通报本周到期和超期业扩环节{open.Count}项，逐项明确责任单位和完成时限。", RecordedBy = "demo", Items = items,
            });
        }
    }

    private static void AddDelays(AppDbContext db, List<ConnectionApplication> applications, DateOnly today, Random random)
    {
        var late = applications.Where(a => a.Class.IsHighVoltage() && a.Received < today.AddDays(-90)).OrderBy(a => a.Id).ToList();
        foreach (var app in late.Where((_, i) => i % 9 == 4).Take(6))
        {
            var month = app.Received.AddMonths(1);
            db.CooperationDelays.Add(new CooperationDelay
            {
                ApplicationId = app.Id, Stage = ConnectionStage.DesignReview, Unit = random.NextDouble() < 0.5 ? "YJ" : "FZ", Year = month.Year, Month = month.Month,
                Decision = "设计审核配合不及时，导致客户受电工程延期开工，经协调会认定考核", RecordedBy = "demo",
            });
        }
    }
}
