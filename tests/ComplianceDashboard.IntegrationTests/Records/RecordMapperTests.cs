using System.Text.Json;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Features.Records;
using ComplianceDashboard.Web.Grading;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Records;

/// <summary>The one mapping between the form's input and a record: what is stored is what the edit form loads.</summary>
public class RecordMapperTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly DateOnly Day = new(2026, 10, 14);

    public static TheoryData<RecordKind> Kinds => [.. RecordKindInfo.All.Select(k => k.Kind)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_stored_record_loads_back_as_the_input_it_was_built_from(RecordKind kind)
    {
        var input = await app.ValidInputAsync(kind, Day);
        var result = new RecordResult();
        await using (var db = app.CreateDbContext())
        {
            // As the form saves it: normalised by the rules first (period, fields of other kinds cleared).
            await RecordValidator.ValidateAsync(db, app.Services.GetRequiredService<SchemeGrader>().Scheme, input, null,
                RecordTestHelpers.Today, RecordTestHelpers.Today.ToDateTime(new TimeOnly(12, 0)), result, CancellationToken.None);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.SelectMany(e => e.Value)));
            db.Records.Add(RecordMapper.ToEntity(input));
            await db.SaveChangesAsync();
        }

        RecordInput loaded;
        await using (var db = app.CreateDbContext())
        {
            var stored = await db.Records.Include(r => r.PresentMembers).Include(r => r.EmergingProblems).AsSplitQuery().OrderByDescending(r => r.Id).FirstAsync();
            loaded = RecordMapper.ToInput(stored);
            Assert.Equal(stored.Version, loaded.ExpectedVersion);
        }

        Assert.All(loaded.EmergingProblems, p => Assert.NotNull(p.Id)); // stored problems have ids, new ones in the input none
        Assert.Equal(Fields(input), Fields(loaded, problemIds: false));
    }

    // Every property of the input but the version the form was loaded at.
    private static string Fields(RecordInput input, bool problemIds = true)
    {
        var json = JsonSerializer.SerializeToNode(input, RecordSnapshot.Json)!.AsObject();
        json.Remove("expectedVersion");
        if (!problemIds)
        {
            foreach (var problem in json["emergingProblems"]!.AsArray())
            {
                problem!["id"] = null;
            }
        }
        return json.ToJsonString();
    }
}
