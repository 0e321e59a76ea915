namespace ComplianceDashboard.Domain.Calendar;

/// <summary>
/// The evaluation year and the day of computation. The score is final once the year is over; then every
/// state-based rule is judged on 31 December and every deadline inside the year is decided.
/// </summary>
public sealed record GradingClock(int Year, DateOnly AsOf)
{
    public DateOnly YearStart => new(Year, 1, 1);
    public DateOnly YearEnd => new(Year, 12, 31);
    public bool IsFinal => AsOf > YearEnd;

    /// <summary>The day state-based rules (posts filled, lists issued…) are judged on.</summary>
    public DateOnly JudgeDate => IsFinal ? YearEnd : AsOf;

    /// <summary>
    /// A deadline is decided once it has fully passed: a duty due today can still be done today, so it stays
    /// pending until the day ends (<c>deadline &lt; AsOf</c>). After the year everything is decided.
    /// </summary>
    public bool IsDecided(DateOnly deadline) => IsFinal || deadline < AsOf;

    /// <summary>Inside the evaluation year and not after the judge date.</summary>
    public bool InYearSoFar(DateOnly day) => day >= YearStart && day <= JudgeDate;
}
