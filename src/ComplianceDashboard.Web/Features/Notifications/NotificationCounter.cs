namespace ComplianceDashboard.Web.Features.Notifications;

/// <summary>Per circuit: the notifications page tells the app bar's bell that the unread count changed.</summary>
public sealed class NotificationCounter
{
    public event Action? Changed;

    public void Notify() => Changed?.Invoke();
}
