using MudBlazor;

namespace ComplianceDashboard.Web.Features.Organisation;

public static class OrgDialogs
{
    /// <summary>Opens a form dialog; true when it saved (the user neither cancelled nor closed it).</summary>
    public static async Task<bool> OpenFormAsync<TDialog>(this IDialogService dialogs, string title, DialogParameters<TDialog> parameters, MaxWidth maxWidth = MaxWidth.Small)
        where TDialog : Microsoft.AspNetCore.Components.IComponent
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var options = new DialogOptions { MaxWidth = maxWidth, FullWidth = true, CloseButton = true, BackdropClick = false };
        var dialog = await dialogs.ShowAsync<TDialog>(title, parameters, options);
        var result = await dialog.Result;
        return result is { Canceled: false };
    }
}
