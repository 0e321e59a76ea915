using Microsoft.JSInterop;

namespace ComplianceDashboard.Web.Infrastructure.Export;

/// <summary>
/// Hands a file built on the server to the browser as a download (app.js <c>downloadFile</c>): the one way the
/// export buttons deliver their files. A component owns one and disposes it with itself.
/// </summary>
public sealed class BrowserDownload(IJSRuntime js) : IAsyncDisposable
{
    private IJSObjectReference? _module;

    /// <returns>false when the circuit is gone (the user left the page): nothing to deliver to.</returns>
    public async Task<bool> SaveAsync(ExportFile file)
    {
        try
        {
            _module ??= await js.InvokeAsync<IJSObjectReference>("import", "./lib/app/app.js");
            await _module.InvokeVoidAsync("downloadFile", file.FileName, file.ContentType, file.Content);
            return true;
        }
        catch (JSDisconnectedException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
        }
    }
}
