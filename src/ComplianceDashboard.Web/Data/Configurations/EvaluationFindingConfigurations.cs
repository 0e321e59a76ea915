using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceDashboard.Web.Data.Configurations;

internal sealed class OnSiteFindingConfiguration : IEntityTypeConfiguration<OnSiteFinding>
{
    public void Configure(EntityTypeBuilder<OnSiteFinding> builder)
    {
        builder.HasIndex(f => new { f.RoundId, f.StationId });
        builder.BelongsToRoundAndStation();
    }
}

internal sealed class ExpertAdjustmentConfiguration : IEntityTypeConfiguration<ExpertAdjustment>
{
    public void Configure(EntityTypeBuilder<ExpertAdjustment> builder)
    {
        builder.HasIndex(a => new { a.RoundId, a.StationId, a.ItemCode }).IsUnique();
        builder.Property(a => a.ItemCode).HasMaxLength(10);
        builder.BelongsToRoundAndStation();
    }
}

internal sealed class StationAssessmentConfiguration : IEntityTypeConfiguration<StationAssessment>
{
    public void Configure(EntityTypeBuilder<StationAssessment> builder)
    {
        builder.HasKey(a => new { a.RoundId, a.StationId });
        builder.BelongsToRoundAndStation();
    }
}

internal sealed class CorrectiveActionConfiguration : IEntityTypeConfiguration<CorrectiveAction>
{
    public void Configure(EntityTypeBuilder<CorrectiveAction> builder)
    {
        builder.HasIndex(a => new { a.RoundId, a.StationId });
        builder.Property(a => a.Description).HasMaxLength(1000);
        builder.BelongsToRoundAndStation();
    }
}
