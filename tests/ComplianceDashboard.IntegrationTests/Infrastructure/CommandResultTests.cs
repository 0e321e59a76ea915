using System.Text.Json;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Infrastructure;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Infrastructure;

/// <summary>The one command result, and the one place it becomes HTTP.</summary>
[Trait(TestDatabase.ProviderTrait, TestDatabase.Neutral)]
public sealed class CommandResultTests
{
    [Fact]
    public void Field_messages_and_the_general_message_are_kept_apart_and_a_second_message_is_appended()
    {
        var result = CommandResult.Fail("Name", "请填写姓名").Add("Name", "姓名过长").Add("", "本所已有2名候选人");

        Assert.False(result.Succeeded);
        Assert.False(result.IsConflict);
        Assert.Equal(["Name"], result.FieldErrors.Keys);
        Assert.Equal("请填写姓名 姓名过长", result.ErrorFor("Name"));
        Assert.Equal("本所已有2名候选人", result.Error);
        Assert.Equal(["本所已有2名候选人", "请填写姓名 姓名过长"], result.Messages);
    }

    [Fact]
    public void A_typed_result_carries_its_value_and_a_failure_converts_with_its_messages()
    {
        var ok = CommandResult.Ok(42L);
        Assert.True(ok.Succeeded);
        Assert.Equal(42L, ok.Value);

        var conflict = CommandResult.Conflict("评价不存在").As<long>();
        Assert.False(conflict.Succeeded);
        Assert.True(conflict.IsConflict);
        Assert.Equal("评价不存在", conflict.Error);
        Assert.Equal(0L, conflict.Value);

        var invalid = CommandResult.Invalid(new Dictionary<string, string> { ["Seed"] = "随机种子应为非负整数" }).As<string>();
        Assert.Equal("随机种子应为非负整数", invalid.ErrorFor("Seed"));
    }

    [Fact]
    public async Task Success_is_the_endpoint_s_own_answer()
    {
        var (status, _) = await SendAsync(CommandResult.Ok(7).ToHttp(() => Results.Ok(7)));
        Assert.Equal(StatusCodes.Status200OK, status);
    }

    [Fact]
    public async Task Field_errors_are_400_with_the_messages_per_field()
    {
        var (status, body) = await SendAsync(CommandResult.Fail("Reason", "重新开启必须填写理由").ToHttp(Results.NoContent));

        Assert.Equal(StatusCodes.Status400BadRequest, status);
        var problem = JsonSerializer.Deserialize<ValidationProblemDetails>(body, JsonSerializerOptions.Web)!;
        Assert.Equal(["重新开启必须填写理由"], problem.Errors["Reason"]);
    }

    [Fact]
    public async Task A_conflict_is_409_with_its_message()
    {
        var (status, body) = await SendAsync(CommandResult.Conflict("该站所本年度评价已定级，须先重新开启").ToHttp(Results.NoContent));

        Assert.Equal(StatusCodes.Status409Conflict, status);
        Assert.Contains("该站所本年度评价已定级，须先重新开启", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_caller_is_403_wherever_the_service_refuses()
    {
        var answer = await CommandResults.RunAsync(() => throw new ForbiddenException("只有考评员可以执行此操作"));
        Assert.IsType<ForbidHttpResult>(answer);
        Assert.IsType<NoContent>(await CommandResults.RunAsync(() => Task.FromResult<IResult>(TypedResults.NoContent())));
    }

    private static async Task<(int Status, string Body)> SendAsync(IResult result)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        http.Response.Body = new MemoryStream();
        await result.ExecuteAsync(http);
        http.Response.Body.Position = 0;
        return (http.Response.StatusCode, await new StreamReader(http.Response.Body).ReadToEndAsync());
    }
}
