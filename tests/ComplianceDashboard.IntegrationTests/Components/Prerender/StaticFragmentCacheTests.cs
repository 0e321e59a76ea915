using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Components.Prerender;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplianceDashboard.IntegrationTests.Components.Prerender;

/// <summary>
/// The keyed part of <see cref="StaticFragmentCache"/> is bounded: on a province-sized install the menu's keys (one per
/// path) outnumber <see cref="StaticFragmentCache.MaxEntries"/>, and the fragments in use must survive the churn.
/// </summary>
[Trait(TestDatabase.ProviderTrait, TestDatabase.Neutral)]
public sealed class StaticFragmentCacheTests
{
    [Fact]
    public async Task Past_its_limit_it_drops_the_least_recently_used_keys_not_the_ones_in_use()
    {
        using var services = new ServiceCollection().BuildServiceProvider();
        using var cache = new StaticFragmentCache(NullLoggerFactory.Instance);
        RenderFragment Text(string text) => builder => builder.AddContent(0, text);

        var hot = cache.GetAsync("menu:/", owner: null, Text("<overview>"), services);
        Assert.Equal("&lt;overview&gt;", await hot);
        for (var i = 0; i < StaticFragmentCache.MaxEntries + 500; i++)
        {
            await cache.GetAsync($"menu:/stations/{i}", owner: null, Text($"station {i}"), services);
            if (i % 100 == 0)
            {
                Assert.Same(hot, cache.GetAsync("menu:/", owner: null, Text("<overview>"), services));
            }
            Assert.True(cache.Count <= StaticFragmentCache.MaxEntries, $"{cache.Count} keys after {i + 2} distinct keys");
        }

        Assert.Same(hot, cache.GetAsync("menu:/", owner: null, Text("<overview>"), services));
        Assert.True(cache.Count > StaticFragmentCache.MaxEntries / 2, $"only {cache.Count} keys kept: the cache emptied itself");
    }
}
