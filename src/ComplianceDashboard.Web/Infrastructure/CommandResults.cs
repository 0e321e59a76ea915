namespace ComplianceDashboard.Web.Infrastructure;

/// <summary>The one place a command's outcome becomes an HTTP answer (minimal-API endpoints).</summary>
public static class CommandResults
{
    /// <summary>
    /// <paramref name="success"/> when the command succeeded; else 409 with the message for a
    /// <see cref="CommandResult.IsConflict">conflict</see>, or 400 with the messages per field (key "" for the whole form).
    /// </summary>
    public static IResult ToHttp(this CommandResult result, Func<IResult> success)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(success);
        if (result.Succeeded)
        {
            return success();
        }
        if (result.IsConflict)
        {
            return Results.Problem(result.Error, statusCode: StatusCodes.Status409Conflict);
        }
        var errors = result.FieldErrors.ToDictionary(e => e.Key, e => new[] { e.Value }, StringComparer.Ordinal);
        if (result.Error is { } general)
        {
            errors[CommandResult.FormField] = [general];
        }
        return Results.ValidationProblem(errors, detail: result.Error);
    }

    /// <summary>
    /// Runs an endpoint's work and answers what a service throws instead of returning: 403 for a
    /// <see cref="ForbiddenException"/> (the caller may not do this at all), 503 when the database cannot be written.
    /// </summary>
    public static async Task<IResult> RunAsync(Func<Task<IResult>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            return await action();
        }
        catch (ForbiddenException)
        {
            return Results.Forbid();
        }
        catch (DatabaseWriteException ex)
        {
            // Logged by the service with the SQLite error; the client gets the Chinese message and the SQLite error code.
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "数据库无法写入",
                extensions: new Dictionary<string, object?> { ["sqliteErrorCode"] = ex.SqliteErrorCode });
        }
    }
}
