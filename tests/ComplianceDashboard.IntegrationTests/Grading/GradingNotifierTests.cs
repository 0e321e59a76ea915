using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Grading;

namespace ComplianceDashboard.IntegrationTests.Grading;

/// <summary>The notifier pages subscribe to: this server's events go out to the others, the others' come in and stop here.</summary>
[Trait(TestDatabase.ProviderTrait, TestDatabase.Neutral)]
public class GradingNotifierTests
{
    [Fact]
    public void Own_events_are_raised_and_published_received_ones_are_raised_only()
    {
        var notifier = new GradingNotifier();
        var regraded = new List<int>();
        var published = new List<GradingEvent>();
        notifier.StationRegraded += regraded.Add;
        notifier.Published += published.Add;

        notifier.Regraded(4);
        notifier.Receive(new GradingEvent(7, null));

        Assert.Equal([4, 7], regraded);
        Assert.Equal([new GradingEvent(4, null)], published);
    }

    [Fact]
    public void Progress_that_arrives_late_from_another_server_does_not_bring_back_a_finished_run()
    {
        var notifier = new GradingNotifier();
        var raised = new List<JobProgress>();
        notifier.ProgressChanged += raised.Add;

        notifier.Report(new JobProgress(5, 10, 0, 0, false));
        notifier.Receive(new GradingEvent(null, new JobProgress(5, 10, 6, 0, false)));
        notifier.Report(new JobProgress(5, 10, 10, 0, true)); // this server closed the run
        notifier.Receive(new GradingEvent(null, new JobProgress(5, 10, 8, 0, false))); // another server's report, late
        notifier.Receive(new GradingEvent(null, new JobProgress(4, 10, 10, 0, true))); // an older run

        Assert.Null(notifier.Current);
        Assert.Equal([0, 6, 10], raised.Select(p => p.Done));

        notifier.Receive(new GradingEvent(null, new JobProgress(6, 10, 1, 0, false))); // the next run, started elsewhere
        Assert.Equal(new JobProgress(6, 10, 1, 0, false), notifier.Current);
    }
}
