using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace ComplianceDashboard.Web.Components.Prerender;

/// <summary>
/// Markup that is the same for every request with the same <see cref="Key"/> (the theme's CSS, the menu of a role set in
/// one language at one address): while a page is prerendered it is rendered once per key and the HTML reused
/// (<see cref="StaticFragmentCache"/>); once the page is interactive the child content is rendered as components, as before.
/// The key must name everything the content depends on; nothing per user (names, tokens, counts) may go inside.
/// </summary>
public sealed class StaticFragment : ComponentBase
{
    [Parameter, EditorRequired] public string Key { get; set; } = "";

    [Parameter] public RenderFragment? ChildContent { get; set; }

    /// <summary>The cached read model the content shows (see <see cref="StaticFragmentCache.GetAsync"/>); the key then only names the rest (language, view).</summary>
    [Parameter] public object? Owner { get; set; }

    [Inject] private StaticFragmentCache Cache { get; set; } = default!;

    [Inject] private IServiceProvider Services { get; set; } = default!;

    /// <summary>The request's formatting and UI cultures, for keys of content that is translated or formats numbers.</summary>
    public static string Culture => $"{CultureInfo.CurrentCulture.Name}|{CultureInfo.CurrentUICulture.Name}";

    private string? _html;
    private bool _prerendering;

    protected override async Task OnParametersSetAsync()
    {
        _prerendering = !RendererInfo.IsInteractive && Cache.Enabled && ChildContent is not null;
        if (!_prerendering)
        {
            _html = null;
            return;
        }
        try
        {
            // A cached key completes synchronously: the page renders the markup in its first pass.
            _html = await Cache.GetAsync(Key, Owner, ChildContent!, Services);
        }
        catch (Exception) when (!RendererInfo.IsInteractive)
        {
            // The shared render failed (e.g. the page that started it was aborted and its services disposed): this page
            // renders the content as components itself, and a genuine error surfaces from there as before.
            (_prerendering, _html) = (false, null);
        }
    }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        if (!_prerendering)
        {
            builder.AddContent(0, ChildContent);
        }
        else if (_html is not null)
        {
            builder.AddMarkupContent(1, _html);
        }
    }
}
