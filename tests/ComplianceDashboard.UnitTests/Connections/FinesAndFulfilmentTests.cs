using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.Domain.Connections;

namespace ComplianceDashboard.UnitTests.Connections;

public class FinesAndFulfilmentTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static ClockedApplication App(long id, ConnectionClass c, DateOnly received, DateOnly asOf, IReadOnlyList<DateRange>? pauses = null, params StageFacts[] stages) =>
        ConnectionClocks.Evaluate(new ApplicationFacts(id, $"YK-{id}", 7, c, received, stages, pauses ?? []), WorkingDayCalendar.Default, StageLimits.Default, asOf);

    [Fact]
    public void Each_overdue_stage_costs_its_unit_100_yuan_in_the_month_it_fell_overdue()
    {
        var asOf = D(2026, 11, 30);
        // Residential scheme reply due 9 Oct, finished 12 Oct: late, charged to the station in October.
        var late = App(1, ConnectionClass.Residential, D(2026, 9, 29), asOf, null, new StageFacts(ConnectionStage.SchemeReply, D(2026, 9, 29), D(2026, 10, 12)));
        // High-voltage design review started 2 Nov, 10 days → due 16 Nov, unfinished: overdue in November, charged to 运检部.
        var overdue = App(2, ConnectionClass.HighVoltageSingle, D(2026, 10, 1), asOf, null, new StageFacts(ConnectionStage.DesignReview, D(2026, 11, 2), null, "YJ"));
        // On time: no deduction.
        var onTime = App(3, ConnectionClass.Residential, D(2026, 9, 29), asOf, null, new StageFacts(ConnectionStage.SchemeReply, D(2026, 9, 29), D(2026, 10, 9)));

        var october = EconomicResponsibility.Lines([late, overdue, onTime], [], 2026, 10);
        var line = Assert.Single(october);
        Assert.Equal(("S:7", FineKind.OverdueStage, "YK-1", ConnectionStage.SchemeReply, -100m), (line.Unit, line.Kind, line.ApplicationNumber, line.Stage, line.Amount));

        var november = EconomicResponsibility.Lines([late, overdue, onTime], [], 2026, 11);
        Assert.Equal("YJ", Assert.Single(november).Unit);
    }

    [Fact]
    public void Customer_caused_waiting_is_not_fined()
    {
        var asOf = D(2026, 11, 30);
        // Without the pause, finished 12 Oct is late; with the customer's pause 30 Sep–8 Oct it is due 13 Oct: on time.
        var paused = App(1, ConnectionClass.Residential, D(2026, 9, 29), asOf, [new DateRange(D(2026, 9, 30), D(2026, 10, 8))],
            new StageFacts(ConnectionStage.SchemeReply, D(2026, 9, 29), D(2026, 10, 12)));
        Assert.Equal(StageState.OnTime, paused.Stage(ConnectionStage.SchemeReply).State);
        Assert.Empty(EconomicResponsibility.Lines([paused], [], 2026, 10));
    }

    [Fact]
    public void A_cooperation_delay_costs_500_yuan_and_totals_add_up_per_unit()
    {
        var asOf = D(2026, 11, 30);
        var late1 = App(1, ConnectionClass.Residential, D(2026, 9, 29), asOf, null, new StageFacts(ConnectionStage.SchemeReply, D(2026, 9, 29), D(2026, 10, 12)));
        var late2 = App(2, ConnectionClass.Residential, D(2026, 9, 29), asOf, null, new StageFacts(ConnectionStage.SchemeReply, D(2026, 9, 29), D(2026, 10, 14)),
            new StageFacts(ConnectionStage.Energising, D(2026, 10, 14), D(2026, 10, 30)));
        var delays = new[]
        {
            new CooperationDelayFacts(1, "YX", "YK-2", ConnectionStage.Energising, 2026, 10, "营销部未及时配表，延误送电"),
            new CooperationDelayFacts(2, "YX", "YK-2", ConnectionStage.Energising, 2026, 11, "另一月份"),
        };
        var lines = EconomicResponsibility.Lines([late1, late2], delays, 2026, 10);
        var totals = EconomicResponsibility.Totals(lines);
        Assert.Equal(-300m, totals["S:7"]); // three overdue stages
        Assert.Equal(-500m, totals["YX"]);
        Assert.Equal(4, lines.Count);
    }

    [Fact]
    public void Station_units_round_trip()
    {
        Assert.True(EconomicResponsibility.IsStationUnit(EconomicResponsibility.StationUnit(12), out var id));
        Assert.Equal(12, id);
        Assert.False(EconomicResponsibility.IsStationUnit("YX", out _));
    }

    [Fact]
    public void Fulfilment_rows_count_finished_in_the_period_and_unfinished_past_due()
    {
        var asOf = D(2026, 11, 30);
        var apps = new[]
        {
            // row 6: on time in October
            App(1, ConnectionClass.Residential, D(2026, 9, 29), asOf, null, new StageFacts(ConnectionStage.SchemeReply, D(2026, 9, 29), D(2026, 10, 9))),
            // row 6: late in October
            App(2, ConnectionClass.Residential, D(2026, 9, 29), asOf, null, new StageFacts(ConnectionStage.SchemeReply, D(2026, 9, 29), D(2026, 10, 12))),
            // row 7: unfinished, due in October (7 days from 19 Oct → 28 Oct), overdue now
            App(3, ConnectionClass.LowVoltage, D(2026, 10, 19), asOf, null, new StageFacts(ConnectionStage.SchemeReply, D(2026, 10, 19), null)),
            // row 8: finished in November: not in October
            App(4, ConnectionClass.HighVoltageSingle, D(2026, 10, 19), asOf, null, new StageFacts(ConnectionStage.SchemeReply, D(2026, 10, 19), D(2026, 11, 2))),
            // row 9: unfinished, due in December: not counted
            App(5, ConnectionClass.HighVoltageDual, D(2026, 11, 2), asOf, null, new StageFacts(ConnectionStage.SchemeReply, D(2026, 11, 2), null)),
            // row 10 residential energising late in October; row 11 non-residential energising on time
            App(6, ConnectionClass.Residential, D(2026, 9, 1), asOf, null, new StageFacts(ConnectionStage.Energising, D(2026, 10, 12), D(2026, 10, 20))),
            App(7, ConnectionClass.HighVoltageDual, D(2026, 9, 1), asOf, null, new StageFacts(ConnectionStage.Energising, D(2026, 10, 12), D(2026, 10, 16))),
        };
        var rows = ConnectionFulfilment.Count(apps, D(2026, 10, 1), D(2026, 10, 31));
        Assert.Equal(
            [new(6, 2, 1), new(7, 1, 1), new(8, 0, 0), new(9, 0, 0), new(10, 1, 1), new(11, 1, 0)],
            rows);
        var november = ConnectionFulfilment.Count(apps, D(2026, 11, 1), D(2026, 11, 30));
        Assert.Equal(new ConnectionFulfilmentRow(8, 1, 0), november.Single(r => r.RowNumber == 8));
        Assert.Equal(new ConnectionFulfilmentRow(7, 0, 0), november.Single(r => r.RowNumber == 7));
    }
}
