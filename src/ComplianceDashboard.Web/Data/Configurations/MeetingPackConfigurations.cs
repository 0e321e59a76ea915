using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceDashboard.Web.Data.Configurations;

internal sealed class MeetingPackConfiguration : IEntityTypeConfiguration<MeetingPack>
{
    public void Configure(EntityTypeBuilder<MeetingPack> builder)
    {
        builder.Property(p => p.ScopeLabel).HasMaxLength(400);
        builder.Property(p => p.RequestedBy).HasMaxLength(256);
        builder.Property(p => p.Error).HasMaxLength(2000);
        builder.HasIndex(p => p.RequestedAt);
        builder.HasMany(p => p.Files).WithOne().HasForeignKey(f => f.PackId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeetingPackFileConfiguration : IEntityTypeConfiguration<MeetingPackFile>
{
    public void Configure(EntityTypeBuilder<MeetingPackFile> builder)
    {
        builder.HasKey(f => new { f.PackId, f.Kind });
        builder.Property(f => f.Kind).HasMaxLength(8);
        builder.Property(f => f.FileName).HasMaxLength(260);
    }
}
