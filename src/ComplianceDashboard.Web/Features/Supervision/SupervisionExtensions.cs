using ComplianceDashboard.Web.Features.MeetingPack;
using ComplianceDashboard.Web.Features.Notifications;

namespace ComplianceDashboard.Web.Features.Supervision;

public static class SupervisionExtensions
{
    /// <summary>
    /// Findings, 信访举报 cases, plans, metric targets and their dashboards (App:Supervision); the meeting pack's chapter
    /// "逾期问题与信访案件" and findings as personal duties (我的待办, reminders, the 纪委 weekly summary).
    /// </summary>
    public static IHostApplicationBuilder AddSupervision(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<SupervisionOptions>(SupervisionOptions.Section);
        builder.Services
            .AddScoped<FindingService>()
            .AddScoped<CaseService>()
            .AddScoped<SupervisionDashboardService>()
            .AddScoped<PlanService>()
            .AddScoped<MetricTargetService>()
            .AddSingleton<OverdueFindingsQuery>()
            .AddScoped<IMeetingPackSection, SupervisionPackSection>()
            .AddScoped<IPersonalDutySource, FindingDutySource>();
        return builder;
    }
}
