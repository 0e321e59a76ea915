using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Notifications;
using ComplianceDashboard.Web.Infrastructure;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.ComponentTests.Notifications;

/// <summary>The notifications page with the real NotificationService of a seeded app (real SQLite).</summary>
public sealed class NotificationsPageTests : ComponentTest, IClassFixture<TestApp>
{
    private readonly TestApp _app;

    public NotificationsPageTests(TestApp app)
    {
        _app = app;
        Services.AddSingleton(app.Services.GetRequiredService<AppClock>());
        Services.AddScoped<NotificationCounter>();
        // The app's service (its scoped dependencies from an app scope that this context disposes), asking this
        // context's signed-in CurrentUser.
        Services.AddScoped(_ => new AppScope(app.Services.CreateScope()));
        Services.AddScoped(sp => ActivatorUtilities.CreateInstance<NotificationService>(sp.GetRequiredService<AppScope>().Scope.ServiceProvider, sp.GetRequiredService<CurrentUser>()));
    }

    [Fact]
    public async Task The_bell_clicked_on_the_page_shows_a_notification_that_arrived_while_it_was_open()
    {
        SignIn("shuji1", Roles.Secretary);
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("notifications");
        var cut = Render<NotificationsPage>();
        cut.WaitForAssertion(() => Assert.DoesNotContain("mud-progress-circular", cut.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain("刚到的整改提醒", cut.Markup, StringComparison.Ordinal);

        await using (var db = _app.CreateDbContext())
        {
            var shuji1 = db.Users.Single(u => u.UserName == "shuji1").Id;
            db.Notifications.Add(new Notification { UserId = shuji1, Key = "page-test|1", Kind = "reminder", Title = "刚到的整改提醒", CreatedAt = DateTime.UnixEpoch });
            await db.SaveChangesAsync();
        }
        // The bell links to this page: clicked here, the page stays and its parameters do not change.
        navigation.NavigateTo("notifications");

        cut.WaitForAssertion(() => Assert.Contains("刚到的整改提醒", cut.Markup, StringComparison.Ordinal));
    }

    private sealed record AppScope(IServiceScope Scope) : IDisposable
    {
        public void Dispose() => Scope.Dispose();
    }
}
