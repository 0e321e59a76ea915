using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceDashboard.Web.Data.Configurations;

internal sealed class SupervisionPlanConfiguration : IEntityTypeConfiguration<SupervisionPlan>
{
    public void Configure(EntityTypeBuilder<SupervisionPlan> builder)
    {
        builder.ToTable("SupervisionPlans");
        builder.HasIndex(p => p.Year).IsUnique();
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.HasMany(p => p.Tasks).WithOne().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SupervisionTaskConfiguration : IEntityTypeConfiguration<SupervisionTask>
{
    public void Configure(EntityTypeBuilder<SupervisionTask> builder)
    {
        builder.ToTable("SupervisionTasks");
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
        builder.ToTable("SupervisionTaskStations");
        builder.HasKey(s => new { s.TaskId, s.StationId });
        builder.HasOne<Station>().WithMany().HasForeignKey(s => s.StationId);
    }
}

internal sealed class SupervisionTaskInspectionConfiguration : IEntityTypeConfiguration<SupervisionTaskInspection>
{
    public void Configure(EntityTypeBuilder<SupervisionTaskInspection> builder)
    {
        builder.ToTable("SupervisionTaskInspections");
        builder.HasKey(s => new { s.TaskId, s.RecordId });
        builder.HasIndex(s => s.RecordId);
        builder.HasOne<EvidenceRecord>().WithMany().HasForeignKey(s => s.RecordId);
    }
}

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> builder)
    {
        builder.ToTable("Findings");
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(40);
        builder.Property(f => f.Severity).HasConversion<string>().HasMaxLength(40);
        builder.Property(f => f.Category).HasConversion<string>().HasMaxLength(40);
        builder.Property(f => f.Effect).HasConversion<string>().HasMaxLength(40);
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
        builder.ToTable("FindingRectifications");
        builder.Property(r => r.Measures).HasMaxLength(2000);
    }
}

internal sealed class FindingAttachmentConfiguration : IEntityTypeConfiguration<FindingAttachment>
{
    public void Configure(EntityTypeBuilder<FindingAttachment> builder)
    {
        builder.ToTable("FindingAttachments");
        builder.Property(a => a.FileName).HasMaxLength(255);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.Property(a => a.StoragePath).HasMaxLength(400);
    }
}

internal sealed class FindingStepConfiguration : IEntityTypeConfiguration<FindingStep>
{
    public void Configure(EntityTypeBuilder<FindingStep> builder)
    {
        builder.ToTable("FindingSteps");
        builder.Property(s => s.Action).HasMaxLength(40);
        builder.HasIndex(s => new { s.FindingId, s.Version });
        builder.HasOne<Finding>().WithMany().HasForeignKey(s => s.FindingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ComplaintCaseConfiguration : IEntityTypeConfiguration<ComplaintCase>
{
    public void Configure(EntityTypeBuilder<ComplaintCase> builder)
    {
        builder.ToTable("ComplaintCases");
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(40);
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
        builder.ToTable("CaseReporters");
        builder.HasKey(r => r.CaseId);
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.Property(r => r.Contact).HasMaxLength(200);
        builder.HasOne<ComplaintCase>().WithOne().HasForeignKey<CaseReporter>(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseStepConfiguration : IEntityTypeConfiguration<CaseStep>
{
    public void Configure(EntityTypeBuilder<CaseStep> builder)
    {
        builder.ToTable("CaseSteps");
        builder.Property(s => s.Action).HasMaxLength(40);
        builder.HasIndex(s => new { s.CaseId, s.Version });
        builder.HasOne<ComplaintCase>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MetricTargetConfiguration : IEntityTypeConfiguration<MetricTarget>
{
    public void Configure(EntityTypeBuilder<MetricTarget> builder)
    {
        builder.ToTable("MetricTargets");
        builder.Property(t => t.Comparison).HasConversion<string>().HasMaxLength(40);
        builder.Property(t => t.Metric).HasMaxLength(100);
        builder.HasIndex(t => new { t.StationId, t.Year, t.Month, t.Metric }).IsUnique();
        builder.HasOne<Station>().WithMany().HasForeignKey(t => t.StationId);
    }
}
