using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceDashboard.Web.Data.Configurations;

internal sealed class EvaluationRoundConfiguration : IEntityTypeConfiguration<EvaluationRound>
{
    public void Configure(EntityTypeBuilder<EvaluationRound> builder)
    {
        builder.HasIndex(r => r.Year);
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.HasMany(r => r.Team).WithOne().HasForeignKey(m => m.RoundId);
        builder.HasMany(r => r.Stations).WithOne().HasForeignKey(s => s.RoundId);
    }
}

internal sealed class EvaluationTeamMemberConfiguration : IEntityTypeConfiguration<EvaluationTeamMember>
{
    public void Configure(EntityTypeBuilder<EvaluationTeamMember> builder) => builder.HasKey(m => new { m.RoundId, m.UserName });
}

internal sealed class EvaluationRoundStationConfiguration : IEntityTypeConfiguration<EvaluationRoundStation>
{
    public void Configure(EntityTypeBuilder<EvaluationRoundStation> builder) => builder.HasKey(s => new { s.RoundId, s.StationId });
}

internal sealed class SamplingDrawConfiguration : IEntityTypeConfiguration<SamplingDraw>
{
    public void Configure(EntityTypeBuilder<SamplingDraw> builder)
    {
        builder.HasIndex(d => d.RoundId);
        builder.HasOne<EvaluationRound>().WithMany().HasForeignKey(d => d.RoundId);
    }
}
