using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceDashboard.Web.Data.Configurations;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    /// <summary>The name of the filtered unique index that allows one running run per job (whatever the number of servers).</summary>
    public const string OneRunningRunIndex = "IX_JobRuns_JobName_Running";

    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.HasIndex(r => r.StartedAt);
        // One run in progress per job, enforced by the database: two servers (or two triggers) that start a run at the
        // same moment cannot both insert one. Same SQL on SQLite and PostgreSQL (the enum is stored as text).
        builder.HasIndex(r => r.JobName).IsUnique().HasFilter("\"Status\" = 'Running'").HasDatabaseName(OneRunningRunIndex);
    }
}

internal sealed class JobRunBatchConfiguration : IEntityTypeConfiguration<JobRunBatch>
{
    public void Configure(EntityTypeBuilder<JobRunBatch> builder)
    {
        builder.HasIndex(b => b.JobRunId);
        builder.Property(b => b.ExecutedBy).HasMaxLength(200);
        builder.HasOne<JobRun>().WithMany().HasForeignKey(b => b.JobRunId).OnDelete(DeleteBehavior.Cascade);
    }
}
