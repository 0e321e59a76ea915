using System.Text;
using ComplianceDashboard.Web.Features.Import;
using Microsoft.EntityFrameworkCore;

namespace ComplianceDashboard.IntegrationTests.Import;

/// <summary>
/// Memory stays bounded by one station while a file of tens of megabytes is validated and written (the importer
/// streams it twice). Live managed memory is process-wide, so this class runs alone: other test classes' hosts and
/// databases running beside it would count as the import's (seen once: 41 MB "grown" for a 21 MB file).
/// </summary>
[Collection(ImportMemoryTestGroup.Name)]
public sealed class ImportMemoryTests(ImportTestApp app) : IClassFixture<ImportTestApp>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cd-import-memory-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_large_file_is_processed_one_station_at_a_time_with_bounded_memory()
    {
        const int stations = 12, recordsPerStation = 200;
        var path = Path.Combine(_folder, "large.json");
        WriteLargeFile(path, stations, recordsPerStation);
        var size = new FileInfo(path).Length;
        Assert.InRange(size, 20L * 1024 * 1024, 30L * 1024 * 1024);

        _ = app.Importer; // the app starts before the baseline is taken
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var probe = new MemoryProbe(before);
        var result = await app.Importer.ImportFileAsync(path, probe);

        Assert.True(result.Succeeded, string.Join('\n', result.Errors.Take(5)));
        Assert.Equal((stations, stations * recordsPerStation), (result.Stations, result.Records));
        // The seam: both passes report each station as it is done, so the file is never held whole.
        Assert.Equal([.. Enumerable.Range(1, stations)], probe.Validated);
        Assert.Equal([.. Enumerable.Range(1, stations)], probe.Written);
        // Live managed memory (after a full collection) measured at each station stays far below the file's size;
        // reading the whole file, its line map and all its stations at once took ~15 times the size.
        Assert.True(probe.MaxGrowth < size, $"live memory grew by {probe.MaxGrowth / 1048576.0:0.0} MB while importing a {size / 1048576.0:0.0} MB file");
        await using var db = app.CreateDbContext();
        Assert.Equal(stations, await db.GradeSnapshots.Where(s => s.Year == 2025 && s.IsLatest).Select(s => s.StationId).Distinct().CountAsync());
    }

    /// <summary>~22 MB: stations whose records carry long Chinese disclosure texts (3,000 characters, ~9 KB each).</summary>
    private static void WriteLargeFile(string path, int stations, int recordsPerStation)
    {
        var content = string.Concat(Enumerable.Repeat("本月公开电价政策、收费标准、服务承诺和办电流程，", 200))[..3000];
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write("{\n  \"format\": \"compliance-dashboard-import/1\",\n  \"stations\": [\n");
        for (var s = 0; s < stations; s++)
        {
            writer.Write($"    {{\n      \"code\": \"BIG{s:000}\", \"name\": \"大文件{s}供电所\", \"township\": \"大文件镇\",\n      \"records\": [\n");
            for (var r = 0; r < recordsPerStation; r++)
            {
                var day = new DateOnly(2025, 1, 1).AddDays(r % 360);
                writer.Write($"        {{ \"key\": \"r{r}\", \"kind\": \"InstantDisclosure\", \"eventDate\": \"{day:yyyy-MM-dd}\", \"title\": \"即时公开{r}\", \"content\": \"{content}\" }}{(r + 1 < recordsPerStation ? "," : "")}\n");
            }
            writer.Write($"      ]\n    }}{(s + 1 < stations ? "," : "")}\n");
        }
        writer.Write("  ]\n}\n");
    }

    /// <summary>Called synchronously by the importer after each station of each pass: records live managed memory.</summary>
    private sealed class MemoryProbe(long baseline) : IProgress<ImportProgress>
    {
        public List<int> Validated { get; } = [];
        public List<int> Written { get; } = [];
        public long MaxGrowth { get; private set; }

        public void Report(ImportProgress value)
        {
            (value.Writing ? Written : Validated).Add(value.Stations);
            if (value.Stations % 4 == 0) // a full collection costs time: every fourth station is enough to see the whole file held
            {
                MaxGrowth = Math.Max(MaxGrowth, GC.GetTotalMemory(forceFullCollection: true) - baseline);
            }
        }
    }
}

/// <summary>Runs after the parallel collections, alone (see <see cref="ImportMemoryTests"/>).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ImportMemoryTestGroup
{
    public const string Name = "import-memory";
}
