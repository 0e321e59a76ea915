using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Caching.Memory;

namespace ComplianceDashboard.Web.Components.Prerender;

/// <summary>
/// The prerendered HTML of <see cref="StaticFragment"/>s by key (docs/performance.md, "Fifth round"). A missing key is
/// rendered with an <see cref="HtmlRenderer"/> in the requesting page's service scope (its user, language and address,
/// which the key names), so the HTML is what the page itself would have written. At most <see cref="MaxEntries"/> keys
/// (the menu's key names the path, and a province has thousands of station pages); beyond that the least recently used
/// go first. A failed render is not kept.
/// </summary>
public sealed class StaticFragmentCache(ILoggerFactory loggerFactory) : IDisposable
{
    public const int MaxEntries = 2_000;

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = MaxEntries });
    private static readonly MemoryCacheEntryOptions OneEntry = new() { Size = 1 };

    /// <summary>
    /// Fragments drawn from one cached read model (an owner): kept as long as the owner lives, dropped with it. An owner
    /// has a handful of keys (fragment and language), so these need no limit of their own.
    /// </summary>
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<string, Task<string>>> _owned = [];

    /// <summary>Off: every page renders its fragments as components (the benchmark's comparison, tests).</summary>
    public bool Enabled { get; set; } = true;

    public int Count => _entries.Count;

    /// <param name="owner">
    /// The read model the content is drawn from (e.g. a station's grade view handed out by <see cref="GradeReadCache"/>):
    /// the HTML is kept with that instance, so a regrade (a new instance) renders anew and the reader's scope was checked
    /// when the instance was handed out. Null: kept by key alone.
    /// </param>
    public Task<string> GetAsync(string key, object? owner, RenderFragment content, IServiceProvider services)
    {
        // Two pages missing the same key at once both render it (the same HTML); the last one is kept.
        if (owner is not null)
        {
            var owned = _owned.GetValue(owner, _ => new ConcurrentDictionary<string, Task<string>>(StringComparer.Ordinal));
            return owned.TryGetValue(key, out var kept) && Usable(kept) ? kept : owned[key] = RenderAsync(content, services);
        }
        return _entries.TryGetValue(key, out Task<string>? cached) && cached is not null && Usable(cached)
            ? cached
            : _entries.Set(key, RenderAsync(content, services), OneEntry);
    }

    public void Clear()
    {
        _entries.Clear();
        _owned.Clear();
    }

    public void Dispose() => _entries.Dispose();

    private static bool Usable(Task<string> rendered) => !rendered.IsFaulted && !rendered.IsCanceled;

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
