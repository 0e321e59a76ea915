using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceDashboard.Web.Data.Configurations;

internal sealed class IntegritySignalRowConfiguration : IEntityTypeConfiguration<IntegritySignalRow>
{
    public void Configure(EntityTypeBuilder<IntegritySignalRow> builder)
    {
        builder.HasIndex(s => new { s.StationId, s.Year });
        builder.HasIndex(s => s.Key);
        // Rows computed before explanations were stored as templates keep "" (shown in Chinese until recomputed).
        builder.Property(s => s.ExplanationTemplate).HasDefaultValue("");
        builder.Property(s => s.ExplanationArgs).HasDefaultValue("");
        builder.BelongsToStation();
    }
}

internal sealed class IntegrityExplanationConfiguration : IEntityTypeConfiguration<IntegrityExplanation>
{
    public void Configure(EntityTypeBuilder<IntegrityExplanation> builder)
    {
        builder.HasIndex(e => e.SignalKey);
        builder.HasIndex(e => e.StationId);
        builder.Property(e => e.Reason).HasMaxLength(1000);
    }
}
