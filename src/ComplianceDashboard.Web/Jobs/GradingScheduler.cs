using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Features.Grading;
using ComplianceDashboard.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;
using Quartz.Impl;
using Quartz.Spi;

namespace ComplianceDashboard.Web.Jobs;

/// <summary>
/// Hosts the Quartz scheduler (its DI/hosting packages are not available here): the nightly recompute on
/// the configured cron in the county's time zone, a catch-up run when a night was missed, and "run now".
/// </summary>
public sealed partial class GradingScheduler(
    IServiceProvider services,
    IOptions<AppOptions> options,
    AppClock clock,
    GradingService grading,
    IDbContextFactory<AppDbContext> factory,
    Infrastructure.Startup.StartupState startup,
    ILogger<GradingScheduler> logger) : IHostedService
{
    private IScheduler? _scheduler;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var properties = new System.Collections.Specialized.NameValueCollection
        {
            // Quartz keeps schedulers in a process-wide repository by name; a unique name keeps test hosts apart.
            ["quartz.scheduler.instanceName"] = $"ComplianceDashboard-{Guid.NewGuid():N}",
            ["quartz.threadPool.maxConcurrency"] = "2",
            ["quartz.serializer.type"] = "binary",
        };
        _scheduler = await new StdSchedulerFactory(properties).GetScheduler(cancellationToken);
        _scheduler.JobFactory = new ServiceJobFactory(services);
        var job = JobBuilder.Create<NightlyGradingJob>().WithIdentity(NightlyGradingJob.Key).StoreDurably().Build();
        var nightly = TriggerBuilder.Create()
            .WithIdentity("nightly", "grading")
            .WithCronSchedule(options.Value.Grading.NightlyCron, cron => cron.InTimeZone(clock.Zone).WithMisfireHandlingInstructionDoNothing())
            .Build();
        await _scheduler.ScheduleJob(job, nightly, cancellationToken);
        await _scheduler.Start(cancellationToken);
        LogScheduled(options.Value.Grading.NightlyCron, clock.Zone.Id);

        if (options.Value.Grading.CatchUpOnStart)
        {
            // The database is prepared in the background (StartupInitializer): catch up once it is ready.
            _ = Task.Run(async () =>
            {
                await startup.WhenReady;
                if (await NightWasMissedAsync(CancellationToken.None))
                {
                    await RunNowAsync("catch-up");
                }
            }, CancellationToken.None);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => _scheduler?.Shutdown(waitForJobsToComplete: false, cancellationToken) ?? Task.CompletedTask;

    public DateTimeOffset? NextNightlyRun() =>
        new CronExpression(options.Value.Grading.NightlyCron) { TimeZone = clock.Zone }.GetNextValidTimeAfter(clock.UtcNow);

    /// <summary>Starts a recompute now unless one is running; false when refused.</summary>
    public async Task<bool> RunNowAsync(string trigger)
    {
        if (_scheduler is null || grading.IsRunning)
        {
            return false;
        }
        await _scheduler.TriggerJob(NightlyGradingJob.Key, new JobDataMap { [NightlyGradingJob.TriggerDataKey] = trigger });
        return true;
    }

    /// <summary>True when no run started since the last scheduled nightly time (or there was never a run).</summary>
    private async Task<bool> NightWasMissedAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var last = await db.JobRuns.Where(r => r.JobName == GradingService.JobName).OrderByDescending(r => r.StartedAt).Select(r => (DateTime?)r.StartedAt).FirstOrDefaultAsync(ct);
        if (last is null)
        {
            return true;
        }
        var cron = new CronExpression(options.Value.Grading.NightlyCron) { TimeZone = clock.Zone };
        var due = cron.GetNextValidTimeAfter(new DateTimeOffset(DateTime.SpecifyKind(last.Value, DateTimeKind.Utc)));
        return due is { } d && d.UtcDateTime <= clock.UtcNow;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Nightly grading scheduled with cron '{Cron}' in {Zone}")]
    private partial void LogScheduled(string cron, string zone);

    private sealed class ServiceJobFactory(IServiceProvider services) : IJobFactory
    {
        public IJob NewJob(TriggerFiredBundle bundle, IScheduler scheduler) =>
            (IJob)ActivatorUtilities.CreateInstance(services, bundle.JobDetail.JobType);

        public void ReturnJob(IJob job) => (job as IDisposable)?.Dispose();
    }
}
