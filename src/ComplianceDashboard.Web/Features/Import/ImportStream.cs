using System.Text;
using System.Text.Json;

namespace ComplianceDashboard.Web.Features.Import;

/// <summary>One element of the file's <c>stations</c> array: a copy of its bytes and where they start in the file (1-based).</summary>
internal sealed record StationSlice(int Index, ReadOnlyMemory<byte> Json, int Line, int Column)
{
    public string Path => $"$.stations[{Index}]";
}

/// <summary>
/// Reads an import file's top level with <see cref="Utf8JsonReader"/> over the stream, a buffer at a time, and hands
/// out the stations one by one (<see cref="Next"/>): memory holds the buffer and one station, never the whole file.
/// Top-level problems (syntax, the format marker, unknown properties, non-object stations) are collected in
/// <see cref="Errors"/> with their line and column.
/// </summary>
internal sealed class ImportStream(Stream stream, string source)
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Disallow };

    private byte[] _buffer = new byte[64 * 1024];
    private int _filled;
    private bool _final;
    private bool _started;
    private JsonReaderState _state = new(Options);
    private Phase _phase = Phase.Start;

    // Where _buffer[0] sits in the file: its 0-based line, and the characters and bytes since that line's start.
    private int _line;
    private int _columnChars;
    private int _columnBytes;

    private enum Phase { Start, Root, Stations, Done }

    public List<ImportError> Errors { get; } = [];

    /// <summary>Where the values of <c>$.format</c> and <c>$.stations</c> start (1-based), for errors about them.</summary>
    public Dictionary<string, (int Line, int Column)> Positions { get; } = new(StringComparer.Ordinal);

    /// <summary>The <c>format</c> marker, when the file has one as a string.</summary>
    public string? Format { get; private set; }

    public bool HasFormat { get; private set; }

    public bool HasStations { get; private set; }

    /// <summary>How many elements the <c>stations</c> array had so far.</summary>
    public int StationCount { get; private set; }

    /// <summary>False after a syntax error: what was read before it is all there is.</summary>
    public bool WellFormed { get; private set; } = true;

    /// <summary>The next station, or null at the end of the file (or after a syntax error).</summary>
    public StationSlice? Next()
    {
        while (_phase != Phase.Done)
        {
            if (TryStep(out var slice))
            {
                if (slice is not null)
                {
                    return slice;
                }
                continue;
            }
            if (_final)
            {
                Fail(_filled, "JSON 语法错误：文件意外结束");
                break;
            }
            Fill();
        }
        return null;
    }

    /// <summary>Reads one unit (a token, a top-level property with its value, or one station); false when the buffer holds too little.</summary>
    private bool TryStep(out StationSlice? slice)
    {
        slice = null;
        var pending = new List<(long Offset, string Path, string? Message)>();
        var reader = new Utf8JsonReader(_buffer.AsSpan(0, _filled), _final, _state);
        try
        {
            if (!reader.Read())
            {
                return false;
            }
            switch (_phase)
            {
                case Phase.Start when reader.TokenType != JsonTokenType.StartObject:
                    pending.Add((reader.TokenStartIndex, "$", "文件内容应为一个 JSON 对象 { \"format\": …, \"stations\": [ … ] }"));
                    Commit(ref reader, pending, Phase.Done);
                    return true;
                case Phase.Start:
                    Commit(ref reader, pending, Phase.Root);
                    return true;
                case Phase.Root when reader.TokenType == JsonTokenType.EndObject:
                    Commit(ref reader, pending, Phase.Done);
                    return true;
                case Phase.Root:
                    return RootProperty(ref reader, pending);
                default:
                    return StationElement(ref reader, pending, out slice);
            }
        }
        catch (JsonException ex)
        {
            var (line, column) = Place(ex);
            Errors.Add(new ImportError(source, line, column, _phase == Phase.Stations ? $"$.stations[{StationCount}]" : "$",
                $"JSON 语法错误（缺少括号、逗号或引号？）：{Detail(ex)}"));
            WellFormed = false;
            _phase = Phase.Done;
            return true;
        }
    }

    private bool RootProperty(ref Utf8JsonReader reader, List<(long, string, string?)> pending)
    {
        var name = reader.GetString()!;
        var nameOffset = reader.TokenStartIndex;
        if (!reader.Read())
        {
            return false;
        }
        var next = Phase.Root;
        if (name is "format" or "stations")
        {
            pending.Add((reader.TokenStartIndex, $"$.{name}", null));
        }
        switch (name)
        {
            case "format" when HasFormat:
            case "stations" when HasStations:
                pending.Add((nameOffset, $"$.{name}", $"字段“{name}”在同一对象中出现了两次"));
                break;
            case "format" when reader.TokenType == JsonTokenType.String:
                Format = reader.GetString();
                break;
            case "stations" when reader.TokenType == JsonTokenType.StartArray:
                next = Phase.Stations;
                break;
            case "format" or "stations" when reader.TokenType == JsonTokenType.Null:
                break;
            case "format" or "stations":
                pending.Add((reader.TokenStartIndex, $"$.{name}", name == "format" ? "format 应为字符串" : "stations 应为列表 [...]"));
                break;
            default:
                pending.Add((nameOffset, $"$.{name}", $"未知字段“{name}”，允许的字段：format, stations"));
                break;
        }
        if (next == Phase.Root && !reader.TrySkip())
        {
            return false;
        }
        HasFormat |= name == "format";
        HasStations |= name == "stations";
        Commit(ref reader, pending, next);
        return true;
    }

    private bool StationElement(ref Utf8JsonReader reader, List<(long, string, string?)> pending, out StationSlice? slice)
    {
        slice = null;
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            Commit(ref reader, pending, Phase.Root);
            return true;
        }
        var start = (int)reader.TokenStartIndex;
        var path = $"$.stations[{StationCount}]";
        if (!reader.TrySkip())
        {
            return false;
        }
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            var (line, column) = Position(start);
            slice = new StationSlice(StationCount, _buffer.AsSpan(start, (int)reader.BytesConsumed - start).ToArray(), line, column);
        }
        else
        {
            pending.Add((start, path, reader.TokenType == JsonTokenType.Null ? "列表项不能为 null" : "站所应为对象 {...}"));
        }
        StationCount++;
        Commit(ref reader, pending, Phase.Stations);
        return true;
    }

    /// <summary>The step is complete: record its problems, keep the reader's state and drop the bytes it consumed.</summary>
    private void Commit(ref Utf8JsonReader reader, List<(long Offset, string Path, string? Message)> pending, Phase next)
    {
        foreach (var (offset, path, message) in pending)
        {
            var (line, column) = Position((int)offset);
            if (message is null)
            {
                Positions[path] = (line, column);
            }
            else
            {
                Errors.Add(new ImportError(source, line, column, path, message));
            }
        }
        _state = reader.CurrentState;
        _phase = next;
        Discard((int)reader.BytesConsumed);
    }

    private void Fill()
    {
        if (_filled == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2); // one station larger than the buffer
        }
        var read = stream.Read(_buffer, _filled, _buffer.Length - _filled);
        _filled += read;
        _final = read == 0;
        if (!_started && (_filled >= 3 || _final))
        {
            _started = true;
            if (_buffer.AsSpan(0, _filled).StartsWith("\uFEFF"u8))
            {
                Buffer.BlockCopy(_buffer, 3, _buffer, 0, _filled - 3);
                _filled -= 3;
            }
        }
    }

    private void Discard(int count)
    {
        var gone = _buffer.AsSpan(0, count);
        var last = gone.LastIndexOf((byte)'\n');
        if (last >= 0)
        {
            _line += gone.Count((byte)'\n');
            _columnChars = Encoding.UTF8.GetCharCount(gone[(last + 1)..]);
            _columnBytes = count - last - 1;
        }
        else
        {
            _columnChars += Encoding.UTF8.GetCharCount(gone);
            _columnBytes += count;
        }
        Buffer.BlockCopy(_buffer, count, _buffer, 0, _filled - count);
        _filled -= count;
    }

    /// <summary>1-based line and column (in characters) of a byte offset in the buffer.</summary>
    private (int Line, int Column) Position(int offset)
    {
        var before = _buffer.AsSpan(0, offset);
        var last = before.LastIndexOf((byte)'\n');
        return last < 0
            ? (_line + 1, _columnChars + Encoding.UTF8.GetCharCount(before) + 1)
            : (_line + before.Count((byte)'\n') + 1, Encoding.UTF8.GetCharCount(before[(last + 1)..]) + 1);
    }

    /// <summary>The reader's line (0-based, counted over the whole file) and byte position in the line, as 1-based line and character column.</summary>
    private (int Line, int Column) Place(JsonException ex)
    {
        var line = (int)(ex.LineNumber ?? 0);
        var bytes = (int)(ex.BytePositionInLine ?? 0);
        var span = _buffer.AsSpan(0, _filled);
        if (line == _line)
        {
            var inBuffer = Math.Clamp(bytes - _columnBytes, 0, _filled);
            return (line + 1, _columnChars + Encoding.UTF8.GetCharCount(span[..inBuffer]) + 1);
        }
        var start = 0;
        for (var l = _line; l < line && start < span.Length; l++)
        {
            var nl = span[start..].IndexOf((byte)'\n');
            start = nl < 0 ? span.Length : start + nl + 1;
        }
        var end = Math.Clamp(start + bytes, start, span.Length);
        return (line + 1, Encoding.UTF8.GetCharCount(span[start..end]) + 1);
    }

    private void Fail(int offset, string message)
    {
        var (line, column) = Position(Math.Min(offset, _filled));
        Errors.Add(new ImportError(source, line, column, "$", message));
        WellFormed = false;
        _phase = Phase.Done;
    }

    /// <summary>The reader's own description without its trailing position (which the error already gives).</summary>
    private static string Detail(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }
}
