using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceDashboard.Web.Data.Configurations;

internal sealed class SupervisionPlanConfiguration : IEntityTypeConfiguration<SupervisionPlan>
{
    public void Configure(EntityTypeBuilder<SupervisionPlan> builder)
    {
        builder.HasIndex(p => p.Year).IsUnique();
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.HasMany(p => p.Tasks).WithOne().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SupervisionTaskConfiguration : IEntityTypeConfiguration<SupervisionTask>
{
    public void Configure(EntityTypeBuilder<SupervisionTask> builder)
    {
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Property(t => t.Owner).HasMaxLength(100);
        builder.HasMany(t => t.Stations).WithOne().HasForeignKey(s => s.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Inspections).WithOne().HasForeignKey(s => s.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SupervisionTaskStationConfiguration : IEntityTypeConfiguration<SupervisionTaskStation>
{
    public void Configure(EntityTypeBuilder<SupervisionTaskStation> builder)
    {
        builder.HasKey(s => new { s.TaskId, s.StationId });
        builder.HasOne<Station>().WithMany().HasForeignKey(s => s.StationId);
    }
}

internal sealed class SupervisionTaskInspectionConfiguration : IEntityTypeConfiguration<SupervisionTaskInspection>
{
    public void Configure(EntityTypeBuilder<SupervisionTaskInspection> builder)
    {
        builder.HasKey(s => new { s.TaskId, s.RecordId });
        builder.HasIndex(s => s.RecordId);
        builder.HasOne<EvidenceRecord>().WithMany().HasForeignKey(s => s.RecordId);
    }
}

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> builder)
    {
        builder.Property(f => f.Title).HasMaxLength(200);
        builder.Property(f => f.ResponsibleName).HasMaxLength(100);
        builder.Property(f => f.VerifierName).HasMaxLength(100);
        builder.HasIndex(f => new { f.StationId, f.Status });
        builder.HasIndex(f => f.Deadline);
        builder.HasIndex(f => f.SourceRecordId);
        builder.HasOne(f => f.Station).WithMany().HasForeignKey(f => f.StationId);
        builder.HasOne<Person>().WithMany().HasForeignKey(f => f.ResponsiblePersonId);
        builder.HasOne<EvidenceRecord>().WithMany().HasForeignKey(f => f.SourceRecordId);
        builder.HasOne<OnSiteFinding>().WithMany().HasForeignKey(f => f.SourceOnSiteFindingId);
        builder.HasOne<SupervisionTask>().WithMany().HasForeignKey(f => f.TaskId);
        builder.HasMany(f => f.Rectifications).WithOne().HasForeignKey(r => r.FindingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.Attachments).WithOne().HasForeignKey(a => a.FindingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FindingRectificationConfiguration : IEntityTypeConfiguration<FindingRectification>
{
    public void Configure(EntityTypeBuilder<FindingRectification> builder)
    {
        builder.Property(r => r.Measures).HasMaxLength(2000);
    }
}

internal sealed class FindingAttachmentConfiguration : IEntityTypeConfiguration<FindingAttachment>
{
    public void Configure(EntityTypeBuilder<FindingAttachment> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(255);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.Property(a => a.StoragePath).HasMaxLength(400);
    }
}

internal sealed class FindingStepConfiguration() : HistoryStepConfiguration<FindingStep, Finding>(nameof(FindingStep.FindingId));

internal sealed class ComplaintCaseConfiguration : IEntityTypeConfiguration<ComplaintCase>
{
    public void Configure(EntityTypeBuilder<ComplaintCase> builder)
    {
        builder.Property(c => c.Number).HasMaxLength(40);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.Subject).HasMaxLength(200);
        builder.Property(c => c.Handler).HasMaxLength(100);
        builder.HasIndex(c => c.StationId);
        builder.HasIndex(c => c.RiskRecordId);
        builder.HasOne(c => c.Station).WithMany().HasForeignKey(c => c.StationId);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.ConcernedPersonId);
        builder.HasOne<EvidenceRecord>().WithMany().HasForeignKey(c => c.RiskRecordId);
    }
}

internal sealed class CaseReporterConfiguration : IEntityTypeConfiguration<CaseReporter>
{
    public void Configure(EntityTypeBuilder<CaseReporter> builder)
    {
        builder.HasKey(r => r.CaseId);
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.Property(r => r.Contact).HasMaxLength(200);
        builder.HasOne<ComplaintCase>().WithOne().HasForeignKey<CaseReporter>(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseStepConfiguration() : HistoryStepConfiguration<CaseStep, ComplaintCase>(nameof(CaseStep.CaseId));

internal sealed class MetricTargetConfiguration : IEntityTypeConfiguration<MetricTarget>
{
    public void Configure(EntityTypeBuilder<MetricTarget> builder)
    {
        builder.Property(t => t.Metric).HasMaxLength(100);
        builder.HasIndex(t => new { t.StationId, t.Year, t.Month, t.Metric }).IsUnique();
        builder.BelongsToStation();
    }
}

/// <summary>
/// The append-only step history of a finding or a case (ADR-005): steps are found by owner and version, and go with
/// their owner.
/// </summary>
internal abstract class HistoryStepConfiguration<TStep, TOwner>(string ownerKey) : IEntityTypeConfiguration<TStep>
    where TStep : HistoryStep
    where TOwner : class
{
    public void Configure(EntityTypeBuilder<TStep> builder)
    {
        builder.Property(s => s.Action).HasMaxLength(40);
        builder.HasIndex(ownerKey, nameof(HistoryStep.Version));
        builder.HasOne<TOwner>().WithMany().HasForeignKey(ownerKey).OnDelete(DeleteBehavior.Cascade);
    }
}
