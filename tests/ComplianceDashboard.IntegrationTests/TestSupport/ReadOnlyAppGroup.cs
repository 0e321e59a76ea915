namespace ComplianceDashboard.IntegrationTests.TestSupport;

/// <summary>
/// One <see cref="TestApp"/> (one host start, one database copy) shared by the test classes that only read the demo
/// county: <c>[Collection(ReadOnlyAppGroup.Name)]</c> instead of <c>IClassFixture&lt;TestApp&gt;</c>. Its classes run
/// one after another on that app. A class joins only if it changes nothing another class reads: no records, grades,
/// users, settings, jobs or notifications. Sign-ins are fine (they add audit rows and no class here reads the audit
/// log); so are client-side things such as culture cookies. A class that writes keeps its own app.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReadOnlyAppGroup : ICollectionFixture<TestApp>
{
    public const string Name = "read-only demo county";
}
