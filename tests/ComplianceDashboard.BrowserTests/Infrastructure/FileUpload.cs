using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Infrastructure;

/// <summary>Chooses a file in a Blazor <c>InputFile</c> once the component listens for it.</summary>
public static class FileUpload
{
    /// <summary>
    /// Blazor's InputFile attaches its change listener from OnAfterRenderAsync, after the element is already in the page:
    /// a file chosen in between is lost (seen on a loaded machine, where that interop call came seconds late). Its init
    /// marks the element with <c>_blazorInputFileNextFileId</c>, so wait for that mark, then choose the file.
    /// </summary>
    public static async Task ChooseAsync(ILocator input, FilePayload file)
    {
        var handle = await input.ElementHandleAsync(new() { Timeout = AppServer.ActionTimeout });
        await input.Page.WaitForFunctionAsync("el => el._blazorInputFileNextFileId !== undefined", handle,
            new() { Timeout = AppServer.ActionTimeout, PollingInterval = 50 });
        await input.SetInputFilesAsync(file);
    }
}
