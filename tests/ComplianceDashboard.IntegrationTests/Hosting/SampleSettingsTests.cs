using System.ComponentModel.DataAnnotations;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace ComplianceDashboard.IntegrationTests.Hosting;

[Trait(TestDatabase.ProviderTrait, TestDatabase.Neutral)]
public class SampleSettingsTests
{
    public static TheoryData<string> Samples => ["appsettings.Development.json", "appsettings.Production.json"];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_settings_parse_with_comments_and_pass_validation(string file)
    {
        var path = Path.Combine(Repository.Root, "appsettings.samples", file);
        var configuration = new ConfigurationBuilder().AddJsonFile(path, optional: false).Build();

        var options = configuration.GetSection(AppOptions.Section).Get<AppOptions>();

        Assert.NotNull(options);
        Assert.True(Validator.TryValidateObject(options, new ValidationContext(options), null, validateAllProperties: true));
        Assert.Equal("Asia/Shanghai", options.TimeZone);
        Assert.Equal(file.Contains("Production", StringComparison.Ordinal) ? false : true, options.DemoData.Enabled);
    }
}
