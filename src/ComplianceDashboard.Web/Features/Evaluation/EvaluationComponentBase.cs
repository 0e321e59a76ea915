using ComplianceDashboard.Web.Components.Mud;
using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ComplianceDashboard.Web.Features.Evaluation;

/// <summary>
/// Base of the evaluation components: the <see cref="CurrentUser"/>, and one way to call a service and turn its refusals into
/// field errors (<see cref="Errors"/>) or a notification, so nothing is half-saved and every failure is in Chinese.
/// </summary>
public abstract class EvaluationComponentBase : ComponentBase
{
    /// <summary>Who is calling (the services ask it too; components use it only to show or hide actions).</summary>
    [Inject] protected CurrentUser CurrentUser { get; set; } = default!;

    [Inject] private IStringLocalizer<SharedResource> Localizer { get; set; } = default!;

    [Inject] protected ISnackbar Snackbar { get; set; } = default!;

    [Inject] private ILogger<EvaluationComponentBase> Logger { get; set; } = default!;

    [Inject] protected IDialogService Dialogs { get; set; } = default!;

    /// <summary>Asks before an irreversible action (the one shared confirmation dialog).</summary>
    protected Task<bool> ConfirmAsync(string title, string message, string confirmText, bool destructive = false) =>
        Dialogs.ConfirmAsync(title, message, confirmText, destructive);

    protected Dictionary<string, string> Errors { get; private set; } = [];

    protected bool Busy { get; private set; }

    protected string? ErrorFor(string field) => Errors.TryGetValue(field, out var message) ? Localizer[message].Value : null;

    /// <summary>Runs <paramref name="action"/>; true when it succeeded (then <paramref name="success"/> is shown).</summary>
    protected async Task<bool> TryAsync(Func<Task> action, string? success = null)
    {
        Busy = true;
        Errors = [];
        try
        {
            await action();
            if (success is not null)
            {
                Snackbar.Add(Localizer[success].Value, Severity.Success);
            }
            return true;
        }
        catch (EvaluationValidationException ex)
        {
            Errors = ex.Errors.ToDictionary(e => e.Key, e => e.Value);
            return false;
        }
        catch (Exception ex) when (ex is ForbiddenException or EvaluationStateException or DatabaseWriteException)
        {
            Snackbar.Add(Localizer[ex.Message].Value, Severity.Error);
            return false;
        }
        catch (Exception ex) when (DatabaseWriteFailure.Find(ex) is { } failure)
        {
            Logger.LogError(failure, "Evaluation action failed: the database cannot be written (SQLite error {Code})", failure.SqliteErrorCode);
            Snackbar.Add(Localizer["保存失败：数据库暂时无法写入，请稍后重试或联系管理员。"].Value, Severity.Error);
            return false;
        }
        finally
        {
            Busy = false;
        }
    }
}
