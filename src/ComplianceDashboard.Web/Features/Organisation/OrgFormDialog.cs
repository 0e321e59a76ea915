using ComplianceDashboard.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ComplianceDashboard.Web.Features.Organisation;

/// <summary>
/// A form dialog of the organisation screens: hands its input to <see cref="Save"/> (a service call, which
/// validates and is the source of truth), shows the returned errors through <see cref="Form"/> (each at its field,
/// the general one in a FormAlert), and closes with the <see cref="CommandResult{T}"/> only when the save succeeded —
/// nothing is saved when a field is wrong.
/// </summary>
public abstract class OrgFormDialog<TInput> : ComponentBase where TInput : class, new()
{
    [CascadingParameter] protected IMudDialogInstance Dialog { get; set; } = default!;

    [Inject] protected IDialogService Dialogs { get; set; } = default!;

    /// <summary>The errors of the last save, bound to the fields (<see cref="FormErrors"/>).</summary>
    [Inject] protected FormErrors Form { get; set; } = default!;

    [Parameter] public TInput Input { get; set; } = new();

    /// <summary>Saves the input through the service and returns its result.</summary>
    [Parameter, EditorRequired] public Func<TInput, Task<CommandResult<int>>> Save { get; set; } = null!;

    protected CommandResult<int>? Result { get; private set; }

    protected bool Busy { get; private set; }

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
            Form.Show(Result);
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
