using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceDashboard.Web.Data.Configurations;

internal sealed class UserStationScopeConfiguration : IEntityTypeConfiguration<UserStationScope>
{
    public void Configure(EntityTypeBuilder<UserStationScope> builder)
    {
        builder.HasKey(s => new { s.UserId, s.StationId });
        builder.HasOne<AppUser>().WithMany(u => u.Stations).HasForeignKey(s => s.UserId);
        builder.HasOne<Station>().WithMany().HasForeignKey(s => s.StationId);
    }
}

internal sealed class SignInAuditConfiguration : IEntityTypeConfiguration<SignInAudit>
{
    public void Configure(EntityTypeBuilder<SignInAudit> builder) => builder.HasIndex(a => a.At);
}
