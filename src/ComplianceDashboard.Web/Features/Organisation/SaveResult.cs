namespace ComplianceDashboard.Web.Features.Organisation;

/// <summary>Success, or one Chinese message per field (key: an input property name, or "" for the whole form).</summary>
public sealed class SaveResult
{
    public Dictionary<string, string> FieldErrors { get; } = new(StringComparer.Ordinal);

    public bool Succeeded => FieldErrors.Count == 0;

    /// <summary>The id of the row created or changed, when there is one.</summary>
    public int? Id { get; init; }

    public static SaveResult Ok(int? id = null) => new() { Id = id };

    public static SaveResult Fail(string field, string message) => new SaveResult().Add(field, message);

    public string? ErrorFor(string field) => FieldErrors.GetValueOrDefault(field);

    /// <summary>Adds a message to a field; a second message for the same field is appended.</summary>
    public SaveResult Add(string field, string message)
    {
        FieldErrors[field] = FieldErrors.TryGetValue(field, out var existing) ? $"{existing} {message}" : message;
        return this;
    }
}
