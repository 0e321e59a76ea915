using ComplianceDashboard.IntegrationTests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Notifications;

/// <summary>The demo county with mail going to a local SMTP sink on a free port, and a clock the tests move.</summary>
public class ReminderApp : TestApp
{
    public ReminderApp() : this(null, Repository.FreePort())
    {
    }

    /// <summary>"The same server started again": the files of <paramref name="folder"/>, the same mail port.</summary>
    public ReminderApp(string? folder, int smtpPort) : base(folder)
    {
        SmtpPort = smtpPort;
    }

    public int SmtpPort { get; }

    public FixedTimeProvider Clock => (FixedTimeProvider)Services.GetRequiredService<TimeProvider>();

    /// <summary>Moves the clock to 10:00 in Shanghai on <paramref name="day"/>.</summary>
    public void SetToday(DateOnly day) => Clock.Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("App:Mail:Smtp:Host", "127.0.0.1");
        builder.UseSetting("App:Mail:Smtp:Port", SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("App:Mail:Smtp:Security", "None");
        builder.UseSetting("App:Mail:Smtp:From", "dashboard@example.test");
    }
}
