namespace ComplianceDashboard.Web.Features.Demo;

/// <summary>
/// Builds a deterministic demo county: the same seed, station count and "today" give the same data.
/// Two full past years plus the current year to date; a few excellent stations, most qualified, some failing,
/// and the deliberate irregularities the dashboards must show (late and missing records, a vacancy filled
/// late, a supervisor inactive for six months, risk incidents, bonus recognitions, and the integrity signals of
/// <see cref="DemoIntegrity"/>).
/// </summary>
public sealed class DemoCountyGenerator(int seed, int stationCount, DateOnly today, int years = 3)
{
    private long _recordId;
    private long _problemId;
    private int _personId;
    private int _pointId;
    private int _assignmentId;

    public int FirstYear => today.Year - years + 1;

    /// <summary>The day the county is generated for.</summary>
    public DateOnly Today => today;

    public int Seed => seed;

    public static DemoProfile ProfileOf(int stationIndex) => (stationIndex % 14) switch
    {
        0 or 3 or 8 => DemoProfile.Excellent,
        5 or 11 => DemoProfile.Failing,
        _ => DemoProfile.Qualified,
    };

    public IEnumerable<DemoStationBundle> Generate()
    {
        for (var i = 0; i < stationCount; i++)
        {
            yield return GenerateStation(i);
        }
    }

    private DemoStationBundle GenerateStation(int index)
    {
        // HashCode.Combine is randomised per process; the demo must be the same on every run.
        var random = new Random(unchecked(seed * 7919 + index));
        var station = new Station
        {
            Id = index + 1,
            Code = $"WY{index + 1:D4}",
            Name = DemoText.StationName(index),
            Township = DemoText.TownshipName(index),
        };
        var bundle = new DemoStationBundle { Station = station, Profile = ProfileOf(index) };
        var org = new DemoOrganisation(bundle, random, FirstYear, index);
        org.Build(ref _personId, ref _pointId, ref _assignmentId);

        var evidence = new DemoEvidence(bundle, org, random, today);
        for (var year = FirstYear; year <= today.Year; year++)
        {
            evidence.AddYear(year, ref _recordId, ref _problemId);
        }
        if (index == DemoIntegrity.StationIndex)
        {
            DemoIntegrity.Apply(bundle, today);
        }
        return bundle;
    }
}
