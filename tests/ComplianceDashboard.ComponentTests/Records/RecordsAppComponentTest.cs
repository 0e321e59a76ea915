using System.Security.Claims;
using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.IntegrationTests.Records;
using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Features.Records;
using ComplianceDashboard.Web.Grading;
using ComplianceDashboard.Web.Infrastructure;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceDashboard.ComponentTests.Records;

/// <summary>One real app (demo county, real SQLite) with fault switches for a full disk, shared by the record components' failure tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultyDiskAppGroup : ICollectionFixture<FaultyDiskApp>
{
    public const string Name = "faulty disk app";
}

/// <summary>
/// bUnit with the record services of the real app: the form and the attachment panel call the same RecordService and
/// AttachmentService as in production, over the app's database and attachment store, signed in as shuji1 (支部书记 of station 1).
/// </summary>
public abstract class RecordsAppComponentTest : ComponentTest
{
    protected RecordsAppComponentTest(FaultyDiskApp app)
    {
        App = app;
        foreach (var type in new[]
        {
            typeof(IDbContextFactory<AppDbContext>), typeof(SchemeGrader), typeof(GradingTrigger), typeof(AppClock),
            typeof(IAttachmentStore), typeof(IOptions<AppOptions>), typeof(RecordHistoryWriter), typeof(Web.Features.Integrity.IntegrityRecompute),
        })
        {
            Services.AddSingleton(type, app.Services.GetRequiredService(type));
        }
        Services.AddScoped<RecordFormOptions>();
        Services.AddScoped<RecordService>();
        Services.AddScoped<AttachmentService>();
        SignIn("shuji1", Roles.Secretary).SetClaims(new Claim(AppClaimTypes.Station, "1"));
    }

    protected FaultyDiskApp App { get; }
}
