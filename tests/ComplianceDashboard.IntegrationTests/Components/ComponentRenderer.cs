using ComplianceDashboard.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplianceDashboard.IntegrationTests.Components;

/// <summary>Renders a component to HTML with ASP.NET Core's own HtmlRenderer (bUnit is not available here).</summary>
public static class ComponentRenderer
{
    public static async Task<string> RenderAsync<TComponent>(Dictionary<string, object?> parameters, Action<IServiceCollection>? services = null)
        where TComponent : IComponent
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddLocalization();
        collection.AddSingleton(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        collection.AddSingleton<Microsoft.JSInterop.IJSRuntime, NoJavaScript>();
        services?.Invoke(collection);
        await using var provider = collection.BuildServiceProvider();
        await using var renderer = new HtmlRenderer(provider, provider.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
    }

    /// <summary>Static rendering runs no JavaScript (components call it only after an interactive render), as in prerendering.</summary>
    private sealed class NoJavaScript : Microsoft.JSInterop.IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) =>
            throw new InvalidOperationException($"JavaScript is not available while rendering statically ({identifier}).");

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
            InvokeAsync<TValue>(identifier, args);
    }
}
