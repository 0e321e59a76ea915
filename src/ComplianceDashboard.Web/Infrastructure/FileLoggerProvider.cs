using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Threading.Channels;

namespace ComplianceDashboard.Web.Infrastructure;

/// <summary>
/// Plain-text daily log files (app-yyyyMMdd.log, 14 kept) a county IT person can open with any editor.
/// Writes go through a channel so request threads never wait on the disk.
/// </summary>
public sealed class FileLoggerProvider : ILoggerProvider
{
    private const int KeptFiles = 14;
    private readonly string _folder;
    private readonly Channel<string> _lines = Channel.CreateBounded<string>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest });
    private readonly ConcurrentDictionary<string, FileLogger> _loggers = new();
    private readonly Task _writer;

    public FileLoggerProvider(string folder)
    {
        _folder = folder;
        Directory.CreateDirectory(folder);
        _writer = Task.Run(WriteLoopAsync);
    }

    public ILogger CreateLogger(string categoryName) => _loggers.GetOrAdd(categoryName, name => new FileLogger(name, _lines.Writer));

    public void Dispose()
    {
        _lines.Writer.TryComplete();
        _writer.Wait(TimeSpan.FromSeconds(2));
    }

    private async Task WriteLoopAsync()
    {
        var reader = _lines.Reader;
        while (await reader.WaitToReadAsync())
        {
            var path = Path.Combine(_folder, $"app-{DateTime.Now:yyyyMMdd}.log");
            await using (var file = new StreamWriter(path, append: true, Encoding.UTF8))
            {
                while (reader.TryRead(out var line))
                {
                    await file.WriteLineAsync(line);
                }
            }
            PruneOldFiles();
        }
    }

    private void PruneOldFiles()
    {
        foreach (var old in Directory.GetFiles(_folder, "app-*.log").OrderDescending().Skip(KeptFiles))
        {
            File.Delete(old);
        }
    }

    private sealed class FileLogger(string category, ChannelWriter<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }
            var text = string.Create(CultureInfo.InvariantCulture,
                $"{DateTime.Now:yyyy-MM-dd HH:mm:ss.fff} [{logLevel.ToString()[..4].ToUpperInvariant()}] {category}: {formatter(state, exception)}");
            lines.TryWrite(exception is null ? text : text + Environment.NewLine + exception);
        }
    }
}
