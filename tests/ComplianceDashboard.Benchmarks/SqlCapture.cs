using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ComplianceDashboard.Benchmarks;

/// <summary>One captured query: its SQL, a copy of its parameters, and how many rows a replay read.</summary>
public sealed class CapturedCommand<TParameter>(string sql, List<TParameter> parameters)
{
    public string Sql => sql;
    public List<TParameter> Parameters => parameters;
    public int Rows { get; set; }
}

/// <summary>
/// The queries a DbContext sends while <see cref="Enabled"/>, for the floors: replayed with a plain reader they show
/// what reading exactly those rows costs without EF. Parameters are copied (<paramref name="copy"/>), since EF reuses
/// its command objects.
/// </summary>
public sealed class CommandCapture<TParameter>(Func<DbParameter, TParameter> copy) : DbCommandInterceptor
{
    public bool Enabled { get; set; }

    public List<CapturedCommand<TParameter>> Commands { get; } = [];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (Enabled)
        {
            Commands.Add(new CapturedCommand<TParameter>(command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(copy)]));
        }
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}

/// <summary>The floors' plain read: every column of every row turned into .NET values, as EF would, and nothing else.</summary>
public static class RawRead
{
    public static int ReadEveryRow(this DbDataReader reader)
    {
        var values = new object[reader.FieldCount];
        var rows = 0;
        while (reader.Read())
        {
            reader.GetValues(values);
            rows++;
        }
        return rows;
    }

    public static async Task<int> ReadEveryRowAsync(this DbDataReader reader)
    {
        var values = new object[reader.FieldCount];
        var rows = 0;
        while (await reader.ReadAsync())
        {
            reader.GetValues(values);
            rows++;
        }
        return rows;
    }
}

/// <summary>Where the web project's content root is, for a factory started from an exe (which gets no MvcTestingAppManifest.json).</summary>
public static class BenchmarkContentRoot
{
    public static void Set()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ComplianceDashboard.sln")))
        {
            dir = dir.Parent;
        }
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_COMPLIANCEDASHBOARD_WEB",
            Path.Combine(dir?.FullName ?? Directory.GetCurrentDirectory(), "src", "ComplianceDashboard.Web"));
    }
}
