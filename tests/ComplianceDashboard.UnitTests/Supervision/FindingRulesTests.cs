using ComplianceDashboard.Domain.Supervision;

namespace ComplianceDashboard.UnitTests.Supervision;

public class FindingRulesTests
{
    private static readonly DateOnly Deadline = new(2026, 6, 30);

    private static FindingState Open(FindingStatus status = FindingStatus.Rectifying, DateOnly? closedOn = null) =>
        new(status, Deadline, closedOn, "张三");

    [Fact]
    public void A_finding_is_due_through_its_deadline_and_overdue_from_the_next_day()
    {
        Assert.False(FindingRules.IsOverdue(Open(), Deadline));
        Assert.True(FindingRules.IsOverdue(Open(), Deadline.AddDays(1)));
        Assert.Equal(1, FindingRules.DaysOverdue(Open(), Deadline.AddDays(1)));
        Assert.Equal(0, FindingRules.DaysOverdue(Open(), Deadline));
    }

    [Fact]
    public void A_closed_finding_is_never_overdue_but_one_closed_after_its_deadline_was_closed_late()
    {
        var late = Open(FindingStatus.Closed, Deadline.AddDays(3));
        Assert.False(FindingRules.IsOverdue(late, Deadline.AddDays(30)));
        Assert.True(FindingRules.ClosedLate(late));
        Assert.False(FindingRules.ClosedLate(Open(FindingStatus.Closed, Deadline)));
    }

    [Theory]
    [InlineData(0, AgeingBucket.NotDue)]
    [InlineData(1, AgeingBucket.UpTo7)]
    [InlineData(7, AgeingBucket.UpTo7)]
    [InlineData(8, AgeingBucket.UpTo30)]
    [InlineData(31, AgeingBucket.UpTo90)]
    [InlineData(91, AgeingBucket.Over90)]
    public void Open_findings_are_aged_by_days_overdue(int daysPast, AgeingBucket bucket) =>
        Assert.Equal(bucket, FindingRules.Bucket(Open(), Deadline.AddDays(daysPast)));

    [Fact]
    public void A_deadline_before_the_day_of_the_finding_is_refused()
    {
        Assert.Equal("整改期限不能早于发现日期", Assert.Single(FindingRules.CheckDeadline(Deadline, Deadline.AddDays(-1))).Message);
        Assert.Single(FindingRules.CheckDeadline(Deadline, null));
        Assert.Empty(FindingRules.CheckDeadline(Deadline, Deadline));
    }

    [Fact]
    public void Close_out_needs_a_measure_evidence_and_a_verifier()
    {
        var errors = FindingRules.CheckCloseOut(Open(), new CloseOutRequest(" ", 0, 0, Deadline), Deadline);
        Assert.Equal(["Rectification", "Evidence", "Verifier"], errors.Select(e => e.Field));
    }

    [Fact]
    public void The_responsible_person_cannot_verify_their_own_rectification()
    {
        var errors = FindingRules.CheckCloseOut(Open(), new CloseOutRequest(" 张三 ", 1, 1, Deadline), Deadline);
        Assert.Equal("验证人不能是整改责任人本人", Assert.Single(errors).Message);
        Assert.Empty(FindingRules.CheckCloseOut(Open(), new CloseOutRequest("李四", 1, 1, Deadline), Deadline));
    }

    [Fact]
    public void A_closed_finding_cannot_be_closed_again_and_is_reopened_only_with_a_reason()
    {
        var closed = Open(FindingStatus.Closed, Deadline);
        Assert.Equal("该问题已销号", Assert.Single(FindingRules.CheckCloseOut(closed, new CloseOutRequest("李四", 1, 1, Deadline), Deadline)).Message);
        Assert.Equal("Reason", Assert.Single(FindingRules.CheckReopen(closed, "")).Field);
        Assert.Empty(FindingRules.CheckReopen(closed, "复查发现问题反弹"));
        Assert.Single(FindingRules.CheckReopen(Open(), "x"));
    }

    [Fact]
    public void The_effect_is_evaluated_only_after_close_out()
    {
        Assert.Equal("销号后才能评价整改成效", Assert.Single(FindingRules.CheckEffect(Open(), "好")).Message);
        Assert.Empty(FindingRules.CheckEffect(Open(FindingStatus.Closed, Deadline), "整改到位，未再发生"));
    }

    [Fact]
    public void A_close_out_dated_in_the_future_is_refused()
    {
        var errors = FindingRules.CheckCloseOut(Open(), new CloseOutRequest("李四", 1, 1, Deadline.AddDays(1)), Deadline);
        Assert.Equal("ClosedOn", Assert.Single(errors).Field);
    }
}
