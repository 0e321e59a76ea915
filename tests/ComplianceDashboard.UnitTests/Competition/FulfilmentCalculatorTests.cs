using ComplianceDashboard.Domain.Competition;
using ComplianceDashboard.Domain.Schemes;

namespace ComplianceDashboard.UnitTests.Competition;

public class FulfilmentCalculatorTests
{
    private static readonly FulfilmentTable Table = SchemeLoader.LoadEmbedded("MD-2006").Fulfilment!;

    private static List<FulfilmentEntry> AllMet() =>
        [.. Table.Rows.Select(r => r.Kind == FulfilmentRowKind.Threshold ? new FulfilmentEntry(r.Number, 100m, null, null) : new FulfilmentEntry(r.Number, null, 10, 0))];

    [Fact]
    public void Every_row_met_gives_the_full_20_points()
    {
        var result = FulfilmentCalculator.Compute(Table, 20m, AllMet());
        Assert.Equal(19m, result.EarnedWeight);
        Assert.Equal(20m, result.Score);
        Assert.All(result.Rows, r => Assert.Equal(1m, r.FulfilmentRate));
    }

    [Theory]
    [InlineData(99.9, 1)]
    [InlineData(99.95, 1)]
    [InlineData(99.89, 0)]
    public void A_threshold_row_earns_its_weight_only_at_or_above_the_threshold(double measured, int expected)
    {
        var row = FulfilmentCalculator.Row(Table.Row(1), new FulfilmentEntry(1, (decimal)measured, null, null));
        Assert.Equal(expected, row.Points);
        Assert.Equal(expected, row.FulfilmentRate);
    }

    [Fact]
    public void A_count_row_earns_weight_times_the_fulfilment_rate()
    {
        var row = FulfilmentCalculator.Row(Table.Row(15), new FulfilmentEntry(15, null, 40, 10));
        Assert.Equal(0.75m, row.FulfilmentRate);
        Assert.Equal(1.5m, row.Points); // row 15 weighs 2
        Assert.True(row.BelowStandard);
    }

    [Fact]
    public void A_count_row_with_total_0_counts_as_100_percent()
    {
        var row = FulfilmentCalculator.Row(Table.Row(12), new FulfilmentEntry(12, null, 0, 0));
        Assert.Equal(1m, row.FulfilmentRate);
        Assert.Equal(1m, row.Points);
        Assert.False(row.BelowStandard);
    }

    [Fact]
    public void Unmet_above_total_is_capped_and_a_row_not_entered_earns_nothing()
    {
        Assert.Equal(0m, FulfilmentCalculator.Rate(Table.Row(5), new FulfilmentEntry(5, null, 3, 7)));
        var missing = FulfilmentCalculator.Row(Table.Row(5), null);
        Assert.Null(missing.FulfilmentRate);
        Assert.Equal(0m, missing.Points);
        Assert.False(missing.Entered);
        Assert.Null(FulfilmentCalculator.Rate(Table.Row(5), new FulfilmentEntry(5, null, 3, null)));
        Assert.Null(FulfilmentCalculator.Rate(Table.Row(2), new FulfilmentEntry(2, null, null, null)));
    }

    [Fact]
    public void The_item_score_is_20_times_earned_over_19_rounded_to_a_tenth()
    {
        // Row 1 missed (−1) and row 15 at 75 % (−0.5): 17.5 / 19 × 20 = 18.421… → 18.4.
        var entries = AllMet();
        entries[0] = new FulfilmentEntry(1, 99.5m, null, null);
        entries[14] = new FulfilmentEntry(15, null, 40, 10);
        var result = FulfilmentCalculator.Compute(Table, 20m, entries);
        Assert.Equal(17.5m, result.EarnedWeight);
        Assert.Equal(18.4m, result.Score);
    }

    [Theory]
    [InlineData(18.5, 19.5)]  // 19.473… → 19.5
    [InlineData(9.5, 10)]
    [InlineData(0, 0)]
    [InlineData(0.95, 1)]     // 1.0
    public void Scale_rounds_to_one_decimal(double earned, double expected) =>
        Assert.Equal((decimal)expected, FulfilmentCalculator.Scale(20m, (decimal)earned, 19m));

    [Fact]
    public void Scale_rounds_the_midpoint_away_from_zero()
    {
        // 20 × 0.0475 / 1 = 0.95 → 1.0; 20 × x / 19 = 0.25 exactly needs x = 0.2375 → 0.3.
        Assert.Equal(0.3m, FulfilmentCalculator.Scale(20m, 0.2375m, 19m));
    }

    [Fact]
    public void Months_aggregate_by_adding_counts_and_averaging_rates()
    {
        var months = new[]
        {
            new FulfilmentEntry(1, 99.8m, null, null), new FulfilmentEntry(1, 100m, null, null),
            new FulfilmentEntry(6, null, 3, 1), new FulfilmentEntry(6, null, 5, 0), new FulfilmentEntry(6, null, null, null),
        };
        var year = FulfilmentCalculator.Aggregate(months);
        Assert.Equal([new FulfilmentEntry(1, 99.9m, null, null), new FulfilmentEntry(6, null, 8, 1)], year);
    }
}
