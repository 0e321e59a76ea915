using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceDashboard.Web.Data.Configurations;

internal sealed class CompetitionUnitConfiguration : IEntityTypeConfiguration<CompetitionUnit>
{
    public void Configure(EntityTypeBuilder<CompetitionUnit> builder)
    {
        builder.Property(u => u.Name).HasMaxLength(100);
        builder.HasIndex(u => u.Name).IsUnique();
        builder.HasIndex(u => u.StationId);
        builder.HasOne(u => u.Station).WithMany().HasForeignKey(u => u.StationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(u => u.Schemes).WithOne().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CompetitionUnitSchemeConfiguration : IEntityTypeConfiguration<CompetitionUnitScheme>
{
    public void Configure(EntityTypeBuilder<CompetitionUnitScheme> builder)
    {
        builder.HasKey(s => new { s.UnitId, s.SchemeCode });
        builder.Property(s => s.SchemeCode).HasMaxLength(40);
    }
}

internal sealed class CompetitionRoundConfiguration : IEntityTypeConfiguration<CompetitionRound>
{
    public void Configure(EntityTypeBuilder<CompetitionRound> builder)
    {
        builder.Property(r => r.SchemeCode).HasMaxLength(40);
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.HasUserNameColumns(r => r.CreatedBy, r => r.DrawnBy, r => r.FinalisedBy);
        builder.HasIndex(r => new { r.SchemeCode, r.Year });
        builder.HasMany(r => r.Entries).WithOne(e => e.Round).HasForeignKey(e => e.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CompetitionEntryConfiguration : IEntityTypeConfiguration<CompetitionEntry>
{
    public void Configure(EntityTypeBuilder<CompetitionEntry> builder)
    {
        builder.HasIndex(e => new { e.RoundId, e.UnitId }).IsUnique();
        builder.Property(e => e.SelfCheckSummary).HasMaxLength(2000);
        builder.HasUserNameColumns(e => e.SelfSubmittedBy);
        builder.HasOne(e => e.Unit).WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Scores).WithOne().HasForeignKey(s => s.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CompetitionScoreConfiguration : IEntityTypeConfiguration<CompetitionScore>
{
    public void Configure(EntityTypeBuilder<CompetitionScore> builder)
    {
        builder.HasIndex(s => new { s.EntryId, s.ItemCode }).IsUnique();
        builder.Property(s => s.ItemCode).HasMaxLength(20);
        builder.Property(s => s.SelfNote).HasMaxLength(1000);
        builder.Property(s => s.Reason).HasMaxLength(1000);
        builder.HasUserNameColumns(s => s.ScoredBy);
    }
}

internal sealed class CompetitionOpinionConfiguration : IEntityTypeConfiguration<CompetitionOpinion>
{
    public void Configure(EntityTypeBuilder<CompetitionOpinion> builder)
    {
        builder.IsRecordedForEntry();
        builder.Property(o => o.Person).HasMaxLength(100);
        builder.Property(o => o.Text).HasMaxLength(1000);
    }
}

internal sealed class HotlineSpotCheckConfiguration : IEntityTypeConfiguration<HotlineSpotCheck>
{
    public void Configure(EntityTypeBuilder<HotlineSpotCheck> builder)
    {
        builder.IsRecordedForEntry();
        builder.Property(h => h.Findings).HasMaxLength(1000);
    }
}

internal sealed class FulfilmentFigureConfiguration : IEntityTypeConfiguration<FulfilmentFigure>
{
    public void Configure(EntityTypeBuilder<FulfilmentFigure> builder)
    {
        builder.HasIndex(f => new { f.UnitId, f.Year, f.Month, f.RowNumber }).IsUnique();
        builder.HasUserNameColumns(f => f.UpdatedBy);
        builder.HasOne<CompetitionUnit>().WithMany().HasForeignKey(f => f.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}
