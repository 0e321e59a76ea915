using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceDashboard.Web.Data.Configurations;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder) => builder.HasIndex(r => r.StartedAt);
}

internal sealed class JobRunBatchConfiguration : IEntityTypeConfiguration<JobRunBatch>
{
    public void Configure(EntityTypeBuilder<JobRunBatch> builder)
    {
        builder.HasIndex(b => b.JobRunId);
        builder.HasOne<JobRun>().WithMany().HasForeignKey(b => b.JobRunId).OnDelete(DeleteBehavior.Cascade);
    }
}
