using ComplianceDashboard.Web.Components.Mud;
using ComplianceDashboard.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ComplianceDashboard.Web.Features.Evaluation;

/// <summary>
/// Base of the evaluation components: the <see cref="CurrentUser"/>, and one way to call a service and turn its result into
/// field errors (<see cref="Form"/>) or a notification, so nothing is half-saved and every failure is in Chinese.
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

    /// <summary>The errors of the last action, bound to the fields (<see cref="FormErrors"/>).</summary>
    [Inject] protected FormErrors Form { get; set; } = default!;

    protected bool Busy { get; private set; }

    /// <summary>
    /// Runs <paramref name="action"/>; true when it succeeded (then <paramref name="success"/> is shown). Field errors
    /// show at their fields through <see cref="Form"/>; a message for the whole action (a conflict such as a finalised
    /// grade) is a notification, as are a refusal and a database that cannot be written.
    /// </summary>
    protected async Task<bool> TryAsync<TResult>(Func<Task<TResult>> action, string? success = null) where TResult : CommandResult
    {
        ArgumentNullException.ThrowIfNull(action);
        Busy = true;
        Form.Clear();
        try
        {
            var result = await action();
            if (!result.Succeeded)
            {
                Form.Show(result);
                if (result.Error is { } general)
                {
                    Snackbar.Add(Localizer[general].Value, Severity.Error);
                }
                return false;
            }
            if (success is not null)
            {
                Snackbar.Add(Localizer[success].Value, Severity.Success);
            }
            return true;
        }
        catch (Exception ex) when (ex is ForbiddenException or DatabaseWriteException)
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
