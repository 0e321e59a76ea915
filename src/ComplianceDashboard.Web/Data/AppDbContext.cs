using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Web.Data.Entities;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using EvidenceRecord = ComplianceDashboard.Web.Data.Entities.EvidenceRecord;
using EmergingProblem = ComplianceDashboard.Web.Data.Entities.EmergingProblem;
using PostAssignment = ComplianceDashboard.Web.Data.Entities.PostAssignment;
using SupervisorAppointment = ComplianceDashboard.Web.Data.Entities.SupervisorAppointment;
using DismissalCase = ComplianceDashboard.Web.Data.Entities.DismissalCase;
using GroupMembership = ComplianceDashboard.Web.Data.Entities.GroupMembership;
using ResponsibilityList = ComplianceDashboard.Web.Data.Entities.ResponsibilityList;

namespace ComplianceDashboard.Web.Data;

public class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<Station> Stations => Set<Station>();
    public DbSet<ServicePoint> ServicePoints => Set<ServicePoint>();
    public DbSet<ServicePointFacility> ServicePointFacilities => Set<ServicePointFacility>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PostAssignment> PostAssignments => Set<PostAssignment>();
    public DbSet<SupervisorAppointment> SupervisorAppointments => Set<SupervisorAppointment>();
    public DbSet<ProjectSupervisor> ProjectSupervisors => Set<ProjectSupervisor>();
    public DbSet<DismissalCase> DismissalCases => Set<DismissalCase>();
    public DbSet<GroupMembership> GroupMemberships => Set<GroupMembership>();
    public DbSet<ResponsibilityList> ResponsibilityLists => Set<ResponsibilityList>();
    public DbSet<EvidenceRecord> Records => Set<EvidenceRecord>();
    public DbSet<MeetingAttendance> MeetingAttendances => Set<MeetingAttendance>();
    public DbSet<EmergingProblem> EmergingProblems => Set<EmergingProblem>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<RecordChange> RecordChanges => Set<RecordChange>();
    public DbSet<GradeSnapshot> GradeSnapshots => Set<GradeSnapshot>();
    public DbSet<StationMonthStat> StationMonthStats => Set<StationMonthStat>();
    public DbSet<JobRun> JobRuns => Set<JobRun>();
    public DbSet<JobRunBatch> JobRunBatches => Set<JobRunBatch>();
    public DbSet<GradeFinalization> GradeFinalizations => Set<GradeFinalization>();
    public DbSet<EvaluationRound> EvaluationRounds => Set<EvaluationRound>();
    public DbSet<EvaluationTeamMember> EvaluationTeamMembers => Set<EvaluationTeamMember>();
    public DbSet<EvaluationRoundStation> EvaluationRoundStations => Set<EvaluationRoundStation>();
    public DbSet<SamplingDraw> SamplingDraws => Set<SamplingDraw>();
    public DbSet<OnSiteFinding> OnSiteFindings => Set<OnSiteFinding>();
    public DbSet<ExpertAdjustment> ExpertAdjustments => Set<ExpertAdjustment>();
    public DbSet<StationAssessment> StationAssessments => Set<StationAssessment>();
    public DbSet<CorrectiveAction> CorrectiveActions => Set<CorrectiveAction>();
    public DbSet<UserStationScope> UserStationScopes => Set<UserStationScope>();
    public DbSet<SignInAudit> SignInAudits => Set<SignInAudit>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no decimal type; scores are small numbers with at most one decimal place.
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
        // Enums as text so the database reads plainly for a county IT person.
        configurationBuilder.Properties<RecordKind>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<VenueType>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<FacilityKind>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<PostRole>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<VacancyReason>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<DismissalGround>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<GroupRole>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<OutageType>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<EvaluationResult>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<AppointmentStatus>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<ReviewStatus>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<ChangeAction>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<JobRunStatus>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<EvaluationRoundStatus>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<CorrectiveActionType>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<CorrectiveActionStatus>().HaveConversion<string>().HaveMaxLength(40);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<Station>().HasIndex(s => s.Code).IsUnique();
        builder.Entity<ServicePoint>().HasIndex(p => p.StationId);
        builder.Entity<ServicePointFacility>().HasIndex(f => new { f.ServicePointId, f.Kind }).IsUnique();
        builder.Entity<ServicePointFacility>().HasOne<ServicePoint>().WithMany(p => p.Facilities).HasForeignKey(f => f.ServicePointId);
        builder.Entity<Person>().HasIndex(p => p.StationId);
        builder.Entity<PostAssignment>().HasIndex(a => new { a.ServicePointId, a.Role });
        builder.Entity<PostAssignment>().HasIndex(a => a.PersonId);
        builder.Entity<SupervisorAppointment>().HasIndex(a => a.PersonId);
        builder.Entity<ProjectSupervisor>(e =>
        {
            e.HasIndex(p => p.StationId);
            e.HasIndex(p => p.PersonId);
            e.HasOne<Station>().WithMany().HasForeignKey(p => p.StationId);
            e.Property(p => p.ProjectName).HasMaxLength(100);
            e.Property(p => p.Note).HasMaxLength(500);
        });
        builder.Entity<DismissalCase>().HasIndex(d => d.PersonId);
        builder.Entity<GroupMembership>().HasIndex(m => m.StationId);
        builder.Entity<GroupMembership>().HasOne<Station>().WithMany().HasForeignKey(m => m.StationId);
        builder.Entity<ResponsibilityList>().HasIndex(l => l.StationId);
        builder.Entity<ResponsibilityList>().HasOne<Station>().WithMany().HasForeignKey(l => l.StationId);

        builder.Entity<EvidenceRecord>(e =>
        {
            e.HasIndex(r => new { r.StationId, r.EventDate });
            e.HasIndex(r => new { r.StationId, r.Kind });
            e.Property(r => r.Title).HasMaxLength(200);
            // Deleted records keep their row and history but count nowhere (ADR-003).
            e.HasQueryFilter(r => !r.IsDeleted);
            e.HasOne(r => r.HandedOverBy).WithMany().HasForeignKey(r => r.HandedOverById).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(r => r.PresentMembers).WithOne().HasForeignKey(a => a.RecordId);
            e.HasMany(r => r.EmergingProblems).WithOne().HasForeignKey(p => p.RecordId);
            e.HasMany(r => r.Attachments).WithOne().HasForeignKey(a => a.RecordId);
        });
        builder.Entity<MeetingAttendance>().HasKey(a => new { a.RecordId, a.PersonId });
        builder.Entity<EmergingProblem>().Property(p => p.Description).HasMaxLength(500);
        builder.Entity<Attachment>().HasIndex(a => a.RecordId);
        builder.Entity<RecordChange>().HasIndex(c => new { c.RecordId, c.Version });
        builder.Entity<RecordChange>().HasIndex(c => c.ChangedAt);
        builder.Entity<RecordChange>().Property(c => c.Reason).HasMaxLength(500);

        builder.Entity<GradeSnapshot>(e =>
        {
            e.HasIndex(s => new { s.StationId, s.Year, s.IsLatest });
            e.HasIndex(s => new { s.Year, s.IsLatest });
        });
        builder.Entity<StationMonthStat>(e =>
        {
            e.HasKey(s => new { s.StationId, s.Year, s.Month });
            e.HasIndex(s => new { s.Year, s.Month });
            e.HasOne<Station>().WithMany().HasForeignKey(s => s.StationId);
        });
        builder.Entity<JobRun>().HasIndex(r => r.StartedAt);
        builder.Entity<JobRunBatch>(e =>
        {
            e.HasIndex(b => b.JobRunId);
            e.HasOne<JobRun>().WithMany().HasForeignKey(b => b.JobRunId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<GradeFinalization>(e =>
        {
            e.HasIndex(f => new { f.StationId, f.Year });
            e.Ignore(f => f.IsActive);
        });
        builder.Entity<EvaluationRound>(e =>
        {
            e.HasIndex(r => r.Year);
            e.Property(r => r.Name).HasMaxLength(200);
            e.HasMany(r => r.Team).WithOne().HasForeignKey(m => m.RoundId);
            e.HasMany(r => r.Stations).WithOne().HasForeignKey(s => s.RoundId);
        });
        builder.Entity<EvaluationTeamMember>().HasKey(m => new { m.RoundId, m.UserName });
        builder.Entity<EvaluationRoundStation>().HasKey(s => new { s.RoundId, s.StationId });
        builder.Entity<SamplingDraw>(e =>
        {
            e.HasIndex(d => d.RoundId);
            e.HasOne<EvaluationRound>().WithMany().HasForeignKey(d => d.RoundId);
        });
        builder.Entity<OnSiteFinding>(e =>
        {
            e.HasIndex(f => new { f.RoundId, f.StationId });
            e.HasOne<EvaluationRound>().WithMany().HasForeignKey(f => f.RoundId);
            e.HasOne<Station>().WithMany().HasForeignKey(f => f.StationId);
        });
        builder.Entity<ExpertAdjustment>(e =>
        {
            e.HasIndex(a => new { a.RoundId, a.StationId, a.ItemCode }).IsUnique();
            e.Property(a => a.ItemCode).HasMaxLength(10);
            e.HasOne<EvaluationRound>().WithMany().HasForeignKey(a => a.RoundId);
            e.HasOne<Station>().WithMany().HasForeignKey(a => a.StationId);
        });
        builder.Entity<StationAssessment>(e =>
        {
            e.HasKey(a => new { a.RoundId, a.StationId });
            e.HasOne<EvaluationRound>().WithMany().HasForeignKey(a => a.RoundId);
            e.HasOne<Station>().WithMany().HasForeignKey(a => a.StationId);
        });
        builder.Entity<CorrectiveAction>(e =>
        {
            e.HasIndex(a => new { a.RoundId, a.StationId });
            e.Property(a => a.Description).HasMaxLength(1000);
            e.HasOne<EvaluationRound>().WithMany().HasForeignKey(a => a.RoundId);
            e.HasOne<Station>().WithMany().HasForeignKey(a => a.StationId);
        });
        builder.Entity<UserStationScope>(e =>
        {
            e.HasKey(s => new { s.UserId, s.StationId });
            e.HasOne<AppUser>().WithMany(u => u.Stations).HasForeignKey(s => s.UserId);
            e.HasOne<Station>().WithMany().HasForeignKey(s => s.StationId);
        });
        builder.Entity<SignInAudit>().HasIndex(a => a.At);
    }
}
