using System.Diagnostics;
using ComplianceDashboard.Domain.Competition;
using ComplianceDashboard.Domain.Schemes;

namespace ComplianceDashboard.Benchmarks;

/// <summary>
/// The 服务承诺兑现表 computation (MD-2006) for many units: 12 months × 18 rows of figures per unit folded into the year
/// (<see cref="FulfilmentCalculator.Aggregate"/>) and scored (<see cref="FulfilmentCalculator.Compute"/>), as the heat map
/// and the round's ranking do. In memory, so it measures the domain arithmetic (the database read is the same shape as the
/// integrity benchmark's).
/// </summary>
public static class FulfilmentBenchmark
{
    public static void Run(int units, int months = 12)
    {
        var table = SchemeCatalog.Get("MD-2006").Fulfilment!;
        var random = new Random(2006);
        var figures = new List<FulfilmentEntry>[units];
        for (var u = 0; u < units; u++)
        {
            var list = new List<FulfilmentEntry>(months * table.Rows.Count);
            for (var m = 0; m < months; m++)
            {
                foreach (var row in table.Rows)
                {
                    var total = random.Next(0, 20);
                    list.Add(row.Kind == FulfilmentRowKind.Threshold
                        ? new FulfilmentEntry(row.Number, row.Threshold!.Value + (random.Next(-5, 20) / 100m), null, null)
                        : new FulfilmentEntry(row.Number, null, total, total > 0 && random.Next(20) == 0 ? 1 : 0));
                }
            }
            figures[u] = list;
        }

        // Warm-up, then two timed passes.
        Compute(table, figures, Math.Min(units, 50));
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var checksum = Compute(table, figures, units);
        var first = watch.Elapsed.TotalMilliseconds;
        var firstAlloc = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        watch.Restart();
        Compute(table, figures, units);
        var second = watch.Elapsed.TotalMilliseconds;

        Console.WriteLine();
        Console.WriteLine($"## Fulfilment table ({units:N0} units × {months} months × {table.Rows.Count} rows = {units * months * table.Rows.Count:N0} figures)");
        Console.WriteLine("| measure | value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| aggregate + score every unit, first pass | {first:F0} ms |");
        Console.WriteLine($"| aggregate + score every unit, second pass | {second:F0} ms |");
        Console.WriteLine($"| per unit | {second * 1000 / units:F1} µs |");
        Console.WriteLine($"| managed allocations, first pass | {firstAlloc / (1 << 20):N0} MiB |");
        Console.WriteLine($"| checksum (Σ item scores) | {checksum:F1} |");
    }

    private static decimal Compute(FulfilmentTable table, List<FulfilmentEntry>[] figures, int units)
    {
        decimal sum = 0;
        for (var u = 0; u < units; u++)
        {
            sum += FulfilmentCalculator.Compute(table, 20m, FulfilmentCalculator.Aggregate(figures[u])).Score;
        }
        return sum;
    }
}
