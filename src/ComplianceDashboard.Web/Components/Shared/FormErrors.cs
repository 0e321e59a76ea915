namespace ComplianceDashboard.Web.Components.Shared;

/// <summary>
/// How every form shows a <see cref="CommandResult"/>: inject it (transient, one per form), hand it the service's
/// result with <see cref="Show"/>, bind each MudBlazor field with <c>Error="@Form.Has(nameof(Input.X))"
/// ErrorText="@Form.For(nameof(Input.X))"</c> and put <c>&lt;FormAlert Form="Form" /&gt;</c> above the fields for the
/// message for the whole form. Messages are the services' Chinese text, shown in the UI language through
/// SharedResource when it has them (the resx key is the Chinese text).
/// </summary>
public sealed class FormErrors(IStringLocalizer<SharedResource> localizer)
{
    /// <summary>The result shown; null before the first save or after <see cref="Clear"/>.</summary>
    public CommandResult? Result { get; private set; }

    public bool Any => Result is { Succeeded: false };

    /// <summary>The message for the whole form, if any.</summary>
    public string? General => For(CommandResult.FormField);

    public void Show(CommandResult? result) => Result = result;

    public void Clear() => Result = null;

    public bool Has(string field) => Result?.ErrorFor(field) is not null;

    public string? For(string field) => Result?.ErrorFor(field) is { } message ? localizer[message].Value : null;
}
