using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Audit;
using ComplianceDashboard.Web.Features.Users;
using ComplianceDashboard.Web.Infrastructure;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceDashboard.ComponentTests.Users;

/// <summary>
/// A real, migrated SQLite file for the admin components (user administration and audit), with the services they
/// use registered as the app registers them: IDbContextFactory, Identity with the Chinese messages and the
/// password policy, the clock, the station scope, UserAdminService and AuditService.
/// </summary>
public sealed class AdminTestDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cd-component", Guid.NewGuid().ToString("N"));

    public AdminTestDatabase(IServiceCollection services)
    {
        Directory.CreateDirectory(_folder);
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "admin.db"), Pooling = false }.ToString();
        services.AddDbContextFactory<AppDbContext>(o => DatabaseSetup.Configure(o, ConnectionString));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());
        services.AddSingleton(Options.Create(new AppOptions()));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AppClock>();
        services.AddScoped<AuditService>();
        services.AddScoped<UserAdminService>();
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddDefaultTokenProviders();

        File.Copy(Template.Value, Path.Combine(_folder, "admin.db"));
    }

    /// <summary>The migrated database with the roles and two stations, made once per test process and copied for each test.</summary>
    private static readonly Lazy<string> Template = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), "cd-component", "template-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "admin.db");
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(options, new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        using (var db = new AppDbContext(options.Options))
        {
            db.Database.Migrate();
            db.Roles.AddRange(Roles.All.Select(r => new IdentityRole(r) { NormalizedName = r.ToUpperInvariant() }));
            db.Stations.Add(new Station { Id = 1, Code = "S01", Name = "桐琴供电所", Township = "桐琴镇" });
            db.Stations.Add(new Station { Id = 2, Code = "S02", Name = "泉溪供电所", Township = "泉溪镇" });
            db.SaveChanges();
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        };
        return path;
    });

    public string ConnectionString { get; }

    public AppDbContext CreateDbContext()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(options, ConnectionString);
        return new AppDbContext(options.Options);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
