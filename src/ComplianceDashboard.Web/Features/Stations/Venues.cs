using ComplianceDashboard.Domain.Facts;

namespace ComplianceDashboard.Web.Features.Stations;

public static class Venues
{
    public static string Name(VenueType venue) => venue switch
    {
        VenueType.RedBoatStation => "电力红船·光明驿站",
        VenueType.PowerStation => "电力驿站",
        VenueType.BusinessHall => "供电所营业厅",
        VenueType.PartyServiceCenter => "社区党群服务中心",
        VenueType.ConvenienceCenter => "便民服务中心",
        _ => "云服务站点",
    };
}
