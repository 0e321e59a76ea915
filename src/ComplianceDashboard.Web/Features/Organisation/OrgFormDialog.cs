using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ComplianceDashboard.Web.Features.Organisation;

/// <summary>
/// A form dialog of the organisation screens: hands its input to <see cref="Save"/> (a service call, which
/// validates and is the source of truth), shows the returned field errors at their fields, and closes with
/// the <see cref="SaveResult"/> only when the save succeeded — nothing is saved when a field is wrong.
/// </summary>
public abstract class OrgFormDialog<TInput> : ComponentBase where TInput : class, new()
{
    [CascadingParameter] protected IMudDialogInstance Dialog { get; set; } = default!;

    [Inject] protected IDialogService Dialogs { get; set; } = default!;

    [Inject] private IStringLocalizer<SharedResource> Localizer { get; set; } = default!;

    [Parameter] public TInput Input { get; set; } = new();

    /// <summary>Saves the input through the service and returns its result.</summary>
    [Parameter, EditorRequired] public Func<TInput, Task<SaveResult>> Save { get; set; } = null!;

    protected SaveResult? Result { get; private set; }

    protected bool Busy { get; private set; }

    /// <summary>The message for the whole form (key ""), if any.</summary>
    protected string? FormError => ErrorFor("");

    /// <summary>The service's Chinese message, in the UI language when it has a translation (e.g. every <see cref="Infrastructure.NameRules"/> message).</summary>
    protected string? ErrorFor(string field) => Result?.ErrorFor(field) is { } message ? Localizer[message].Value : null;

    protected bool HasError(string field) => Result?.ErrorFor(field) is not null;

    /// <summary>Asked before saving; an irreversible action asks the user to confirm here.</summary>
    protected virtual Task<bool> ConfirmAsync() => Task.FromResult(true);

    protected async Task SubmitAsync()
    {
        if (Busy || !await ConfirmAsync())
        {
            return;
        }
        Busy = true;
        try
        {
            Result = await Save(Input);
        }
        finally
        {
            Busy = false;
        }
        if (Result.Succeeded)
        {
            Dialog.Close(DialogResult.Ok(Result));
        }
    }

    protected void Cancel() => Dialog.Cancel();
}
