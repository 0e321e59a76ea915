using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceDashboard.Web.Data.Configurations;

internal sealed class OnSiteFindingConfiguration : IEntityTypeConfiguration<OnSiteFinding>
{
    public void Configure(EntityTypeBuilder<OnSiteFinding> builder)
    {
        builder.HasIndex(f => new { f.RoundId, f.StationId });
        builder.HasOne<EvaluationRound>().WithMany().HasForeignKey(f => f.RoundId);
        builder.HasOne<Station>().WithMany().HasForeignKey(f => f.StationId);
    }
}

internal sealed class ExpertAdjustmentConfiguration : IEntityTypeConfiguration<ExpertAdjustment>
{
    public void Configure(EntityTypeBuilder<ExpertAdjustment> builder)
    {
        builder.HasIndex(a => new { a.RoundId, a.StationId, a.ItemCode }).IsUnique();
        builder.Property(a => a.ItemCode).HasMaxLength(10);
        builder.HasOne<EvaluationRound>().WithMany().HasForeignKey(a => a.RoundId);
        builder.HasOne<Station>().WithMany().HasForeignKey(a => a.StationId);
    }
}

internal sealed class StationAssessmentConfiguration : IEntityTypeConfiguration<StationAssessment>
{
    public void Configure(EntityTypeBuilder<StationAssessment> builder)
    {
        builder.HasKey(a => new { a.RoundId, a.StationId });
        builder.HasOne<EvaluationRound>().WithMany().HasForeignKey(a => a.RoundId);
        builder.HasOne<Station>().WithMany().HasForeignKey(a => a.StationId);
    }
}

internal sealed class CorrectiveActionConfiguration : IEntityTypeConfiguration<CorrectiveAction>
{
    public void Configure(EntityTypeBuilder<CorrectiveAction> builder)
    {
        builder.HasIndex(a => new { a.RoundId, a.StationId });
        builder.Property(a => a.Description).HasMaxLength(1000);
        builder.HasOne<EvaluationRound>().WithMany().HasForeignKey(a => a.RoundId);
        builder.HasOne<Station>().WithMany().HasForeignKey(a => a.StationId);
    }
}
