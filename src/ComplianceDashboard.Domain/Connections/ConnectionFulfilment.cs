namespace ComplianceDashboard.Domain.Connections;

/// <summary>One count row of the MD-2006 fulfilment table (§7): its row number, applications counted, and those not met.</summary>
public sealed record ConnectionFulfilmentRow(int RowNumber, int Total, int Unmet);

/// <summary>
/// MD-2006 rows 6–11 computed from the 业扩 applications (one source): 6 居民方案答复, 7 低压(非居民)方案答复,
/// 8 高压单电源方案答复, 9 高压双电源方案答复 (stage 供电方案答复 by class), 10 居民送电 and 11 非居民送电 (stage
/// 装表接电). An application counts in [from, to] when that stage finished in the period, or is still unfinished
/// and its due date fell in the period and has passed (as of the clocks' reference day); unmet = finished late or
/// unfinished past due. A stage counts in at most one period (the one it finished in, or the one it fell due in while
/// still unfinished).
/// </summary>
public static class ConnectionFulfilment
{
    public static readonly IReadOnlyList<(int Row, string Name)> Rows =
    [
        (6, "居民方案答复"), (7, "低压(非居民)方案答复"), (8, "高压单电源方案答复"), (9, "高压双电源方案答复"), (10, "居民送电"), (11, "非居民送电"),
    ];

    public static IReadOnlyList<ConnectionFulfilmentRow> Count(IEnumerable<ClockedApplication> applications, DateOnly from, DateOnly to)
    {
        var total = new int[12];
        var unmet = new int[12];
        foreach (var app in applications)
        {
            var schemeRow = app.Facts.Class switch
            {
                ConnectionClass.Residential => 6,
                ConnectionClass.LowVoltage => 7,
                ConnectionClass.HighVoltageSingle => 8,
                _ => 9,
            };
            Tally(app.Stage(ConnectionStage.SchemeReply), schemeRow);
            Tally(app.Stage(ConnectionStage.Energising), app.Facts.Class == ConnectionClass.Residential ? 10 : 11);
        }
        return [.. Rows.Select(r => new ConnectionFulfilmentRow(r.Row, total[r.Row], unmet[r.Row]))];

        void Tally(StageClock clock, int row)
        {
            if (clock.Finish is { } finish)
            {
                if (finish >= from && finish <= to)
                {
                    total[row]++;
                    if (clock.State == StageState.Late)
                    {
                        unmet[row]++;
                    }
                }
            }
            else if (clock.State == StageState.Overdue && clock.Due is { } due && due >= from && due <= to)
            {
                total[row]++;
                unmet[row]++;
            }
        }
    }
}
