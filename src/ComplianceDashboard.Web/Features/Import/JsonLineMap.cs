using System.Text;
using System.Text.Json;

namespace ComplianceDashboard.Web.Features.Import;

/// <summary>
/// Where each JSON path of a file starts (1-based line and column in characters), built by reading the bytes
/// once with <see cref="Utf8JsonReader"/> while keeping the path stack. Malformed JSON throws the reader's
/// <see cref="JsonException"/>, whose position <see cref="FromException"/> turns into a line and column.
/// </summary>
internal sealed class JsonLineMap
{
    private readonly byte[] _json;
    private readonly List<int> _lineStarts = [0];
    private readonly Dictionary<string, int> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);

    /// <summary>Paths of properties written twice in the same object (the deserializer would keep only the last).</summary>
    public List<string> DuplicateProperties { get; } = [];

    private JsonLineMap(byte[] json)
    {
        _json = json;
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>Line starts only: enough to place a syntax error.</summary>
    public static JsonLineMap LinesOnly(byte[] json) => new(json);

    /// <summary>Reads the whole document; throws <see cref="JsonException"/> when it is not well-formed JSON.</summary>
    public static JsonLineMap Build(byte[] json)
    {
        var map = new JsonLineMap(json);
        map.Scan();
        return map;
    }

    /// <summary>The position of a path's value (or, with <paramref name="propertyName"/>, of its property name); a path absent from the file falls back to its nearest ancestor.</summary>
    public (int Line, int Column) Locate(string path, bool propertyName = false)
    {
        for (var p = path; p.Length > 0; p = Parent(p))
        {
            if ((propertyName && _names.TryGetValue(p, out var offset)) || _values.TryGetValue(p, out offset))
            {
                return Position(offset);
            }
        }
        return (1, 1);
    }

    /// <summary>Line and column of a reader or serializer exception (its numbers are 0-based, the column in bytes).</summary>
    public (int Line, int Column) FromException(JsonException ex)
    {
        var line = (int)Math.Clamp(ex.LineNumber ?? 0, 0, _lineStarts.Count - 1);
        var start = _lineStarts[line];
        var bytes = (int)Math.Clamp(ex.BytePositionInLine ?? 0, 0, _json.Length - start);
        return (line + 1, Encoding.UTF8.GetCharCount(_json, start, bytes) + 1);
    }

    private (int Line, int Column) Position(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        var start = _lineStarts[line];
        return (line + 1, Encoding.UTF8.GetCharCount(_json, start, offset - start) + 1);
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? (path == "$" ? "" : "$") : path[..cut];
    }

    private void Scan()
    {
        var reader = new Utf8JsonReader(_json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        var stack = new Stack<Frame>();
        string? property = null;
        while (reader.Read())
        {
            var offset = (int)reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString();
                    if (!_names.TryAdd($"{stack.Peek().Path}.{property}", offset))
                    {
                        DuplicateProperties.Add($"{stack.Peek().Path}.{property}");
                    }
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    var path = ValuePath(stack, property);
                    _values[path] = offset;
                    stack.Push(new Frame(path, reader.TokenType == JsonTokenType.StartArray));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    stack.Pop();
                    break;
                default:
                    _values[ValuePath(stack, property)] = offset;
                    break;
            }
        }
    }

    private static string ValuePath(Stack<Frame> stack, string? property)
    {
        if (stack.Count == 0)
        {
            return "$";
        }
        var top = stack.Peek();
        return top.IsArray ? $"{top.Path}[{top.Next++}]" : $"{top.Path}.{property}";
    }

    private sealed class Frame(string path, bool isArray)
    {
        public string Path { get; } = path;
        public bool IsArray { get; } = isArray;
        public int Next { get; set; }
    }
}
