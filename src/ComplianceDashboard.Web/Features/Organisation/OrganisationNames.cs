namespace ComplianceDashboard.Web.Features.Organisation;

/// <summary>Chinese names of the organisation enums (keys of the shared localizer).</summary>
public static class OrganisationNames
{
    public static string Of(VenueType venue) => venue switch
    {
        VenueType.RedBoatStation => "电力红船·光明驿站",
        VenueType.PowerStation => "电力驿站",
        VenueType.BusinessHall => "供电所营业厅",
        VenueType.PartyServiceCenter => "社区党群服务中心",
        VenueType.ConvenienceCenter => "便民服务中心",
        VenueType.Cloud => "云服务站点",
        _ => venue.ToString(),
    };

    public static string Of(GroupRole role) => role switch
    {
        GroupRole.Leader => "组长",
        GroupRole.DisciplineMember => "纪检委员",
        GroupRole.Supervisor => "廉政监督员",
        GroupRole.StaffRepresentative => "职工代表",
        _ => role.ToString(),
    };

    public static string Of(VacancyReason reason) => reason switch
    {
        VacancyReason.Left => "离岗",
        VacancyReason.Dismissed => "解聘",
        VacancyReason.TermEnded => "任期届满",
        _ => reason.ToString(),
    };

    public static string Of(DismissalGround ground) => ground switch
    {
        DismissalGround.Sanction => "(a) 受到党纪政纪处分、刑事处罚或行政处罚",
        DismissalGround.Inactive6Months => "(b) 连续六个月不履职",
        DismissalGround.JobOrHealth => "(c) 岗位变动、健康状况",
        DismissalGround.Concealment => "(d) 瞒报、打击报复、虚假上报",
        DismissalGround.Other => "(e) 其他",
        _ => ground.ToString(),
    };

    public static string Of(AppointmentStatus status) => status switch
    {
        AppointmentStatus.Recommended => "推荐",
        AppointmentStatus.Reviewed => "审核",
        AppointmentStatus.Approved => "批准",
        AppointmentStatus.Rejected => "未通过",
        _ => status.ToString(),
    };

    public static string Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
