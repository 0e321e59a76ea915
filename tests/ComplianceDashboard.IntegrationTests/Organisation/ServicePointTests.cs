using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Features.Organisation;

namespace ComplianceDashboard.IntegrationTests.Organisation;

public class ServicePointTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_missing_mandatory_facility_shows_as_a_shortfall_and_item_3_drops_to_zero_after_regrade()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var points = scope.Get<ServicePointService>();
        var point = (await points.ListAsync(1)).First(p => p.IsActive);
        Assert.Empty(point.Shortfalls);

        var input = ServicePointInput.From(point);
        input.Quantities[FacilityKind.Brochures] = 0;
        var saved = await points.SaveAsync(1, input);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Messages));

        var after = (await points.ListAsync(1)).Single(p => p.Id == point.Id);
        Assert.Equal([FacilityKind.Brochures], after.Shortfalls);
        Assert.Contains(after.Facilities, f => f.Kind == FacilityKind.Brochures && f.Mandatory && f.Quantity == 0);
        Assert.Equal(0m, await GroupRulesTests.ItemPointsAsync(app, 1, "3"));

        input.Quantities[FacilityKind.Brochures] = 30;
        Assert.True((await points.SaveAsync(1, input)).Succeeded);
        Assert.Equal(2m, await GroupRulesTests.ItemPointsAsync(app, 1, "3"));
    }

    [Fact]
    public async Task A_point_without_name_venue_or_opening_date_gets_field_errors_in_Chinese_and_nothing_is_saved()
    {
        using var scope = await app.SecretaryOfAsync(6);
        var points = scope.Get<ServicePointService>();
        var count = (await points.ListAsync(6)).Count;
        var result = await points.SaveAsync(6, new ServicePointInput { Name = " ", Venue = null, OpenedOn = null });
        Assert.Equal("请填写站点名称", result.ErrorFor(nameof(ServicePointInput.Name)));
        Assert.Equal("请选择场地类型（或云服务站点）", result.ErrorFor(nameof(ServicePointInput.Venue)));
        Assert.Equal("请填写启用日期", result.ErrorFor(nameof(ServicePointInput.OpenedOn)));
        Assert.Equal(count, (await points.ListAsync(6)).Count);

        var created = await points.SaveAsync(6, new ServicePointInput { Name = "新村云服务站点", Village = "新村", Venue = VenueType.Cloud, OpenedOn = new DateOnly(2026, 11, 1) });
        Assert.True(created.Succeeded);
        var view = (await points.ListAsync(6)).Single(p => p.Id == created.Value);
        Assert.Equal(OrganisationRules.MandatoryFacilities.Count, view.Shortfalls.Count);
    }

    [Fact]
    public async Task The_mandatory_facilities_are_read_from_the_scheme()
    {
        Assert.Equal([FacilityKind.DoorPlate, FacilityKind.ManagerCards, FacilityKind.Brochures, FacilityKind.DeskAndChairs, FacilityKind.SmartTerminal],
            OrganisationRules.MandatoryFacilities);
        await Task.CompletedTask;
    }
}
