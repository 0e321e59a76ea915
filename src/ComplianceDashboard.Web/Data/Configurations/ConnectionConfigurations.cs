using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceDashboard.Web.Data.Configurations;

internal sealed class ConnectionApplicationConfiguration : IEntityTypeConfiguration<ConnectionApplication>
{
    public void Configure(EntityTypeBuilder<ConnectionApplication> builder)
    {
        builder.HasIndex(a => a.Number).IsUnique();
        builder.HasIndex(a => new { a.StationId, a.Received });
        builder.HasIndex(a => a.ClosedOn);
        builder.Property(a => a.Number).HasMaxLength(40);
        builder.Property(a => a.Customer).HasMaxLength(100);
        builder.Property(a => a.ComplaintReference).HasMaxLength(200);
        builder.Property(a => a.Note).HasMaxLength(1000);
        builder.HasUserNameColumns(a => a.UpdatedBy);
        builder.HasOne(a => a.Station).WithMany().HasForeignKey(a => a.StationId).OnDelete(DeleteBehavior.Restrict);
        // Its stages, pauses and call-backs configure the relationship from their side (BelongsToApplication).
    }
}

internal sealed class ConnectionStageRecordConfiguration : IEntityTypeConfiguration<ConnectionStageRecord>
{
    public void Configure(EntityTypeBuilder<ConnectionStageRecord> builder)
    {
        builder.HasIndex(s => new { s.ApplicationId, s.Stage }).IsUnique();
        builder.Property(s => s.Unit).HasMaxLength(40);
        builder.BelongsToApplication(a => a.Stages);
    }
}

internal sealed class ConnectionPauseConfiguration : IEntityTypeConfiguration<ConnectionPause>
{
    public void Configure(EntityTypeBuilder<ConnectionPause> builder)
    {
        builder.HasIndex(p => p.ApplicationId);
        builder.Property(p => p.Reason).HasMaxLength(500);
        builder.BelongsToApplication(a => a.Pauses);
    }
}

internal sealed class ConnectionCallBackConfiguration : IEntityTypeConfiguration<ConnectionCallBack>
{
    public void Configure(EntityTypeBuilder<ConnectionCallBack> builder)
    {
        builder.HasIndex(c => c.ApplicationId);
        builder.HasIndex(c => c.Date);
        builder.Property(c => c.Result).HasMaxLength(20);
        builder.Property(c => c.Opinion).HasMaxLength(1000);
        builder.HasUserNameColumns(c => c.RecordedBy);
        builder.BelongsToApplication(a => a.CallBacks);
    }
}

internal sealed class ConnectionDutyRecordConfiguration : IEntityTypeConfiguration<ConnectionDutyRecord>
{
    public void Configure(EntityTypeBuilder<ConnectionDutyRecord> builder)
    {
        builder.HasIndex(d => new { d.StationId, d.Year, d.Month });
        builder.Property(d => d.Note).HasMaxLength(500);
        builder.HasUserNameColumns(d => d.RecordedBy);
        builder.BelongsToStation();
    }
}

internal sealed class CoordinationMeetingConfiguration : IEntityTypeConfiguration<CoordinationMeeting>
{
    public void Configure(EntityTypeBuilder<CoordinationMeeting> builder)
    {
        builder.HasIndex(m => m.Date);
        builder.Property(m => m.Chair).HasMaxLength(50);
        builder.Property(m => m.Attendees).HasMaxLength(500);
        builder.Property(m => m.Minutes).HasMaxLength(4000);
        builder.HasUserNameColumns(m => m.RecordedBy);
        builder.HasMany(m => m.Items).WithOne().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CoordinationItemConfiguration : IEntityTypeConfiguration<CoordinationItem>
{
    public void Configure(EntityTypeBuilder<CoordinationItem> builder)
    {
        builder.Property(i => i.Text).HasMaxLength(1000);
        builder.BelongsToApplication();
    }
}

internal sealed class CooperationDelayConfiguration : IEntityTypeConfiguration<CooperationDelay>
{
    public void Configure(EntityTypeBuilder<CooperationDelay> builder)
    {
        builder.HasIndex(d => new { d.Year, d.Month });
        builder.Property(d => d.Unit).HasMaxLength(40);
        builder.Property(d => d.Decision).HasMaxLength(1000);
        builder.Property(d => d.ComplaintReference).HasMaxLength(200);
        builder.HasUserNameColumns(d => d.RecordedBy);
        builder.BelongsToApplication();
    }
}

internal sealed class ConnectionSheetFinalizationConfiguration : IEntityTypeConfiguration<ConnectionSheetFinalization>
{
    public void Configure(EntityTypeBuilder<ConnectionSheetFinalization> builder)
    {
        builder.HasIndex(f => new { f.Year, f.Month }).IsUnique();
        builder.HasUserNameColumns(f => f.FinalizedBy);
        builder.HasMany(f => f.Lines).WithOne().HasForeignKey(l => l.FinalizationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ConnectionSheetLineConfiguration : IEntityTypeConfiguration<ConnectionSheetLine>
{
    public void Configure(EntityTypeBuilder<ConnectionSheetLine> builder)
    {
        builder.Property(l => l.Unit).HasMaxLength(40);
        builder.Property(l => l.ApplicationNumber).HasMaxLength(40);
        builder.Property(l => l.Note).HasMaxLength(1000);
        builder.Property(l => l.ComplaintReference).HasMaxLength(200);
    }
}

internal sealed class HolidayConfiguration : IEntityTypeConfiguration<Holiday>
{
    public void Configure(EntityTypeBuilder<Holiday> builder)
    {
        builder.HasKey(h => h.Date);
        builder.Property(h => h.Name).HasMaxLength(50);
        // The 2024–2026 State Council notices; administrators add later years in the holiday editor.
        builder.HasData(ChineseHolidays.All.Select(h => new Holiday { Date = h.Date, Kind = h.Kind, Name = h.Name }));
    }
}
