// Test classes run in parallel (one collection each, as many at a time as there are cores). Every test app has its
// own database copy, its own Hangfire storage (InMemoryStorage, a DI singleton: the app sets no JobStorage.Current)
// and logs into one process-wide logger factory (TestLogging), so the one piece of Hangfire state that stays
// process-wide — its log provider — never points at a disposed host (docs/decisions/ADR-010-test-suite-shortcuts.md).
// Classes that must run alone say so with a collection that has DisableParallelization = true.
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerClass, DisableTestParallelization = false)]
