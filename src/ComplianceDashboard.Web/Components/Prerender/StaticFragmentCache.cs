using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;

namespace ComplianceDashboard.Web.Components.Prerender;

/// <summary>
/// The prerendered HTML of <see cref="StaticFragment"/>s by key (docs/performance.md, "Fifth round"). A missing key is
/// rendered with an <see cref="HtmlRenderer"/> in the requesting page's service scope (its user, language and address,
/// which the key names), so the HTML is what the page itself would have written. At most <see cref="MaxEntries"/> keys;
/// beyond that the cache starts again empty. A failed render is not kept.
/// </summary>
public sealed class StaticFragmentCache(ILoggerFactory loggerFactory)
{
    public const int MaxEntries = 2_000;

    private readonly ConcurrentDictionary<string, Task<string>> _entries = new(StringComparer.Ordinal);

    /// <summary>Off: every page renders its fragments as components (the benchmark's comparison, tests).</summary>
    public bool Enabled { get; set; } = true;

    public int Count => _entries.Count;

    public Task<string> GetAsync(string key, RenderFragment content, IServiceProvider services)
    {
        if (_entries.TryGetValue(key, out var cached) && !cached.IsFaulted && !cached.IsCanceled)
        {
            return cached;
        }
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }
        // Two pages missing the same key at once both render it (the same HTML); the last one is kept.
        var rendered = RenderAsync(content, services);
        _entries[key] = rendered;
        return rendered;
    }

    public void Clear() => _entries.Clear();

    private async Task<string> RenderAsync(RenderFragment content, IServiceProvider services)
    {
        await using var renderer = new HtmlRenderer(services, loggerFactory);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<FragmentHost>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(FragmentHost.Content)] = content,
            }));
            return output.ToHtmlString();
        });
    }

    /// <summary>The root component of a fragment's own render.</summary>
    private sealed class FragmentHost : ComponentBase
    {
        [Parameter] public RenderFragment? Content { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, Content);
    }
}
