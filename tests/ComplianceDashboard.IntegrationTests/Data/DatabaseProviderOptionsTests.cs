using ComplianceDashboard.IntegrationTests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace ComplianceDashboard.IntegrationTests.Data;

/// <summary>App:Database:Provider=PostgreSql without a usable connection string stops the app at start with a plain message.</summary>
[Trait(TestDatabase.ProviderTrait, TestDatabase.Neutral)]
public class DatabaseProviderOptionsTests
{
    [Theory]
    [InlineData("", "App:Database:ConnectionString is required when App:Database:Provider is PostgreSql")]
    [InlineData("Database=compliance", "App:Database:ConnectionString is not a valid PostgreSQL connection string")]
    public void PostgreSql_without_a_connection_string_stops_the_app_with_a_clear_message(string connectionString, string message)
    {
        using var app = new PostgreSqlApp(connectionString);

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.Services);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private sealed class PostgreSqlApp(string connectionString) : TestApp
    {
        protected override bool UseSeededTemplate => false;

        protected override bool UsePostgreSql => false;

        protected override bool WaitForStartup => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("App:Database:Provider", "PostgreSql");
            builder.UseSetting("App:Database:ConnectionString", connectionString);
        }
    }
}
