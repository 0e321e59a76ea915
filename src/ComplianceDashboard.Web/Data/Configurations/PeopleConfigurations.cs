using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceDashboard.Web.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder) => builder.HasIndex(p => p.StationId);
}

internal sealed class PostAssignmentConfiguration : IEntityTypeConfiguration<PostAssignment>
{
    public void Configure(EntityTypeBuilder<PostAssignment> builder)
    {
        builder.HasIndex(a => new { a.ServicePointId, a.Role });
        builder.HasIndex(a => a.PersonId);
    }
}

internal sealed class SupervisorAppointmentConfiguration : IEntityTypeConfiguration<SupervisorAppointment>
{
    public void Configure(EntityTypeBuilder<SupervisorAppointment> builder) => builder.HasIndex(a => a.PersonId);
}

internal sealed class ProjectSupervisorConfiguration : IEntityTypeConfiguration<ProjectSupervisor>
{
    public void Configure(EntityTypeBuilder<ProjectSupervisor> builder)
    {
        builder.HasIndex(p => p.StationId);
        builder.HasIndex(p => p.PersonId);
        builder.HasOne<Station>().WithMany().HasForeignKey(p => p.StationId);
        builder.Property(p => p.ProjectName).HasMaxLength(100);
        builder.Property(p => p.Note).HasMaxLength(500);
    }
}

internal sealed class DismissalCaseConfiguration : IEntityTypeConfiguration<DismissalCase>
{
    public void Configure(EntityTypeBuilder<DismissalCase> builder) => builder.HasIndex(d => d.PersonId);
}
