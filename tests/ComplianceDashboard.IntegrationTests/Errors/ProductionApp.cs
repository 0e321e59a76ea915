using ComplianceDashboard.IntegrationTests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Errors;

/// <summary>
/// The app as scripts/run.sh starts it (Production), plus one test-only address that throws, to see what a user sees
/// when a request fails. The address is answered after every endpoint, so only a request no endpoint took reaches it.
/// </summary>
public sealed class ProductionApp : TestApp
{
    public const string ThrowPath = "/__test/throw";
    public const string Secret = "secret-connection-string=Data Source=/srv/compliance.db";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ThrowingAddress>());
    }

    private sealed class ThrowingAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((context, nextMiddleware) => context.Request.Path == ThrowPath
                ? throw new InvalidOperationException(Secret)
                : nextMiddleware(context));
        };
    }
}
