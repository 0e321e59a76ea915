using System.ComponentModel.DataAnnotations;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Infrastructure;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.Extensions.Configuration;

namespace ComplianceDashboard.IntegrationTests.Hosting;

[Trait(TestDatabase.ProviderTrait, TestDatabase.Neutral)]
public class SampleSettingsTests
{
    public static TheoryData<string> Samples => ["appsettings.Development.json", "appsettings.Production.json", "appsettings.Provincial.json"];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_settings_parse_with_comments_and_pass_validation(string file)
    {
        var path = Path.Combine(Repository.Root, "appsettings.samples", file);
        var configuration = new ConfigurationBuilder().AddJsonFile(path, optional: false).Build();

        var options = configuration.GetSection(AppOptions.Section).Get<AppOptions>();
        var security = configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();

        Assert.NotNull(options);
        Assert.True(Validator.TryValidateObject(options, new ValidationContext(options), null, validateAllProperties: true));
        Assert.True(Validator.TryValidateObject(security, new ValidationContext(security), null, validateAllProperties: true));
        Assert.Equal("Asia/Shanghai", options.TimeZone);
        Assert.Equal(file.Contains("Development", StringComparison.Ordinal), options.DemoData.Enabled);
        var provincial = file.Contains("Provincial", StringComparison.Ordinal);
        Assert.Equal(provincial ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite, options.Database.Provider);
        // Several servers share the sign-in keys in the database, so the provincial sample encrypts them (ADR-017).
        Assert.Equal(provincial, !string.IsNullOrEmpty(security.KeyCertificatePath));
    }
}
