using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceDashboard.Web.Data.Configurations;

internal sealed class EvidenceRecordConfiguration : IEntityTypeConfiguration<EvidenceRecord>
{
    public void Configure(EntityTypeBuilder<EvidenceRecord> builder)
    {
        builder.HasIndex(r => new { r.StationId, r.EventDate });
        builder.HasIndex(r => new { r.StationId, r.Kind });
        builder.Property(r => r.Title).HasMaxLength(200);
        // Deleted records keep their row and history but count nowhere (ADR-005).
        builder.HasQueryFilter(r => !r.IsDeleted);
        builder.HasOne(r => r.HandedOverBy).WithMany().HasForeignKey(r => r.HandedOverById).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.PresentMembers).WithOne().HasForeignKey(a => a.RecordId);
        builder.HasMany(r => r.EmergingProblems).WithOne().HasForeignKey(p => p.RecordId);
        builder.HasMany(r => r.Attachments).WithOne().HasForeignKey(a => a.RecordId);
    }
}

internal sealed class MeetingAttendanceConfiguration : IEntityTypeConfiguration<MeetingAttendance>
{
    public void Configure(EntityTypeBuilder<MeetingAttendance> builder) => builder.HasKey(a => new { a.RecordId, a.PersonId });
}

internal sealed class EmergingProblemConfiguration : IEntityTypeConfiguration<EmergingProblem>
{
    public void Configure(EntityTypeBuilder<EmergingProblem> builder) => builder.Property(p => p.Description).HasMaxLength(500);
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder) => builder.HasIndex(a => a.RecordId);
}

internal sealed class RecordChangeConfiguration : IEntityTypeConfiguration<RecordChange>
{
    public void Configure(EntityTypeBuilder<RecordChange> builder)
    {
        builder.HasIndex(c => new { c.RecordId, c.Version });
        builder.HasIndex(c => c.ChangedAt);
        builder.Property(c => c.Reason).HasMaxLength(500);
    }
}
