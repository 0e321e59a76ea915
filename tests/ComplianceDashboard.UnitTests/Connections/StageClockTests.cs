using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.Domain.Connections;

namespace ComplianceDashboard.UnitTests.Connections;

public class StageClockTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData(ConnectionStage.SchemeReply, ConnectionClass.Residential, 3)]
    [InlineData(ConnectionStage.SchemeReply, ConnectionClass.LowVoltage, 7)]
    [InlineData(ConnectionStage.SchemeReply, ConnectionClass.HighVoltageSingle, 15)]
    [InlineData(ConnectionStage.SchemeReply, ConnectionClass.HighVoltageDual, 30)]
    [InlineData(ConnectionStage.DesignReview, ConnectionClass.HighVoltageSingle, 10)]
    [InlineData(ConnectionStage.DesignReview, ConnectionClass.HighVoltageDual, 10)]
    [InlineData(ConnectionStage.MidInspection, ConnectionClass.HighVoltageSingle, 5)]
    [InlineData(ConnectionStage.MidInspection, ConnectionClass.HighVoltageDual, 5)]
    [InlineData(ConnectionStage.CompletionInspection, ConnectionClass.HighVoltageSingle, 5)]
    [InlineData(ConnectionStage.CompletionInspection, ConnectionClass.HighVoltageDual, 5)]
    [InlineData(ConnectionStage.Energising, ConnectionClass.Residential, 3)]
    [InlineData(ConnectionStage.Energising, ConnectionClass.LowVoltage, 5)]
    [InlineData(ConnectionStage.Energising, ConnectionClass.HighVoltageSingle, 5)]
    [InlineData(ConnectionStage.Energising, ConnectionClass.HighVoltageDual, 5)]
    public void Every_default_limit_of_domain_section_9(ConnectionStage stage, ConnectionClass c, int days) =>
        Assert.Equal(days, StageLimits.Default.For(stage, c));

    [Fact]
    public void Stages_without_a_published_commitment_have_no_limit()
    {
        Assert.Equal(14, StageLimits.Default.All.Count);
        Assert.Null(StageLimits.Default.For(ConnectionStage.Acceptance, ConnectionClass.HighVoltageDual));
        Assert.Null(StageLimits.Default.For(ConnectionStage.DesignReview, ConnectionClass.Residential));
        Assert.Null(StageLimits.Default.For(ConnectionStage.CompletionInspection, ConnectionClass.LowVoltage));
    }

    [Fact]
    public void Overrides_change_or_remove_a_limit()
    {
        var limits = StageLimits.WithOverrides([new(((ConnectionStage.SchemeReply, ConnectionClass.Residential)), 2), new(((ConnectionStage.Energising, ConnectionClass.LowVoltage)), 0)]);
        Assert.Equal(2, limits.For(ConnectionStage.SchemeReply, ConnectionClass.Residential));
        Assert.Null(limits.For(ConnectionStage.Energising, ConnectionClass.LowVoltage));
        Assert.Equal(15, limits.For(ConnectionStage.SchemeReply, ConnectionClass.HighVoltageSingle));
    }

    private static ApplicationFacts Residential(DateOnly received, params StageFacts[] stages) =>
        new(1, "YK-1", 1, ConnectionClass.Residential, received, stages, []);

    private static ClockedApplication Eval(ApplicationFacts app, DateOnly asOf) =>
        ConnectionClocks.Evaluate(app, WorkingDayCalendar.Default, StageLimits.Default, asOf);

    [Fact]
    public void A_stage_starts_when_the_previous_stage_of_its_process_finishes()
    {
        var app = Residential(D(2026, 9, 28),
            new StageFacts(ConnectionStage.Acceptance, null, D(2026, 9, 28)),
            new StageFacts(ConnectionStage.SiteSurvey, null, D(2026, 9, 29)));
        var clock = Eval(app, D(2026, 9, 30)).Stage(ConnectionStage.SchemeReply);
        Assert.Equal(D(2026, 9, 29), clock.Start);
        Assert.Equal(D(2026, 10, 9), clock.Due);
        Assert.Equal(StageState.Running, clock.State);
        Assert.Equal(2, clock.DaysLeft); // 8 and 9 October
        Assert.Equal(StageState.NotStarted, Eval(app, D(2026, 9, 30)).Stage(ConnectionStage.Charging).State);
    }

    [Fact]
    public void Due_today_overdue_on_time_and_late()
    {
        var running = Residential(D(2026, 9, 29), new StageFacts(ConnectionStage.SchemeReply, D(2026, 9, 29), null));
        Assert.Equal(StageState.DueToday, Eval(running, D(2026, 10, 9)).Stage(ConnectionStage.SchemeReply).State);
        var overdue = Eval(running, D(2026, 10, 13)).Stage(ConnectionStage.SchemeReply);
        Assert.Equal(StageState.Overdue, overdue.State);
        Assert.Equal(3, overdue.DaysOverdue); // 10 (make-up Saturday), 12, 13 October
        Assert.Equal(D(2026, 10, 10), overdue.OverdueSince);

        var onTime = Residential(D(2026, 9, 29), new StageFacts(ConnectionStage.SchemeReply, D(2026, 9, 29), D(2026, 10, 9)));
        Assert.Equal(StageState.OnTime, Eval(onTime, D(2026, 11, 1)).Stage(ConnectionStage.SchemeReply).State);
        var late = Residential(D(2026, 9, 29), new StageFacts(ConnectionStage.SchemeReply, D(2026, 9, 29), D(2026, 10, 12)));
        var lateClock = Eval(late, D(2026, 11, 1)).Stage(ConnectionStage.SchemeReply);
        Assert.Equal(StageState.Late, lateClock.State);
        Assert.Equal(2, lateClock.DaysOverdue);
    }

    [Fact]
    public void A_customer_pause_moves_the_due_date()
    {
        var app = new ApplicationFacts(1, "YK-1", 1, ConnectionClass.Residential, D(2026, 11, 9),
            [new StageFacts(ConnectionStage.SchemeReply, D(2026, 11, 9), null)], [new DateRange(D(2026, 11, 10), D(2026, 11, 12))]);
        var clock = Eval(app, D(2026, 11, 13)).Stage(ConnectionStage.SchemeReply);
        Assert.Equal(D(2026, 11, 17), clock.Due); // 13, 16, 17
        Assert.Equal(2, clock.DaysLeft);
    }

    [Fact]
    public void Low_voltage_processes_skip_design_review_and_mid_inspection()
    {
        var app = new ApplicationFacts(1, "YK-1", 1, ConnectionClass.LowVoltage, D(2026, 11, 2),
            [new StageFacts(ConnectionStage.Charging, D(2026, 11, 2), D(2026, 11, 3)), new StageFacts(ConnectionStage.CompletionInspection, D(2026, 11, 4), D(2026, 11, 5)),
             new StageFacts(ConnectionStage.Contract, null, D(2026, 11, 6))], []);
        var clocked = Eval(app, D(2026, 11, 6));
        Assert.Equal(StageState.NotApplicable, clocked.Stage(ConnectionStage.DesignReview).State);
        var energising = clocked.Stage(ConnectionStage.Energising);
        Assert.Equal(D(2026, 11, 6), energising.Start);
        Assert.Equal(D(2026, 11, 13), energising.Due); // 5 working days
    }
}
