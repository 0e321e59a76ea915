namespace ComplianceDashboard.Web.Grading;

/// <summary>
/// The configured scheme (<c>App:Grading:Scheme</c>) and the grading of a station's facts through it: pages and services
/// read <see cref="Scheme"/>, grading calls <see cref="Grade"/> (virtual: a seam, so tests can make a station fail).
/// </summary>
public class SchemeGrader(IOptions<AppOptions> options)
{
    public Scheme Scheme { get; } = Scheme.LoadEmbedded(options.Value.Grading.Scheme);

    public virtual StationGrade Grade(StationFacts facts, int year, DateOnly asOf) => RubricEngine.Grade(Scheme, facts, year, asOf);
}
