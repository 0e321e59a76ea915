using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceDashboard.Web.Data.Configurations;

internal sealed class StationConfiguration : IEntityTypeConfiguration<Station>
{
    public void Configure(EntityTypeBuilder<Station> builder) => builder.HasIndex(s => s.Code).IsUnique();
}

internal sealed class ServicePointConfiguration : IEntityTypeConfiguration<ServicePoint>
{
    public void Configure(EntityTypeBuilder<ServicePoint> builder) => builder.HasIndex(p => p.StationId);
}

internal sealed class ServicePointFacilityConfiguration : IEntityTypeConfiguration<ServicePointFacility>
{
    public void Configure(EntityTypeBuilder<ServicePointFacility> builder)
    {
        builder.HasIndex(f => new { f.ServicePointId, f.Kind }).IsUnique();
        builder.HasOne<ServicePoint>().WithMany(p => p.Facilities).HasForeignKey(f => f.ServicePointId);
    }
}
