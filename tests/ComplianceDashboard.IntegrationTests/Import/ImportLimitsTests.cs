using System.Text;
using ComplianceDashboard.Web.Features.Import;
using Microsoft.EntityFrameworkCore;

namespace ComplianceDashboard.IntegrationTests.Import;

/// <summary>
/// Dates outside the supported years, files over the size limit, and memory that stays bounded by
/// one station while a file of tens of megabytes is validated and written (the importer streams it twice).
/// </summary>
[Collection(ImportTestGroup.Name)]
public sealed class ImportLimitsTests(ImportTestApp app) : IClassFixture<ImportTestApp>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cd-import-limits-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);


    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1999-12-31")]
    public async Task Event_date_before_the_first_supported_year_is_refused_at_its_line(string date)
    {
        var root = ImportSample.NewStation("QX0101");
        ImportSample.Record(root, 2)["eventDate"] = date;
        var text = ImportSample.Write(root);
        var before = await app.CountsAsync();
        var result = await app.Importer.ImportAsync(ImportSample.Utf8(text), "old.json");
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal("$.stations[0].records[2].eventDate", error.Path);
        Assert.Equal(ImportSample.Find(text, $"\"{date}\""), (error.Line, error.Column));
        Assert.Equal("日期不能早于2000年（系统支持的最早年份）", error.Message); // the form's rule and message
        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task Other_dates_outside_the_supported_years_are_refused_too()
    {
        var root = ImportSample.NewStation("QX0102");
        root["stations"]![0]!["servicePoints"]![0]!["openedOn"] = "1900-01-01";
        root["stations"]![0]!["supervisorAppointments"]![0]!["termEnd"] = "9999-12-31";
        var result = await app.Importer.ImportAsync(ImportSample.Utf8(ImportSample.Write(root)), "old.json");
        Assert.Equal(["$.stations[0].servicePoints[0].openedOn", "$.stations[0].supervisorAppointments[0].termEnd"], result.Errors.Select(e => e.Path));
        Assert.All(result.Errors, e => Assert.Contains("超出系统支持的年份", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var path = Path.Combine(_folder, "huge.json");
        await using (var file = File.Create(path))
        {
            file.SetLength((50L * 1024 * 1024) + 1); // App:Import:MaxFileBytes defaults to 50 MB; the content (zeros) is never read
        }
        var before = await app.CountsAsync();
        var result = await app.Importer.ImportFileAsync(path);
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal("$", error.Path);
        Assert.Contains("超过导入上限 50 MB（App:Import:MaxFileBytes），未读取", error.Message, StringComparison.Ordinal);

        // A stream that cannot seek is copied only up to the limit, then refused the same way.
        await using var stream = new ForwardOnlyStream(File.OpenRead(path));
        var streamed = await app.Importer.ImportAsync(stream, "huge.json");
        Assert.Contains("超过导入上限", Assert.Single(streamed.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(before, await app.CountsAsync());
    }

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

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
