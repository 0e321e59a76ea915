using System.Text.Json;
using System.Threading.Channels;
using ComplianceDashboard.Web.Grading.Jobs;
using Npgsql;

namespace ComplianceDashboard.Web.Grading;

/// <summary>
/// Grading notifications across servers on PostgreSQL (docs/decisions/ADR-018-cross-server-notifications.md): this
/// server's <see cref="GradingNotifier.Published"/> events go out with <c>pg_notify</c>, and a connection that LISTENs
/// hands the other servers' events to <see cref="GradingNotifier.Receive"/>, so an open page on any server refreshes when
/// any server regraded. The listening connection is opened again when it drops (1 s, doubling up to 30 s); after such a
/// gap the latest run's state is read from the database, since what was sent meanwhile is lost. On SQLite (one server)
/// it does nothing: the notifier's in-process events are all there is.
/// </summary>
public sealed partial class PostgreSqlGradingNotifications(
    GradingNotifier notifier,
    IDbContextFactory<AppDbContext> factory,
    StartupState startup,
    IOptions<AppOptions> options,
    ILogger<PostgreSqlGradingNotifications> logger) : BackgroundService
{
    /// <summary>The channel; NOTIFY reaches the listeners on the same database only (several databases on one server stay apart).</summary>
    public const string ChannelName = "compliance_grading";

    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LastRetry = TimeSpan.FromSeconds(30);

    // Told apart from the other servers' messages: a server's own NOTIFY comes back to its own listener too.
    private readonly string _origin = Guid.NewGuid().ToString("N");
    private readonly Channel<GradingEvent> _outbox = Channel.CreateBounded<GradingEvent>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private int _connections;

    /// <summary>Completes once this server listens (tests wait for it before they expect another server's events).</summary>
    public Task Listening => _listening.Task;

    /// <summary>How many times the listening connection was opened (more than once: it dropped and was opened again).</summary>
    public int Connections => Volatile.Read(ref _connections);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Database.Provider != DatabaseProvider.PostgreSql)
        {
            return;
        }
        try
        {
            await startup.WhenReady.WaitAsync(stoppingToken); // the database exists and is migrated
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return; // start-up failed: the app shows why; nothing to listen to
        }
        var builder = new NpgsqlConnectionStringBuilder(options.Value.Database.ConnectionString)
        {
            KeepAlive = 15, // a dead listening connection is noticed within seconds, then opened again
            ApplicationName = "ComplianceDashboard notifications",
        };
        await using var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        notifier.Published += Enqueue;
        try
        {
            await Task.WhenAll(ListenAsync(dataSource, stoppingToken), SendAsync(dataSource, stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            notifier.Published -= Enqueue;
        }
    }

    private void Enqueue(GradingEvent grading) => _outbox.Writer.TryWrite(grading);

    private async Task SendAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await foreach (var grading in _outbox.Reader.ReadAllAsync(ct))
        {
            var payload = Serialize(grading);
            // Twice: a pooled connection the server closed meanwhile fails once and is discarded; the retry opens a new one.
            for (var attempt = 1; attempt <= 2; attempt++)
            {
                try
                {
                    await using var command = dataSource.CreateCommand("SELECT pg_notify($1, $2)");
                    command.Parameters.Add(new NpgsqlParameter { Value = ChannelName });
                    command.Parameters.Add(new NpgsqlParameter { Value = payload });
                    await command.ExecuteNonQueryAsync(ct);
                    break;
                }
                catch (Exception ex) when (ex is NpgsqlException or TimeoutException && !ct.IsCancellationRequested)
                {
                    if (attempt == 2)
                    {
                        LogSendFailed(ex); // the other servers' pages show it at their next load; the data is in the database
                    }
                }
            }
        }
    }

    private async Task ListenAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        var retry = FirstRetry;
        var reconnecting = false;
        while (true)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(ct);
                connection.Notification += OnNotification;
                await using (var listen = new NpgsqlCommand($"LISTEN {ChannelName}", connection))
                {
                    await listen.ExecuteNonQueryAsync(ct);
                }
                retry = FirstRetry;
                Interlocked.Increment(ref _connections);
                if (reconnecting)
                {
                    LogListeningAgain();
                    await ResyncAsync(ct);
                }
                _listening.TrySetResult();
                while (true)
                {
                    await connection.WaitAsync(ct);
                }
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException or IOException or InvalidOperationException && !ct.IsCancellationRequested)
            {
                LogListenFailed(ex, retry.TotalSeconds);
                reconnecting = true;
                await Task.Delay(retry, ct);
                retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, LastRetry.Ticks));
            }
        }
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs e)
    {
        try
        {
            if (Deserialize(e.Payload) is { } message && message.O != _origin)
            {
                notifier.Receive(message.ToEvent());
            }
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            LogBadPayload(ex, e.Payload);
        }
    }

    /// <summary>After a gap in listening: what was kept may be stale, and the latest run's state is read again, so a page does not keep showing a run that ended meanwhile.</summary>
    private async Task ResyncAsync(CancellationToken ct)
    {
        notifier.Missed(); // e.g. cached read models: another server may have regraded meanwhile
        await using var db = await factory.CreateDbContextAsync(ct);
        var run = await db.JobRuns.AsNoTracking().Where(r => r.JobName == GradingRuns.JobName).OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        if (run is not null)
        {
            notifier.Receive(new GradingEvent(null, new JobProgress(run.Id, run.StationsTotal, run.StationsDone, run.StationsFailed, run.Status != JobRunStatus.Running)));
        }
    }

    internal string Serialize(GradingEvent grading) => JsonSerializer.Serialize(Message.From(_origin, grading));

    internal static Message? Deserialize(string payload) => JsonSerializer.Deserialize<Message>(payload);

    /// <summary>The payload (well under NOTIFY's 8,000 bytes): origin, station, or run id, total, done, failed, finished; changed read models (0 or absent: none).</summary>
    internal sealed record Message(string O, int? S, long? R, int T, int D, int F, bool X, int C = 0)
    {
        public static Message From(string origin, GradingEvent grading) => grading.Progress is { } p
            ? new Message(origin, grading.StationId, p.RunId, p.Total, p.Done, p.Failed, p.Finished, (int)grading.Changed)
            : new Message(origin, grading.StationId, null, 0, 0, 0, false, (int)grading.Changed);

        public GradingEvent ToEvent() => new(S, R is { } runId ? new JobProgress(runId, T, D, F, X) : null, (ReadModels)C);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Grading notification not sent to the other servers")]
    private partial void LogSendFailed(Exception ex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for the other servers' grading notifications failed; trying again in {Seconds} s")]
    private partial void LogListenFailed(Exception ex, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for the other servers' grading notifications again")]
    private partial void LogListeningAgain();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a grading notification that could not be read: {Payload}")]
    private partial void LogBadPayload(Exception ex, string payload);
}
