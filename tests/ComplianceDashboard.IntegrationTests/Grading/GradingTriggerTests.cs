using System.Collections.Concurrent;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Domain.Scoring;
using ComplianceDashboard.IntegrationTests.Organisation;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Features.Organisation;
using ComplianceDashboard.Web.Grading;
using ComplianceDashboard.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplianceDashboard.IntegrationTests.Grading;

/// <summary>The app with a grader that notes every station-year it grades and, when told to, fails (a seam: otherwise the real engine).</summary>
public sealed class WatchedGraderApp : TestApp
{
    public LogSink Logs { get; } = new();

    protected override bool SharedTestLogging => false;

    public WatchedGrader Grader => (WatchedGrader)Services.GetRequiredService<SchemeGrader>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<SchemeGrader>();
            services.AddSingleton<SchemeGrader, WatchedGrader>();
        });
    }

    public sealed class WatchedGrader(IOptions<AppOptions> options) : SchemeGrader(options)
    {
        public ConcurrentQueue<(int StationId, int Year)> Graded { get; } = new();

        /// <summary>Grading the station with this id throws.</summary>
        public int? FailingStationId { get; set; }

        public override StationGrade Grade(StationFacts facts, int year, DateOnly asOf)
        {
            Graded.Enqueue((facts.StationId, year));
            if (facts.StationId == FailingStationId)
            {
                throw new InvalidOperationException("测试：评分失败");
            }
            return base.Grade(facts, year, asOf);
        }
    }
}

public class GradingTriggerTests(WatchedGraderApp app) : IClassFixture<WatchedGraderApp>
{
    [Fact]
    public async Task A_change_regrades_the_station_for_every_year_from_the_earliest_date_it_touches_through_this_year()
    {
        var trigger = app.Services.GetRequiredService<GradingTrigger>();
        app.Grader.Graded.Clear();

        await trigger.StationChangedAsync(5, new DateOnly(2024, 7, 1));

        Assert.Equal([2024, 2025, 2026], app.Grader.Graded.Where(g => g.StationId == 5).Select(g => g.Year).Distinct().Order());
    }

    [Fact]
    public async Task Grading_that_fails_after_an_organisation_save_leaves_the_save_standing_and_is_logged()
    {
        const int stationId = 6;
        using var scope = await app.SecretaryOfAsync(stationId);
        var person = await scope.NewPersonAsync(stationId, "职工代表甲");
        var from = OrganisationFixture.Today.AddYears(-1);

        app.Grader.FailingStationId = stationId;
        CommandResult<int> added;
        try
        {
            added = await scope.Get<GroupService>().AddAsync(stationId, new MemberInput { PersonId = person, Role = GroupRole.StaffRepresentative, From = from });
        }
        finally
        {
            app.Grader.FailingStationId = null;
        }

        Assert.True(added.Succeeded, string.Join("; ", added.FieldErrors.Values));
        await using (var db = app.CreateDbContext())
        {
            Assert.True(await db.GroupMemberships.AnyAsync(m => m.Id == added.Value && m.StationId == stationId && m.PersonId == person && m.From == from));
        }
        foreach (var year in new[] { from.Year, OrganisationFixture.Today.Year })
        {
            Assert.Contains(app.Logs.Entries, e => e.Level == LogLevel.Error && e.Category.EndsWith(nameof(GradingTrigger), StringComparison.Ordinal)
                && e.Message.Contains($"station {stationId} {year}", StringComparison.Ordinal) && e.Exception is InvalidOperationException);
        }
    }
}
