using ComplianceDashboard.Web.Infrastructure;

namespace ComplianceDashboard.IntegrationTests.TestSupport;

/// <summary>A command a test expects to succeed: fails the test with the service's messages otherwise.</summary>
public static class CommandResultAssertions
{
    public static async Task<T> OkAsync<T>(this Task<CommandResult<T>> command)
    {
        var result = await command;
        Assert.True(result.Succeeded, string.Join("; ", result.Messages));
        return result.Value!;
    }

    public static async Task OkAsync(this Task<CommandResult> command)
    {
        var result = await command;
        Assert.True(result.Succeeded, string.Join("; ", result.Messages));
    }
}
