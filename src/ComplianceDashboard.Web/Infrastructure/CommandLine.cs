using ComplianceDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplianceDashboard.Web.Infrastructure;

/// <summary>Commands run instead of the web server: <c>dotnet run -- &lt;command&gt; …</c> (see README).</summary>
public static class CommandLine
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "schema-script":
                await using (var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
                {
                    Console.WriteLine(db.Database.GenerateCreateScript());
                }
                return true;
            default:
                return false;
        }
    }
}
