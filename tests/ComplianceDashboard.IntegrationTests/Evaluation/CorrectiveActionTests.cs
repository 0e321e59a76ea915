using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Evaluation;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Evaluation;

public class CorrectiveActionTests(EvaluationApp app) : IClassFixture<EvaluationApp>
{
    [Fact]
    public async Task Actions_are_tracked_to_closure_overdue_from_today_and_re_verified()
    {
        var kaoping = await app.AsUserAsync("kaoping");
        var ex = await kaoping.Actions.SaveAsync(app.RoundId, 11,
            new CorrectiveActionInput(null, "", CorrectiveActionType.Corrective, "", null, CorrectiveActionStatus.Done, null, ""));
        Assert.Equal(["ClosedOn", "Deadline", "Description", "Owner"], ex.FieldErrors.Keys.Order());

        var late = await kaoping.Actions.SaveAsync(app.RoundId, 11, new CorrectiveActionInput(null, "补齐服务公开月度记录",
            CorrectiveActionType.Corrective, "张站长", new DateOnly(2026, 10, 31), CorrectiveActionStatus.InProgress, null, "")).OkAsync();
        var fine = await kaoping.Actions.SaveAsync(app.RoundId, 11, new CorrectiveActionInput(null, "建立服务公开提醒机制",
            CorrectiveActionType.Preventive, "李主任", new DateOnly(2026, 12, 31), CorrectiveActionStatus.NotStarted, null, "")).OkAsync();
        var rows = await (await app.AsUserAsync("jiwei")).Actions.ListAsync(app.RoundId, 11);
        Assert.Equal("逾期", EvaluationNames.StatusText(rows.Single(r => r.Id == late), kaoping.Actions.Today));
        Assert.Equal("未开始", EvaluationNames.StatusText(rows.Single(r => r.Id == fine), kaoping.Actions.Today));

        await kaoping.Actions.SaveAsync(app.RoundId, 11, new CorrectiveActionInput(late, "补齐服务公开月度记录", CorrectiveActionType.Corrective,
            "张站长", new DateOnly(2026, 10, 31), CorrectiveActionStatus.Done, new DateOnly(2026, 11, 15), "已查看公开栏照片")).OkAsync();
        await kaoping.Actions.VerifyAsync(late, verified: true, new DateOnly(2026, 11, 19), "现场复核已落实").OkAsync();
        var closed = (await kaoping.Actions.ListAsync(app.RoundId, 11)).Single(r => r.Id == late);
        Assert.Equal("已完成", EvaluationNames.StatusText(closed, kaoping.Actions.Today));
        Assert.True(closed.Verified);
        Assert.Equal(new DateOnly(2026, 11, 19), closed.VerifiedOn);

        await Assert.ThrowsAsync<ForbiddenException>(async () => await (await app.AsUserAsync("shuji1")).Actions.VerifyAsync(late, false, new DateOnly(2026, 11, 19), ""));
    }
}
