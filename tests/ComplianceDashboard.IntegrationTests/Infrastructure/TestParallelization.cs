// Every test class here starts the app, and Hangfire keeps process-wide state that a host sets when it starts
// (JobStorage.Current, JobActivator.Current, its log provider over the host's ILoggerFactory): a host disposed
// while another starts would leave Hangfire logging into a disposed factory. Test classes run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
