using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Domain.Schemes;
using ComplianceDashboard.Domain.Scoring;
using ComplianceDashboard.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace ComplianceDashboard.Web.Grading;

/// <summary>The rubric engine behind a seam, so job tests can make one station fail.</summary>
public class StationGrader(IOptions<AppOptions> options)
{
    public Scheme Scheme { get; } = Scheme.LoadEmbedded(options.Value.Grading.Scheme);

    public virtual StationGrade Grade(StationFacts facts, int year, DateOnly asOf) => RubricEngine.Grade(Scheme, facts, year, asOf);
}
