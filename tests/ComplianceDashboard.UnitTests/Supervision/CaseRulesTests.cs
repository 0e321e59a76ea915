using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Domain.Supervision;

namespace ComplianceDashboard.UnitTests.Supervision;

public class CaseRulesTests
{
    private static readonly CaseLimits Limits = new();
    private static readonly WorkingDayCalendar Weekends = WorkingDayCalendar.WeekendsOnly;
    private static readonly DateOnly Friday = new(2026, 11, 13);

    private static CaseState Case(CaseStatus status = CaseStatus.Registered, CaseChannel channel = CaseChannel.Letter, DateOnly? accepted = null, bool anonymous = false) =>
        new(channel, status, Friday, accepted, null, anonymous);

    private static CaseConclusion Conclusion(CaseOutcome? outcome = CaseOutcome.Unsubstantiated, int? station = null, RecordKind? risk = null,
        bool feedback = true, bool reply = false) =>
        new(outcome, "调阅台账并约谈当事人", Friday.AddDays(20), feedback ? Friday.AddDays(21) : null, feedback ? "已电话反馈" : null,
            reply ? Friday.AddDays(21) : null, reply ? "已书面回复县纪委" : null, station, risk);

    [Fact]
    public void A_case_received_on_a_Friday_is_accepted_by_the_next_Friday_and_concluded_within_60_days()
    {
        Assert.Equal(new DateOnly(2026, 11, 20), CaseRules.AcceptBy(Weekends, Friday, Limits));
        Assert.Equal(new DateOnly(2027, 1, 12), CaseRules.ConcludeBy(Friday, Limits));
    }

    [Fact]
    public void Acceptance_is_overdue_from_the_day_after_the_fifth_working_day()
    {
        Assert.False(CaseRules.IsOverdue(Weekends, Case(), Limits, new DateOnly(2026, 11, 20)));
        Assert.True(CaseRules.IsOverdue(Weekends, Case(), Limits, new DateOnly(2026, 11, 21)));
        Assert.True(CaseRules.AcceptanceOverdue(Weekends, Case(CaseStatus.Accepted, accepted: new DateOnly(2026, 11, 23)), Limits, new DateOnly(2026, 11, 30)));
    }

    [Fact]
    public void Holidays_extend_the_acceptance_deadline()
    {
        var calendar = new WorkingDayCalendar([new HolidayDay(new DateOnly(2026, 11, 16), HolidayKind.DayOff, ""), new HolidayDay(new DateOnly(2026, 11, 17), HolidayKind.DayOff, "")]);
        Assert.Equal(new DateOnly(2026, 11, 24), CaseRules.AcceptBy(calendar, Friday, Limits));
    }

    [Fact]
    public void An_accepted_case_is_overdue_only_after_its_conclusion_deadline()
    {
        var accepted = Case(CaseStatus.Accepted, accepted: Friday.AddDays(3));
        Assert.False(CaseRules.IsOverdue(Weekends, accepted, Limits, CaseRules.ConcludeBy(Friday, Limits)));
        Assert.True(CaseRules.IsOverdue(Weekends, accepted, Limits, CaseRules.ConcludeBy(Friday, Limits).AddDays(1)));
    }

    [Fact]
    public void A_conclusion_needs_an_accepted_case_an_outcome_and_its_basis()
    {
        Assert.Equal("请先受理该件", Assert.Single(CaseRules.CheckConclude(Case(), Conclusion(), Friday.AddDays(30))).Message);
        var errors = CaseRules.CheckConclude(Case(CaseStatus.Accepted, accepted: Friday), Conclusion(outcome: null) with { Basis = " " }, Friday.AddDays(30));
        Assert.Equal(["Outcome", "Basis"], errors.Select(e => e.Field));
    }

    [Fact]
    public void A_named_reporter_gets_feedback_but_an_anonymous_one_need_not()
    {
        var named = CaseRules.CheckConclude(Case(CaseStatus.Accepted, accepted: Friday), Conclusion(feedback: false), Friday.AddDays(30));
        Assert.Equal("Feedback", Assert.Single(named).Field);
        Assert.Empty(CaseRules.CheckConclude(Case(CaseStatus.Accepted, accepted: Friday, anonymous: true), Conclusion(feedback: false), Friday.AddDays(30)));
    }

    [Fact]
    public void A_referred_case_needs_the_reply_to_the_higher_committee()
    {
        var referred = Case(CaseStatus.Accepted, CaseChannel.Referred, Friday);
        Assert.Equal("HigherReply", Assert.Single(CaseRules.CheckConclude(referred, Conclusion(), Friday.AddDays(30))).Field);
        Assert.Empty(CaseRules.CheckConclude(referred, Conclusion(reply: true), Friday.AddDays(30)));
    }

    [Fact]
    public void A_substantiated_case_about_a_station_names_the_risk_item_it_feeds()
    {
        var accepted = Case(CaseStatus.Accepted, accepted: Friday);
        Assert.Equal("RiskKind", Assert.Single(CaseRules.CheckConclude(accepted, Conclusion(CaseOutcome.Substantiated, 3), Friday.AddDays(30))).Field);
        Assert.Single(CaseRules.CheckConclude(accepted, Conclusion(CaseOutcome.PartlySubstantiated, 3, RecordKind.GroupMeeting), Friday.AddDays(30)));
        Assert.Empty(CaseRules.CheckConclude(accepted, Conclusion(CaseOutcome.Substantiated, 3, RecordKind.Violation), Friday.AddDays(30)));
        Assert.False(CaseRules.FeedsRiskItem(CaseOutcome.Unsubstantiated, 3));
        Assert.False(CaseRules.FeedsRiskItem(CaseOutcome.Substantiated, null));
        Assert.Equal(RecordKind.BypassPetition, CaseRules.SuggestedRiskKind(CaseChannel.Referred));
    }

    [Fact]
    public void Metric_targets_compare_rates_upwards_and_counts_downwards()
    {
        Assert.True(MetricTargets.Met(TargetComparison.AtLeast, 100m, 100m));
        Assert.False(MetricTargets.Met(TargetComparison.AtLeast, 100m, 99.5m));
        Assert.True(MetricTargets.Met(TargetComparison.AtMost, 2m, 1.5m));
        Assert.Null(MetricTargets.Met(TargetComparison.AtMost, 2m, null));
    }

    [Fact]
    public void Plan_progress_counts_a_task_done_when_every_target_station_was_inspected()
    {
        var months = PlanProgress.ByMonth(2026, [new PlanTaskFact(1, 3, 2, 2), new PlanTaskFact(2, 3, 2, 1), new PlanTaskFact(3, 12, 1, 0)], new DateOnly(2026, 11, 20));
        Assert.Equal(new PlanMonth(3, 2, 1, 1), months[2]);
        Assert.Equal(new PlanMonth(12, 1, 0, 0), months[11]);
    }
}
