using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceDashboard.Web.Data.Configurations;

internal sealed class GroupMembershipConfiguration : IEntityTypeConfiguration<GroupMembership>
{
    public void Configure(EntityTypeBuilder<GroupMembership> builder)
    {
        builder.HasIndex(m => m.StationId);
        builder.HasOne<Station>().WithMany().HasForeignKey(m => m.StationId);
    }
}

internal sealed class ResponsibilityListConfiguration : IEntityTypeConfiguration<ResponsibilityList>
{
    public void Configure(EntityTypeBuilder<ResponsibilityList> builder)
    {
        builder.HasIndex(l => l.StationId);
        builder.HasOne<Station>().WithMany().HasForeignKey(l => l.StationId);
    }
}
