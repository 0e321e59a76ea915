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

    /// <summary>The two owners of a round's row about one station: the round and the station (required, cascade).</summary>
    public static void BelongsToRoundAndStation<T>(this EntityTypeBuilder<T> builder) where T : RoundStationEntity
    {
        builder.HasOne<EvaluationRound>().WithMany().HasForeignKey(r => r.RoundId);
        builder.HasOne<Station>().WithMany().HasForeignKey(r => r.StationId);
    }
}
