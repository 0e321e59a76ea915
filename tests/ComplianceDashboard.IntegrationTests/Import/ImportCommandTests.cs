using ComplianceDashboard.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ComplianceDashboard.IntegrationTests.Import;

/// <summary>The <c>import --file</c> command as <c>dotnet run -- import</c> runs it: exit codes, stdout and stderr.</summary>
[Collection(ImportTestGroup.Name)]
public class ImportCommandTests(ImportTestApp app) : IClassFixture<ImportTestApp>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cd-import-").FullName;

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Import_command_writes_nothing_and_exits_1_on_bad_input_then_0_on_the_sample()
    {
        var bad = ImportSample.NewStation();
        ImportSample.Record(bad, 1)["eventDate"] = "2025-02-30";
        ImportSample.Record(bad, 2)["person"] = "p-nobody";
        var badPath = Path.Combine(_folder, "bad.json");
        await File.WriteAllTextAsync(badPath, ImportSample.Write(bad));

        var (code, stdout, stderr) = await RunAsync("import", "--file", badPath);
        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(3, lines.Length); // two errors and the summary
        Assert.Matches(@"bad\.json:\d+:\d+ \$\.stations\[0\]\.records\[1\]\.eventDate: 日期“2025-02-30”无效", lines[0]);
        Assert.Contains("$.stations[0].records[2].person: 找不到人员“p-nobody”", lines[1], StringComparison.Ordinal);
        Assert.Equal((0, 0, 0, 0, 0), await app.CountsAsync());

        (code, stdout, stderr) = await RunAsync("import", "--file", ImportSample.Path);
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Contains("1 个站所（QX0001），2 个服务站点，7 名人员，72 条记录", stdout, StringComparison.Ordinal);
        await using var db = app.CreateDbContext();
        Assert.Equal(72, await db.Records.CountAsync());
    }

    [Fact]
    public async Task Import_command_without_file_is_a_usage_error()
    {
        var (code, _, stderr) = await RunAsync("import");
        Assert.Equal(2, code);
        Assert.Contains("--file is required", stderr, StringComparison.Ordinal);
    }

    private async Task<(int? Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(app.Services, args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
