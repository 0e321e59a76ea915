using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.IntegrationTests.Import;
using ComplianceDashboard.IntegrationTests.Organisation;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Features.Organisation;
using ComplianceDashboard.Web.Features.Records;
using ComplianceDashboard.Web.Features.Users;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Infrastructure;

/// <summary>
/// Stored XSS through names: the forms refuse a name with markup, control characters or too many
/// characters at its field, with the message of <see cref="Web.Infrastructure.NameRules"/>, and save nothing.
/// </summary>
public class HostileNameFormTests(TestApp app) : IClassFixture<TestApp>
{
    private const string Markup = "<img src=x onerror=alert(1)>";

    [Fact]
    public async Task A_service_point_named_with_markup_or_a_control_character_is_refused_at_the_name_field()
    {
        using var scope = await app.SecretaryOfAsync(7);
        var points = scope.ServiceProvider.GetRequiredService<ServicePointService>();
        var before = (await points.ListAsync(7)).Count;

        var markup = await points.SaveAsync(7, NewPoint(Markup));
        Assert.Equal("站点名称不能包含控制字符或尖括号 < >", markup.ErrorFor(nameof(ServicePointInput.Name)));
        var bell = await points.SaveAsync(7, NewPoint("东村\u0007站点"));
        Assert.Equal("站点名称不能包含控制字符或尖括号 < >", bell.ErrorFor(nameof(ServicePointInput.Name)));
        var village = await points.SaveAsync(7, NewPoint("东村站点", village: "东村\n<b>"));
        Assert.Equal("所在村不能包含控制字符或尖括号 < >", village.ErrorFor(nameof(ServicePointInput.Village)));
        var tooLong = await points.SaveAsync(7, NewPoint(new string('村', 51)));
        Assert.Equal("站点名称不能超过50个字", tooLong.ErrorFor(nameof(ServicePointInput.Name)));
        Assert.Equal(before, (await points.ListAsync(7)).Count);

        var saved = await points.SaveAsync(7, NewPoint("  西村驻村服务站点 "));
        Assert.True(saved.Succeeded, string.Join("; ", saved.Messages));
        Assert.Equal("西村驻村服务站点", (await points.ListAsync(7)).Single(p => p.Id == saved.Value).Name);
    }

    [Fact]
    public async Task A_person_named_with_markup_or_more_than_30_characters_is_refused()
    {
        using var scope = await app.SecretaryOfAsync(8);
        var staffing = scope.ServiceProvider.GetRequiredService<StaffingService>();

        Assert.Equal("姓名不能包含控制字符或尖括号 < >", (await staffing.SavePersonAsync(8, new PersonInput { Name = Markup })).ErrorFor(nameof(PersonInput.Name)));
        Assert.Equal("姓名不能超过30个字", (await staffing.SavePersonAsync(8, new PersonInput { Name = new string('王', 31) })).ErrorFor(nameof(PersonInput.Name)));
        Assert.Equal("本职岗位不能包含控制字符或尖括号 < >",
            (await staffing.SavePersonAsync(8, new PersonInput { Name = "王五", JobTitle = "</td><script>" })).ErrorFor(nameof(PersonInput.JobTitle)));
        await using var db = app.CreateDbContext();
        Assert.False(await db.People.AnyAsync(p => EF.Functions.Like(p.Name, "%<%") || EF.Functions.Like(p.JobTitle, "%<%") || p.Name.Length > 30));
    }

    [Fact]
    public async Task A_record_or_responsibility_list_titled_with_markup_is_refused_at_the_title()
    {
        using var scope = await Records.RecordTestHelpers.SignedInScopeAsync(app, "shuji1");
        var input = await Records.RecordTestHelpers.ValidInputAsync(app, RecordKind.GroupMeeting, new DateOnly(2026, 10, 12));
        input.Title = "10月会议<script>alert(1)</script>";
        var record = await scope.ServiceProvider.GetRequiredService<RecordService>().CreateAsync(input);
        Assert.Equal("标题不能包含控制字符或尖括号 < >", record.ErrorFor(nameof(RecordInput.Title)));

        var list = await scope.ServiceProvider.GetRequiredService<ResponsibilityListService>().CreateAsync(new ResponsibilityListInput
        {
            StationId = 1, IssuedOn = new DateOnly(2026, 1, 5), Title = "清单\u202E<svg onload=alert(1)>",
        });
        Assert.Equal("清单名称不能包含控制字符或尖括号 < >", list.ErrorFor(nameof(ResponsibilityListInput.Title)));
        await using var db = app.CreateDbContext();
        Assert.False(await db.Records.AnyAsync(r => EF.Functions.Like(r.Title, "%<%")));
    }

    [Fact]
    public async Task A_user_display_name_with_markup_is_refused()
    {
        using var scope = await app.SignedInScopeAsync("admin");
        var result = await scope.ServiceProvider.GetRequiredService<UserAdminService>().CreateAsync(new UserInput
        {
            UserName = "xss.user", DisplayName = Markup, Password = "Strong@2026x", Roles = [Roles.Evaluator],
        });
        Assert.Equal("姓名不能包含控制字符或尖括号 < >", result.ErrorFor(nameof(UserInput.DisplayName)));
    }

    private static Web.Features.Organisation.ServicePointInput NewPoint(string name, string village = "东村") =>
        new() { Name = name, Village = village, Venue = VenueType.Cloud, OpenedOn = new DateOnly(2026, 11, 1) };
}

/// <summary>The same rule on import: every bad name is reported at its JSON path, and nothing is written.</summary>
[Collection(ImportTestGroup.Name)]
public class HostileNameImportTests(SampleImportedApp app) : IClassFixture<SampleImportedApp>
{
    [Fact]
    public async Task Names_with_markup_control_characters_or_too_many_characters_are_reported_at_their_paths()
    {
        var root = ImportSample.NewStation("QX0077");
        var station = root["stations"]![0]!;
        station["name"] = "<img src=x onerror=alert(1)>";
        station["township"] = "清溪镇\u0000";
        station["servicePoints"]![0]!["name"] = new string('村', 51);
        station["people"]![0]!["name"] = "王\u202E建国";
        station["people"]![1]!["name"] = new string('王', 31);
        ImportSample.Record(root, 0)["title"] = "纪要</title><script>alert(1)</script>";

        var before = await app.CountsAsync();
        var result = await app.Importer.ImportAsync(ImportSample.Utf8(ImportSample.Write(root)), "hostile.json");

        Assert.False(result.Succeeded);
        Assert.Equal(before, await app.CountsAsync());
        var errors = result.Errors.ToDictionary(e => e.Path, e => e.Message);
        Assert.Equal("站所名称不能包含控制字符或尖括号 < >", errors["$.stations[0].name"]);
        Assert.Equal("乡镇不能包含控制字符或尖括号 < >", errors["$.stations[0].township"]);
        Assert.Equal("站点名称不能超过50个字", errors["$.stations[0].servicePoints[0].name"]);
        Assert.Equal("姓名不能包含控制字符或尖括号 < >", errors["$.stations[0].people[0].name"]);
        Assert.Equal("姓名不能超过30个字", errors["$.stations[0].people[1].name"]);
        Assert.Equal("标题不能包含控制字符或尖括号 < >", errors["$.stations[0].records[0].title"]);
        Assert.Equal(6, result.Errors.Count);
    }

    [Fact]
    public async Task Names_are_stored_trimmed()
    {
        var root = ImportSample.NewStation(" QX0078 ");
        root["stations"]![0]!["name"] = "  修剪供电所 ";
        var result = await app.Importer.ImportAsync(ImportSample.Utf8(ImportSample.Write(root)), "trim.json");
        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        await using var db = app.CreateDbContext();
        Assert.True(await db.Stations.AnyAsync(s => s.Code == "QX0078" && s.Name == "修剪供电所"));
    }
}
