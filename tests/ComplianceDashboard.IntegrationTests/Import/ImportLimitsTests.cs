namespace ComplianceDashboard.IntegrationTests.Import;

/// <summary>
/// Dates outside the supported years and files over the size limit (bounded memory: <see cref="ImportMemoryTests"/>).
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
