namespace ComplianceDashboard.Web.Infrastructure;

/// <summary>
/// The outcome of a command that can fail for a reason the user can fix: success, or Chinese messages per input field
/// (key: the input property name) and/or one general message for the whole form (<see cref="Error"/>, key
/// <see cref="FormField"/> = ""). Nothing was saved when it failed. A command that is impossible in the current state
/// (a finalised grade, a row that no longer exists) is a <see cref="IsConflict">conflict</see>.
/// <para>
/// Forms show it through <c>FormErrors</c> (Components/Shared): each field's message on its MudBlazor field, the general
/// one in a MudAlert; endpoints turn it into HTTP through <c>CommandResults.ToHttp</c>: 400 with the field errors,
/// 409 for a conflict.
/// </para>
/// <para>
/// A caller who may not run the command at all is not a form error: services throw
/// <see cref="Security.ForbiddenException"/> (from the <see cref="Security.CurrentUser"/> Ensure helpers), which
/// endpoints answer with 403 in the same one place. The UI never offers such a command, so it means a forged or
/// stale request and needs no field to show it at.
/// </para>
/// </summary>
public class CommandResult
{
    /// <summary>The key of the message for the whole form.</summary>
    public const string FormField = "";

    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public virtual bool Succeeded => _errors.Count == 0;

    /// <summary>The command is not possible in the current state (HTTP 409); <see cref="Error"/> says why.</summary>
    public bool IsConflict { get; private set; }

    /// <summary>Messages per input field, without the general one.</summary>
    public IReadOnlyDictionary<string, string> FieldErrors =>
        _errors.Where(e => e.Key.Length > 0).ToDictionary(e => e.Key, e => string.Join(" ", e.Value), StringComparer.Ordinal);

    /// <summary>Every message one by one, per field (key "" for the whole form): for lists such as an import's errors.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Errors =>
        _errors.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)e.Value, StringComparer.Ordinal);

    /// <summary>The message for the whole form, if any.</summary>
    public string? Error => ErrorFor(FormField);

    /// <summary>Every message, the general one first (logs, test output, a notification).</summary>
    public IEnumerable<string> Messages => _errors.OrderBy(e => e.Key.Length > 0).Select(e => string.Join(" ", e.Value));

    /// <summary>The message(s) of <paramref name="field"/>, joined by a space; null when there is none.</summary>
    public string? ErrorFor(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public static CommandResult Ok() => new();

    public static CommandResult<T> Ok<T>(T value) => new() { Value = value };

    public static CommandResult Fail(string field, string message) => new CommandResult().Add(field, message);

    /// <summary>One message per field (key "" for the whole form).</summary>
    public static CommandResult Invalid(IReadOnlyDictionary<string, string> errors) => new CommandResult().AddAll(errors);

    /// <summary>Impossible in the current state: <paramref name="message"/> for the whole form, HTTP 409.</summary>
    public static CommandResult Conflict(string message) => new CommandResult().MarkConflict(message);

    /// <summary>This failure (its messages, and whether it is a conflict) as a result of a command that returns a <typeparamref name="T"/>.</summary>
    public CommandResult<T> As<T>()
    {
        var result = new CommandResult<T>();
        result.CopyMessagesFrom(this);
        return result;
    }

    /// <summary>Adds a message to a field; a second message for the same field is appended.</summary>
    public CommandResult Add(string field, string message)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }
        messages.Add(message);
        return this;
    }

    /// <summary>The messages of <paramref name="other"/> (and whether it is a conflict) added to this result.</summary>
    protected void CopyFrom(CommandResult other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (field, messages) in other._errors)
        {
            foreach (var message in messages)
            {
                Add(field, message);
            }
        }
        IsConflict |= other.IsConflict;
    }

    private CommandResult AddAll(IReadOnlyDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var (field, message) in errors)
        {
            Add(field, message);
        }
        return this;
    }

    private CommandResult MarkConflict(string message)
    {
        IsConflict = true;
        return Add(FormField, message);
    }
}

/// <summary>A <see cref="CommandResult"/> that carries the command's <see cref="Value"/> when it succeeded (e.g. the id saved).</summary>
public sealed class CommandResult<T> : CommandResult
{
    /// <summary>What the command produced; default when it failed.</summary>
    public T? Value { get; init; }

    /// <inheritdoc cref="CommandResult.Add"/>
    public new CommandResult<T> Add(string field, string message)
    {
        base.Add(field, message);
        return this;
    }

    internal void CopyMessagesFrom(CommandResult other) => CopyFrom(other);
}
