using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Features.Notifications;

namespace ComplianceDashboard.IntegrationTests.Notifications;

[Trait(TestDatabase.ProviderTrait, TestDatabase.Neutral)]
public class ReminderPlanTests
{
    private static readonly DateOnly Due = new(2026, 11, 30);

    [Theory]
    [InlineData("2026-11-22", null)] // 8 days before: no lead time reached yet
    [InlineData("2026-11-23", 7)]
    [InlineData("2026-11-25", 7)] // a missed 7-day run is made up (same key as on the 23rd)
    [InlineData("2026-11-29", 1)]
    [InlineData("2026-11-30", 0)]
    [InlineData("2026-12-01", ReminderPlan.Overdue)]
    public void The_tightest_lead_time_reached_decides_the_reminder(string today, int? expected) =>
        Assert.Equal(expected, ReminderPlan.LeadFor(Due, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), [7, 1, 0]));

    [Fact]
    public void Keys_name_the_person_the_duty_and_the_lead()
    {
        Assert.Equal("u1|s3:O12:2026-11:17|7", ReminderPlan.Key("u1", "s3:O12:2026-11:17", 7));
        Assert.Equal("u1|s3:O12:2026-11:17|overdue", ReminderPlan.Key("u1", "s3:O12:2026-11:17", ReminderPlan.Overdue));
    }
}
