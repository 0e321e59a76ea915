using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Records;
using ComplianceDashboard.Web.Grading;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Import;

/// <summary>Import the hand-written sample into an empty database, then grade 2025 and check points computed by hand.</summary>
[Collection(ImportTestGroup.Name)]
public class ImportRoundTripTests(ImportRoundTripTests.App app) : IClassFixture<ImportRoundTripTests.App>
{
    public sealed class App : ImportTestApp, IAsyncLifetime
    {
        public Web.Features.Import.ImportResult Result { get; private set; } = null!;

        public async Task InitializeAsync() => Result = await Importer.ImportFileAsync(ImportSample.Path);

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private static readonly DateOnly AsOf = DateOnly.FromDateTime(TestApp.FixedNow.UtcDateTime.AddHours(8));

    [Fact]
    public async Task Sample_imports_one_station_with_its_points_people_and_records()
    {
        Assert.True(app.Result.Succeeded, string.Join('\n', app.Result.Errors));
        Assert.Equal((1, 2, 7, 72), (app.Result.Stations, app.Result.ServicePoints, app.Result.People, app.Result.Records));
        Assert.Contains("1 个站所", app.Result.Summary, StringComparison.Ordinal);
        var counts = await app.CountsAsync();
        Assert.Equal((1, 2, 7, 72, 1), counts);
        await using var db = app.CreateDbContext();
        Assert.Equal(4, await db.PostAssignments.CountAsync());
        Assert.Equal(4, await db.GroupMemberships.CountAsync());
        Assert.Equal(48, await db.MeetingAttendances.CountAsync());
        var problem = await db.EmergingProblems.SingleAsync();
        var reminder = await db.Records.SingleAsync(r => r.Kind == RecordKind.Reminder);
        Assert.Equal(problem.Id, reminder.AnswersProblemId);
    }

    [Fact]
    public async Task Every_imported_record_is_stored_with_its_history_row_as_a_form_entry_is()
    {
        await using var db = app.CreateDbContext();
        var records = await db.Records.Include(r => r.PresentMembers).Include(r => r.EmergingProblems).Include(r => r.Attachments).AsSplitQuery().ToListAsync();
        var changes = await db.RecordChanges.ToListAsync();
        Assert.Equal(records.Select(r => r.Id).Order(), changes.Select(c => c.RecordId).Order());
        var author = $"import:{Path.GetFileName(ImportSample.Path)}";
        Assert.All(records, r =>
        {
            var change = changes.Single(c => c.RecordId == r.Id);
            Assert.Equal((ChangeAction.Created, 1, author, (string?)null, RecordSnapshot.Of(r).ToJson()), (change.Action, r.Version, change.ChangedBy, change.BeforeJson, change.AfterJson));
            Assert.Equal((1, author, author), (change.Version, r.CreatedBy, r.UpdatedBy));
        });
        // Stored as the form stores them: a group meeting's attendees include the group.
        Assert.All(records.Where(r => r.Kind == RecordKind.GroupMeeting), r => Assert.True(r.Attendees.HasFlag(AttendeeCategories.GroupMember)));
    }

    [Fact]
    public async Task Grading_the_imported_year_gives_the_points_computed_by_hand()
    {
        var points = await GradeAsync();
        Assert.Equal(3m, points["13"]);  // 12 monthly group meetings, group of 4 led by the secretary, quorum kept
        Assert.Equal(0m, points["15"]);  // the March special inspection is missing
        Assert.Equal(0m, points["23"]);  // one attributable complaint: 5 − 5; the non-attributable one does not count
        Assert.Equal(3m, points["19"]);  // the June problem has a reminder 3 days later
        Assert.Equal(4m, points["12a"]); // Q2 quarterly disclosure missing: 6 − 2
        Assert.Equal(2m, points["12b"]); // planned outage published 8 days before
        Assert.Equal(3m, points["14"]);  // joint meetings every quarter with villagers
        Assert.Equal(4m, points["21"]);  // both supervisors reported every month
        Assert.Equal(6m, points["4"]);   // a manager and a supervisor at both points
        Assert.Equal(3m, points["5"]);   // approved appointments with document numbers
        Assert.Equal(0m, points["9"]);   // no demand ledgers in the sample
    }

    [Fact]
    public async Task Import_regrades_the_station_and_writes_a_snapshot()
    {
        await using var db = app.CreateDbContext();
        var station = await db.Stations.SingleAsync(s => s.Code == "QX0001");
        var snapshot = await db.GradeSnapshots.SingleAsync(s => s.StationId == station.Id && s.Year == 2025 && s.IsLatest);
        Assert.True(snapshot.IsFinal);
        Assert.Equal(59m, snapshot.Total);
    }

    private async Task<Dictionary<string, decimal>> GradeAsync()
    {
        await using var db = app.CreateDbContext();
        var id = await db.Stations.Where(s => s.Code == "QX0001").Select(s => s.Id).SingleAsync();
        var facts = (await StationFactsLoader.LoadAsync(db, [id], 2025, AsOf)).Single();
        var grade = app.Services.GetRequiredService<SchemeGrader>().Grade(facts, 2025, AsOf);
        return grade.Items.ToDictionary(i => i.Code, i => i.Points);
    }
}
