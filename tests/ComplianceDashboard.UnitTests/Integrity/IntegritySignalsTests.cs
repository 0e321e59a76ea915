using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Domain.Integrity;

namespace ComplianceDashboard.UnitTests.Integrity;

public class IntegritySignalsTests
{
    private static readonly IntegrityThresholds Defaults = new();

    private static long _nextId;

    private static IntegrityRecordFact Record(int station, DateOnly eventDate, DateOnly? entered = null, RecordKind kind = RecordKind.GroupMeeting,
        string text = "", DateOnly? due = null, string[]? hashes = null, int[]? attendees = null) => new()
    {
        Id = Interlocked.Increment(ref _nextId),
        StationId = station,
        Kind = kind,
        EventDate = eventDate,
        EnteredAt = (entered ?? eventDate).ToDateTime(new TimeOnly(9, 0)),
        DueDate = due ?? new DateOnly(eventDate.Year, eventDate.Month, DateTime.DaysInMonth(eventDate.Year, eventDate.Month)),
        Text = text,
        AttachmentHashes = hashes ?? [],
        AttendeeIds = attendees ?? [],
    };

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    // 1. Late entry

    [Fact]
    public void A_record_entered_45_days_after_its_event_is_a_late_entry_of_its_month()
    {
        var late = Record(1, D(2025, 3, 10), entered: D(2025, 4, 24), due: D(2025, 4, 30));
        var onTime = Record(1, D(2025, 3, 20), entered: D(2025, 3, 21));

        var signal = Assert.Single(IntegritySignals.LateEntries([late, onTime], Defaults));

        Assert.Equal((SignalKind.LateEntry, 1, 2025, 3), (signal.Kind, signal.StationId, signal.Year, signal.Month));
        Assert.Equal([late.Id], signal.RecordIds);
        Assert.Equal(0.5, signal.Strength);
        Assert.Contains("最晚 45 天", signal.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_entered_inside_the_threshold_and_before_its_due_date_is_not_late()
    {
        var record = Record(1, D(2025, 3, 2), entered: D(2025, 3, 29));

        Assert.Empty(IntegritySignals.LateEntries([record], Defaults));
    }

    [Fact]
    public void A_record_entered_after_its_periods_due_date_is_late_even_within_the_day_threshold()
    {
        var record = Record(1, D(2025, 3, 28), entered: D(2025, 4, 3));

        var signal = Assert.Single(IntegritySignals.LateEntries([record], Defaults));
        Assert.Contains("晚于所属期限的截止日", signal.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_late_entry_threshold_comes_from_the_thresholds()
    {
        var record = Record(1, D(2025, 3, 1), entered: D(2025, 3, 12));

        Assert.Single(IntegritySignals.LateEntries([record], Defaults with { LateEntryDays = 10 }));
    }

    // 2. Burst before evaluation

    private static List<IntegrityRecordFact> SteadyYear(int station, int year)
    {
        var records = new List<IntegrityRecordFact>();
        for (var month = 1; month <= 12; month++)
        {
            records.Add(Record(station, D(year, month, 5)));
            records.Add(Record(station, D(year, month, 15)));
        }
        return records;
    }

    [Fact]
    public void Half_a_years_records_entered_in_the_four_weeks_before_the_evaluation_is_a_burst()
    {
        var opens = new Dictionary<int, DateOnly> { [2025] = D(2026, 1, 15) };
        var burst = new List<IntegrityRecordFact>();
        for (var month = 1; month <= 12; month++)
        {
            var entered = month <= 6 ? D(2026, 1, 2) : D(2025, month, 16); // the first half-year backfilled in January
            burst.Add(Record(9, D(2025, month, 5), entered: entered));
            burst.Add(Record(9, D(2025, month, 15), entered: entered));
        }
        var county = SteadyYear(1, 2025).Concat(SteadyYear(2, 2025)).Concat(SteadyYear(3, 2025)).Concat(burst).ToList();

        var signal = Assert.Single(IntegritySignals.BurstsBeforeEvaluation(county, opens, Defaults));

        Assert.Equal((SignalKind.BurstBeforeEvaluation, 9, 2025), (signal.Kind, signal.StationId, signal.Year));
        Assert.Equal(12, signal.RecordIds.Count);
        Assert.Equal(0.5, signal.Strength);
        Assert.Contains("集中录入", signal.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Stations_that_enter_records_as_they_happen_have_no_burst()
    {
        var opens = new Dictionary<int, DateOnly> { [2025] = D(2026, 1, 15) };
        var county = SteadyYear(1, 2025).Concat(SteadyYear(2, 2025)).ToList();

        Assert.Empty(IntegritySignals.BurstsBeforeEvaluation(county, opens, Defaults));
    }

    [Fact]
    public void Without_an_evaluation_opening_day_no_burst_is_judged()
    {
        var records = Enumerable.Range(1, 20).Select(i => Record(1, D(2025, 6, 1), entered: D(2026, 1, 5))).ToList();

        Assert.Empty(IntegritySignals.BurstsBeforeEvaluation(records, new Dictionary<int, DateOnly>(), Defaults));
    }

    // 3. Reused attachment

    [Fact]
    public void The_same_file_on_records_of_two_stations_signals_both_stations()
    {
        var a = Record(1, D(2025, 3, 5), hashes: ["ABCDEF0123456789"]);
        var b = Record(2, D(2025, 5, 5), hashes: ["abcdef0123456789"]);

        var signals = IntegritySignals.ReusedAttachments([a, b]).ToList();

        Assert.Equal([1, 2], signals.Select(s => s.StationId).Order());
        Assert.All(signals, s => Assert.Equal([a.Id, b.Id], s.RecordIds));
        Assert.All(signals, s => Assert.Equal(1.0, s.Strength));
    }

    [Fact]
    public void Two_different_files_are_no_reuse()
    {
        var a = Record(1, D(2025, 3, 5), hashes: ["aaaa"]);
        var b = Record(1, D(2025, 4, 5), hashes: ["bbbb"]);

        Assert.Empty(IntegritySignals.ReusedAttachments([a, b]));
    }

    [Fact]
    public void A_file_attached_to_one_record_twice_is_no_reuse()
    {
        var a = Record(1, D(2025, 3, 5), hashes: ["aaaa", "AAAA"]);

        Assert.Empty(IntegritySignals.ReusedAttachments([a]));
    }

    // 4. Copied text

    private const string Minutes =
        "本次会议由支部书记主持，通报了三月份驻村站点服务公开情况。监督员反映后陈村台区经理未按时回访两户新装客户，会议要求客户经理在一周内完成回访并将结果报监督小组。会议还讨论了春耕灌溉临时用电的受理流程，决定在站点公开栏张贴办理指南。";

    [Fact]
    public void Minutes_copied_to_another_month_with_new_dates_and_head_counts_are_copied_text()
    {
        var march = Record(1, D(2025, 3, 20), text: "2025年3月20日 应到5人实到5人。" + Minutes);
        var june = Record(1, D(2025, 6, 18), text: "2025年6月18日，应到5人，实到4人。" + Minutes.Replace("三月份", "六月份", StringComparison.Ordinal));

        var signal = Assert.Single(IntegritySignals.CopiedTexts([march, june], Defaults));

        Assert.Equal(SignalKind.CopiedText, signal.Kind);
        Assert.Equal([march.Id, june.Id], signal.RecordIds);
        Assert.True(signal.Strength >= 0.8);
    }

    [Fact]
    public void Minutes_that_share_only_a_template_heading_are_not_copied_text()
    {
        const string heading = "廉政监督小组月度会议纪要 会议议程：一、通报上月监督情况；二、研究本月监督重点；三、布置下一步工作。";
        var march = Record(1, D(2025, 3, 20), text: heading + "会上监督员通报后陈村两户新装客户回访不及时，要求台区经理本周内补做回访并登记在服务记录簿。");
        var april = Record(2, D(2025, 4, 18), text: heading + "本月重点检查了工程物资出入库台账，发现两笔领料单缺少签字，已责成仓库管理员补签并建立月度盘点制度。");

        Assert.True(TextSimilarity.Similarity(march.Text, april.Text) < Defaults.CopiedTextSimilarity);
        Assert.Empty(IntegritySignals.CopiedTexts([march, april], Defaults));
    }

    [Fact]
    public void Short_texts_are_not_compared()
    {
        var a = Record(1, D(2025, 3, 20), text: "议题：业扩报装时限监督；应到5人，实到5人。");
        var b = Record(2, D(2025, 3, 20), text: "议题：业扩报装时限监督；应到5人，实到4人。");

        Assert.Empty(IntegritySignals.CopiedTexts([a, b], Defaults));
    }

    [Fact]
    public void Ledgers_are_not_compared_as_minutes()
    {
        var a = Record(1, D(2025, 3, 20), kind: RecordKind.DemandLedger, text: Minutes);
        var b = Record(2, D(2025, 4, 20), kind: RecordKind.DemandLedger, text: Minutes);

        Assert.Empty(IntegritySignals.CopiedTexts([a, b], Defaults));
    }

    [Fact]
    public void The_side_by_side_diff_marks_what_differs()
    {
        var (left, right) = TextDiff.Compare("三月份会议", "六月份会议");

        Assert.Equal([new DiffSegment("三", false), new DiffSegment("月份会议", true)], left);
        Assert.Equal([new DiffSegment("六", false), new DiffSegment("月份会议", true)], right);
    }

    // 5. Impossible attendance

    [Fact]
    public void A_person_at_meetings_of_two_stations_on_one_day_is_impossible_attendance()
    {
        var a = Record(1, D(2025, 3, 20), attendees: [7, 8]);
        var b = Record(2, D(2025, 3, 20), attendees: [7]);

        var signals = IntegritySignals.ImpossibleAttendance([a, b], []).ToList();

        Assert.Equal([1, 2], signals.Select(s => s.StationId).Order());
        Assert.All(signals, s => Assert.Equal([a.Id, b.Id], s.RecordIds));
    }

    [Fact]
    public void Two_meetings_of_one_station_at_different_hours_of_a_day_are_possible()
    {
        var morning = Record(1, D(2025, 3, 20), attendees: [7]) with { StartsAt = new DateTime(2025, 3, 20, 9, 0, 0), EndsAt = new DateTime(2025, 3, 20, 10, 30, 0) };
        var afternoon = Record(1, D(2025, 3, 20), attendees: [7]) with { StartsAt = new DateTime(2025, 3, 20, 14, 0, 0), EndsAt = new DateTime(2025, 3, 20, 15, 0, 0) };
        var overlapping = afternoon with { Id = 999_001, StartsAt = new DateTime(2025, 3, 20, 10, 0, 0) };

        Assert.Empty(IntegritySignals.ImpossibleAttendance([morning, afternoon], []));
        Assert.Single(IntegritySignals.ImpossibleAttendance([morning, overlapping], []));
    }

    [Fact]
    public void Attending_after_the_post_ended_is_impossible_attendance()
    {
        var meeting = Record(1, D(2025, 3, 20), attendees: [7, 8]);
        PostTermFact[] terms = [new(7, D(2023, 1, 1), D(2025, 2, 28)), new(8, D(2024, 1, 1), null)];

        var signal = Assert.Single(IntegritySignals.ImpossibleAttendance([meeting], terms));

        Assert.Equal([meeting.Id], signal.RecordIds);
        Assert.Contains("7", signal.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Attending_within_the_post_term_is_fine()
    {
        var meeting = Record(1, D(2025, 3, 20), attendees: [8]);

        Assert.Empty(IntegritySignals.ImpossibleAttendance([meeting], [new(8, D(2025, 3, 20), D(2025, 3, 20))]));
    }

    // 6. Changes after finalisation

    [Fact]
    public void Edits_and_deletions_after_the_year_was_finalised_are_signalled()
    {
        FinalisationFact[] finalised = [new(1, 2025, new DateTime(2026, 1, 20, 10, 0, 0))];
        RecordHistoryFact[] history =
        [
            new(11, 1, 2025, HistoryActionFact.Updated, new DateTime(2026, 1, 10, 9, 0, 0), "shuji1"), // before: fine
            new(12, 1, 2025, HistoryActionFact.Updated, new DateTime(2026, 2, 1, 9, 0, 0), "shuji1"),
            new(13, 1, 2025, HistoryActionFact.Deleted, new DateTime(2026, 2, 2, 9, 0, 0), "shuji1"),
            new(14, 1, 2026, HistoryActionFact.Updated, new DateTime(2026, 2, 2, 9, 0, 0), "shuji1"), // year not finalised
        ];

        var signal = Assert.Single(IntegritySignals.ChangesAfterFinalisation(history, finalised));

        Assert.Equal([12L, 13L], signal.RecordIds);
        Assert.Equal(1.0, signal.Strength);
    }

    [Fact]
    public void Changes_before_finalisation_are_not_signalled()
    {
        FinalisationFact[] finalised = [new(1, 2025, new DateTime(2026, 1, 20, 10, 0, 0))];
        RecordHistoryFact[] history = [new(11, 1, 2025, HistoryActionFact.Updated, new DateTime(2026, 1, 19, 9, 0, 0), "shuji1")];

        Assert.Empty(IntegritySignals.ChangesAfterFinalisation(history, finalised));
    }

    [Fact]
    public void A_signal_key_does_not_depend_on_record_order()
    {
        var a = new IntegritySignal(SignalKind.CopiedText, 1, 2025, 3, 0.9, new SignalText(""), [5, 3]);
        var b = a with { RecordIds = [3, 5] };

        Assert.Equal(a.Key, b.Key);
        Assert.Equal("CopiedText:1:2025-03:3,5", a.Key);
    }

    [Fact]
    public void Compute_keeps_only_the_asked_stations()
    {
        var a = Record(1, D(2025, 3, 5), hashes: ["aaaa"]);
        var b = Record(2, D(2025, 5, 5), hashes: ["aaaa"]);

        var signals = IntegritySignals.Compute(new IntegrityInput { Records = [a, b] }, Defaults, new HashSet<int> { 2 });

        Assert.All(signals, s => Assert.Equal(2, s.StationId));
        Assert.NotEmpty(signals);
    }
}
