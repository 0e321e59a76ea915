using System.Text;
using System.Text.Json;

namespace ComplianceDashboard.Web.Features.Import;

/// <summary>
/// Where each JSON path of one value starts (1-based line and column in characters), built by reading its bytes
/// once with <see cref="Utf8JsonReader"/> while keeping the path stack. The import builds one map per station:
/// the station's bytes, the line and column where they start in the file and the station's path
/// (<c>$.stations[3]</c>), so memory stays bounded by one station however large the file.
/// </summary>
internal sealed class JsonLineMap
{
    private readonly ReadOnlyMemory<byte> _json;
    private readonly int _baseLine;
    private readonly int _baseColumn;
    private readonly string _root;
    private readonly List<int> _lineStarts = [0];
    private readonly Dictionary<string, int> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);

    /// <summary>Paths of properties written twice in the same object (the deserializer would keep only the last).</summary>
    public List<string> DuplicateProperties { get; } = [];

    private JsonLineMap(ReadOnlyMemory<byte> json, int baseLine, int baseColumn, string root)
    {
        (_json, _baseLine, _baseColumn, _root) = (json, baseLine, baseColumn, root);
        var span = json.Span;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>
    /// Reads one well-formed JSON value that starts at <paramref name="line"/>:<paramref name="column"/> (1-based) of the
    /// file and sits at path <paramref name="root"/>; throws <see cref="JsonException"/> when it is not well-formed.
    /// </summary>
    public static JsonLineMap Build(ReadOnlyMemory<byte> json, int line = 1, int column = 1, string root = "$")
    {
        var map = new JsonLineMap(json, line, column, root);
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
        return (_baseLine, _baseColumn);
    }

    /// <summary>A serializer exception's path (relative to this value, e.g. <c>$.records[2].title</c>) as a path of the file.</summary>
    public string FilePath(string? relative) => relative is { Length: > 1 } r && r[0] == '$' ? _root + r[1..] : _root;

    private (int Line, int Column) Position(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        var start = _lineStarts[line];
        var column = Encoding.UTF8.GetCharCount(_json.Span[start..offset]) + 1;
        return line == 0 ? (_baseLine, _baseColumn + column - 1) : (_baseLine + line, column);
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? (path == "$" ? "" : "$") : path[..cut];
    }

    private void Scan()
    {
        var reader = new Utf8JsonReader(_json.Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
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

    private string ValuePath(Stack<Frame> stack, string? property)
    {
        if (stack.Count == 0)
        {
            return _root;
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
