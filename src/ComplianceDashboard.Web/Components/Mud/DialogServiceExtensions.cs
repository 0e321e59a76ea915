using MudBlazor;

namespace ComplianceDashboard.Web.Components.Mud;

public static class DialogServiceExtensions
{
    /// <summary>
    /// Asks before an irreversible action; true only when the user confirmed. <paramref name="linkHref"/> adds a link
    /// under the message (opened in a new tab, so the page behind the dialog keeps its state), e.g. to a record it names.
    /// </summary>
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string message, string confirmText, bool destructive = false,
        string? linkHref = null, string? linkText = null)
    {
        var parameters = new DialogParameters<ConfirmDialog>
        {
            { d => d.Title, title },
            { d => d.Message, message },
            { d => d.ConfirmText, confirmText },
            { d => d.Destructive, destructive },
            { d => d.LinkHref, linkHref },
            { d => d.LinkText, linkText },
        };
        var dialog = await dialogs.ShowAsync<ConfirmDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.ExtraSmall, FullWidth = true });
        var result = await dialog.Result;
        return result is { Canceled: false };
    }
}
