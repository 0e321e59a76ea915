using ComplianceDashboard.BrowserTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Charts;

/// <summary>
/// Its own app and database (the shared <see cref="AppServer"/> county must stay as the other tests expect): the
/// demo county plus one station imported through the real <c>import</c> command and then renamed in the database to a
/// hostile name (<see cref="HostileName"/>): import and forms refuse such names (NameRules), but a
/// database written before that rule, or by another tool, may hold one, and the charts must still show it as text.
/// <see cref="GradeAllAsync"/> runs the recompute from the 任务 page so it reaches every chart.
/// </summary>
public sealed class HostileStationApp : AppServer
{
    public const string HostileName = "<img src=x onerror=alert(1)>";
    public const string HostileCode = "XSS001";

    /// <summary>The tests grade through the 任务 page (<see cref="GradeAllAsync"/>); a start-up run first would grade twice.</summary>
    protected override bool CatchUpOnStart => false;

    protected override async Task OnAppReadyAsync()
    {
        var file = Path.Combine(Folder, "hostile.json");
        await File.WriteAllTextAsync(file, ImportJson);
        await RunCommandAsync("import", "--file", file);
        await using var db = new SqliteConnection($"Data Source={Path.Combine(Folder, "browser.db")}");
        await db.OpenAsync();
        await using var rename = db.CreateCommand();
        rename.CommandText = """
            UPDATE Stations SET Name = $name, Township = '<b>镇</b>' WHERE Code = $code;
            UPDATE ServicePoints SET Name = '<script>alert(2)</script>站点' WHERE StationId = (SELECT Id FROM Stations WHERE Code = $code);
            """;
        rename.Parameters.AddWithValue("$name", HostileName);
        rename.Parameters.AddWithValue("$code", HostileCode);
        await rename.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// As the administrator: 任务 → 立即重算全部评分, then waits until the run history shows that manual run finished
    /// (the page updates itself as batches finish). A run already in progress (the start-up catch-up) is waited for
    /// first: the button is disabled meanwhile. Readiness, not a time budget: the 15-minute cap only ends a run that
    /// never finishes.
    /// </summary>
    public async Task GradeAllAsync()
    {
        var admin = await NewSignedInPageAsync("admin", "/jobs");
        await admin.Locator("html[data-interactive='true']").WaitForAsync();
        var runNow = admin.GetByRole(AriaRole.Button, new() { Name = "立即重算全部评分" });
        await Assertions.Expect(runNow).ToBeEnabledAsync(new() { Timeout = RunCap });
        await runNow.ClickAsync();
        var finished = admin.GetByTestId("job-runs").Locator("tbody tr").Filter(new() { HasText = "手动" }).Filter(new() { HasNotText = "运行中" });
        await Assertions.Expect(finished).ToHaveCountAsync(1, new() { Timeout = RunCap });
        await admin.Context.CloseAsync();
    }

    private const float RunCap = 15 * 60_000;

    private static string ImportJson => $$"""
        {
          "format": "compliance-dashboard-import/1",
          "stations": [
            {
              "code": "{{HostileCode}}",
              "name": "改名前供电所",
              "township": "东镇",
              "servicePoints": [
                {
                  "key": "sp-1", "name": "东村站点", "village": "东村", "venue": "BusinessHall",
                  "openedOn": "2024-10-01", "services": ["consultation", "query", "billPayment"],
                  "facilities": { "DoorPlate": 1, "ManagerCards": 1, "Brochures": 30, "DeskAndChairs": 1, "SmartTerminal": 1 }
                }
              ]
            }
          ]
        }
        """;
}
