using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceDashboard.Web.Data.Configurations;

internal sealed class GradeSnapshotConfiguration : IEntityTypeConfiguration<GradeSnapshot>
{
    public void Configure(EntityTypeBuilder<GradeSnapshot> builder)
    {
        builder.HasIndex(s => new { s.StationId, s.Year, s.IsLatest });
        builder.HasIndex(s => new { s.Year, s.IsLatest });
    }
}

internal sealed class StationMonthStatConfiguration : IEntityTypeConfiguration<StationMonthStat>
{
    public void Configure(EntityTypeBuilder<StationMonthStat> builder)
    {
        builder.HasKey(s => new { s.StationId, s.Year, s.Month });
        builder.HasIndex(s => new { s.Year, s.Month });
        builder.BelongsToStation();
    }
}

internal sealed class GradeFinalizationConfiguration : IEntityTypeConfiguration<GradeFinalization>
{
    public void Configure(EntityTypeBuilder<GradeFinalization> builder)
    {
        builder.HasIndex(f => new { f.StationId, f.Year });
        builder.Ignore(f => f.IsActive);
    }
}
