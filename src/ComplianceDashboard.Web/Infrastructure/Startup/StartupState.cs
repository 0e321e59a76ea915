namespace ComplianceDashboard.Web.Infrastructure.Startup;

/// <summary>
/// Where the first start stands (migrating, creating the demo county, back-filling history): the app listens at
/// once, /healthz answers "starting: …" with 503 and pages show a "please wait" page until <see cref="IsReady"/>.
/// </summary>
public sealed class StartupState
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _ready.Task.IsCompletedSuccessfully;

    public bool HasFailed => _ready.Task.IsFaulted;

    /// <summary>What is happening now, in Chinese (also written to the log).</summary>
    public string Status { get; private set; } = "正在启动";

    /// <summary>Completes when the database is ready; faults when initialisation failed.</summary>
    public Task WhenReady => _ready.Task;

    public void Report(string status) => Status = status;

    public void MarkReady()
    {
        Status = "就绪";
        _ready.TrySetResult();
    }

    public void MarkFailed(Exception error)
    {
        Status = "启动失败：" + error.Message;
        _ready.TrySetException(error);
    }
}
