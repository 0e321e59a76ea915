namespace ComplianceDashboard.Domain.Scoring.Checks;

/// <summary>Checks by name. <see cref="Default"/> holds every built-in check; add more with <see cref="With"/>.</summary>
public sealed class ConditionCheckRegistry
{
    private readonly Dictionary<string, IConditionCheck> _checks;

    public ConditionCheckRegistry(IEnumerable<IConditionCheck> checks) =>
        _checks = checks.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public static ConditionCheckRegistry Default { get; } = new(
    [
        new ServicePointsHaveVenueCheck(),
        new ServicePointsHaveTerminalAndServicesCheck(),
        new MandatoryFacilitiesCheck(),
        new PostsFilledCheck(),
        new SupervisorAppointmentsValidCheck(),
        new SupervisorEvaluatedAndDismissalsCheck(),
        new VacanciesRefilledCheck(),
        new ResponsibilityListsCheck(),
        new OutageNoticesOnTimeCheck(),
        new GroupMeetingCompositionCheck(),
        new JointMeetingHasVillagersCheck(),
        new ProblemsHaveRemindersCheck(),
        new RecognitionBothCheck(),
        new InnovationPromotedCheck(),
    ]);

    public IEnumerable<string> Names => _checks.Keys;

    public bool TryGet(string name, out IConditionCheck check) => _checks.TryGetValue(name, out check!);

    public IConditionCheck Get(string name) =>
        _checks.TryGetValue(name, out var c) ? c : throw new KeyNotFoundException($"No condition check named '{name}'.");

    /// <summary>A registry with extra (or replacing) checks.</summary>
    public ConditionCheckRegistry With(params IConditionCheck[] extra) =>
        new(_checks.Values.Where(c => extra.All(e => e.Name != c.Name)).Concat(extra));
}
