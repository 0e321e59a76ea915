using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.TestSupport;

/// <summary>The app with a <see cref="TransactionRendezvous"/>: concurrent commands of a test meet after their reads.</summary>
public sealed class RendezvousApp : TestApp
{
    public TransactionRendezvous Rendezvous { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Rendezvous));
    }
}
