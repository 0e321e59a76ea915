using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace ComplianceDashboard.Web.Infrastructure;

/// <summary>
/// The UI's <see cref="IStringLocalizer{SharedResource}"/>: the resx lookup, plus the services' messages that carry
/// values. Services and rules write their messages in Chinese, some built with values
/// (<c>$"本所已有名为「{name}」的服务站点"</c>), and pages show them through this localizer (<c>FormErrors</c>,
/// <c>L[message]</c>). A built message is no resx key, so when a lookup misses in another language, the message is
/// matched against the Chinese templates of the resx (keys with <c>{0}</c>, <c>{1}</c> …, the same text with
/// numbered holes) and the English template is filled with the values found, each value translated itself when it is
/// a message or name the resx knows ("第3行：站所编码不存在" → "Row 3: The station code does not exist"), a list
/// ("3月、7月") item by item. Chinese, the language of the keys, is returned as it is (ADR-019).
/// </summary>
public sealed partial class MessageLocalizer(IStringLocalizerFactory factory) : IStringLocalizer<SharedResource>
{
    // How deep values are translated in turn (a value of a value …).
    private const int MaxDepth = 4;

    // Pages show the same explanations and messages render after render: their English is kept, up to this many.
    private const int MaxFilled = 10_000;

    private readonly IStringLocalizer _resx = factory.Create(typeof(SharedResource));

    private readonly ConcurrentDictionary<(string Culture, string Text), string> _filled = new();

    // The templates of each culture, longest literal text first, so the most specific template wins (then the one with
    // more values: it splits the message further).
    private readonly ConcurrentDictionary<string, IReadOnlyList<Template>> _templates = new(StringComparer.Ordinal);

    public LocalizedString this[string name] => Localize(name, depth: 0);

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var template = this[name];
            return new(name, string.Format(CultureInfo.CurrentCulture, template.Value, arguments), template.ResourceNotFound, template.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => _resx.GetAllStrings(includeParentCultures);

    private LocalizedString Localize(string name, int depth)
    {
        var found = _resx[name];
        if (!found.ResourceNotFound || depth > MaxDepth || LocalizationExtensions.UiIsChinese)
        {
            return found;
        }
        if (depth > 0 && name.Contains('、', StringComparison.Ordinal))
        {
            // A value that lists things ("3月、7月"): each thing on its own.
            return new(name, string.Join(", ", name.Split('、').Select(part => Localize(part, depth + 1).Value)), resourceNotFound: false, found.SearchedLocation);
        }
        if (depth == 0 && _filled.TryGetValue((CultureInfo.CurrentUICulture.Name, name), out var known))
        {
            return new(name, known, resourceNotFound: false, found.SearchedLocation);
        }
        // Several templates may fit ("站点「{0}」{1}" and "{0}，扣{1}分" both fit "站点「…」…，扣2分"): the one whose filled
        // text has the least Chinese left wins; of equals, the more specific (the templates' order).
        string? best = null;
        var bestChinese = int.MaxValue;
        foreach (var template in TemplatesOf(CultureInfo.CurrentUICulture))
        {
            if (!name.Contains(template.Anchor, StringComparison.Ordinal) || template.Match(name) is not { Success: true } match)
            {
                continue;
            }
            var values = new object[template.Holes];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Localize(match.Groups["v" + i.ToString(CultureInfo.InvariantCulture)].Value, depth + 1).Value;
            }
            var filled = string.Format(CultureInfo.CurrentCulture, template.Translation, values);
            var chinese = filled.Count(IsChinese);
            if (chinese < bestChinese)
            {
                (best, bestChinese) = (filled, chinese);
            }
            if (chinese == 0)
            {
                break;
            }
        }
        if (best is null)
        {
            return found;
        }
        if (depth == 0)
        {
            if (_filled.Count >= MaxFilled)
            {
                _filled.Clear(); // messages carry user data: the cache is bounded, not a leak
            }
            _filled[(CultureInfo.CurrentUICulture.Name, name)] = best;
        }
        return new(name, best, resourceNotFound: false, found.SearchedLocation);
    }

    private IReadOnlyList<Template> TemplatesOf(CultureInfo culture) => _templates.GetOrAdd(culture.Name, _ =>
    {
        try
        {
            return [.. _resx.GetAllStrings(includeParentCultures: true)
                .Select(s => Template.From(s.Name, s.Value))
                .OfType<Template>()
                .OrderByDescending(t => t.LiteralLength)
                .ThenByDescending(t => t.Holes)]; // "{0}：{1}" before "{0}月" for "月度服务公开：7月"
        }
        catch (System.Resources.MissingManifestResourceException)
        {
            return []; // a language without a resx: its messages stay as they are
        }
    });

    /// <param name="Anchor">The template's longest literal run: a message without it is not tried against the pattern.</param>
    private sealed record Template(Regex Pattern, string Translation, int Holes, int LiteralLength, string Anchor)
    {
        /// <summary>The match, or null when the text takes too long to match (then it is shown as it is).</summary>
        public Match? Match(string text)
        {
            try
            {
                return Pattern.Match(text);
            }
            catch (RegexMatchTimeoutException)
            {
                return null;
            }
        }

        /// <summary>A template for a key with numbered holes and Chinese text between them; null for any other key.</summary>
        public static Template? From(string key, string translation)
        {
            var holes = Hole().Matches(key);
            var literals = new List<string>();
            var at = 0;
            foreach (Match hole in holes)
            {
                literals.Add(key[at..hole.Index]);
                at = hole.Index + hole.Length;
            }
            literals.Add(key[at..]);
            if (holes.Count == 0 || !key.Any(IsChinese) || literals.Skip(1).SkipLast(1).Any(l => l.Length == 0))
            {
                return null; // no value, no Chinese text or punctuation, or two values side by side (where one ends is unknown)
            }
            var numbers = holes.Select(h => int.Parse(h.Groups["n"].Value, CultureInfo.InvariantCulture)).ToList();
            if (numbers.Distinct().Count() != numbers.Count || numbers.Max() != numbers.Count - 1)
            {
                return null; // a hole used twice or one left out: not a message template
            }
            var pattern = "^" + string.Concat(literals.Select((text, i) => Regex.Escape(text)
                + (i < numbers.Count ? $"(?<v{numbers[i].ToString(CultureInfo.InvariantCulture)}>.+?)" : ""))) + "$";
            return new(new Regex(pattern, RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50)), translation,
                numbers.Count, literals.Sum(l => l.Length), literals.MaxBy(l => l.Length)!);
        }
    }

    // CJK ideographs, CJK punctuation (、。「」) and full-width forms (：，（）).
    private static bool IsChinese(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3000' and <= '\u303f' or >= '\uff00' and <= '\uffef';

    [GeneratedRegex(@"\{(?<n>\d+)(?::[^{}]*)?\}", RegexOptions.CultureInvariant)]
    private static partial Regex Hole();
}
