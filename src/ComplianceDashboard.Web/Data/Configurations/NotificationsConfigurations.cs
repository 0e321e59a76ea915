using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceDashboard.Web.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.HasIndex(n => n.Key).IsUnique(); // never the same reminder twice, across runs and restarts
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
        builder.Property(n => n.Key).HasMaxLength(300);
        builder.Property(n => n.Kind).HasMaxLength(20);
        builder.Property(n => n.Title).HasMaxLength(400);
        builder.Property(n => n.Url).HasMaxLength(400);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationSettingConfiguration : IEntityTypeConfiguration<NotificationSetting>
{
    public void Configure(EntityTypeBuilder<NotificationSetting> builder)
    {
        builder.HasKey(s => s.UserId);
        builder.HasOne<AppUser>().WithOne().HasForeignKey<NotificationSetting>(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MailLogEntryConfiguration : IEntityTypeConfiguration<MailLogEntry>
{
    public void Configure(EntityTypeBuilder<MailLogEntry> builder)
    {
        builder.HasIndex(m => m.Key).IsUnique();
        builder.HasIndex(m => m.CreatedAt);
        builder.Property(m => m.Key).HasMaxLength(300);
        builder.Property(m => m.Status).HasMaxLength(20);
        builder.Property(m => m.Subject).HasMaxLength(400);
        builder.Property(m => m.Error).HasMaxLength(2000);
    }
}
