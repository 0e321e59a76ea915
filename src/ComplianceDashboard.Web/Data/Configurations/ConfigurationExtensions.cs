using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceDashboard.Web.Data.Configurations;

/// <summary>Column rules that several configurations share.</summary>
internal static class ConfigurationExtensions
{
    /// <summary>The longest user name a "who did it" column keeps.</summary>
    public const int UserNameLength = 100;

    /// <summary>Columns that name the user who recorded, scored, submitted or finalised something.</summary>
    public static void HasUserNameColumns<T>(this EntityTypeBuilder<T> builder, params Expression<Func<T, string?>>[] columns) where T : class
    {
        foreach (var column in columns)
            builder.Property(column).HasMaxLength(UserNameLength);
    }

    /// <summary>
    /// A part of a 业扩 application goes with its application (required, cascade). <paramref name="parts"/> is the
    /// application's collection of these parts, when it has one.
    /// </summary>
    public static void BelongsToApplication<T>(this EntityTypeBuilder<T> builder, Expression<Func<ConnectionApplication, IEnumerable<T>?>>? parts = null)
        where T : ConnectionApplicationPart
    {
        builder.HasOne(p => p.Application).WithMany(parts).HasForeignKey(p => p.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }

    /// <summary>A record about a competition entry: found by its entry, goes with it, names who recorded it.</summary>
    public static void IsRecordedForEntry<T>(this EntityTypeBuilder<T> builder) where T : CompetitionEntryRecord
    {
        builder.HasIndex(r => r.EntryId);
        builder.HasUserNameColumns(r => r.RecordedBy);
        builder.HasOne<CompetitionEntry>().WithMany().HasForeignKey(r => r.EntryId).OnDelete(DeleteBehavior.Cascade);
    }

    /// <summary>A station's monthly row goes with its station (required, cascade).</summary>
    public static void BelongsToStation<T>(this EntityTypeBuilder<T> builder) where T : StationMonthEntity
    {
        builder.HasOne<Station>().WithMany().HasForeignKey(r => r.StationId).OnDelete(DeleteBehavior.Cascade);
    }

    /// <summary>The two owners of a round's row about one station: the round and the station (required, cascade).</summary>
    public static void BelongsToRoundAndStation<T>(this EntityTypeBuilder<T> builder) where T : RoundStationEntity
    {
        builder.HasOne<EvaluationRound>().WithMany().HasForeignKey(r => r.RoundId);
        builder.HasOne<Station>().WithMany().HasForeignKey(r => r.StationId);
    }
}
