using Microsoft.EntityFrameworkCore.Design;

namespace ComplianceDashboard.Web.Data;

/// <summary>
/// Lets <c>dotnet ef</c> build the model without starting the web host (whose start-up migrates and seeds).
/// The connection string is never opened by <c>migrations add</c> or <c>has-pending-model-changes</c>.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(options, "Data Source=design-time.db");
        return new AppDbContext(options.Options);
    }
}
