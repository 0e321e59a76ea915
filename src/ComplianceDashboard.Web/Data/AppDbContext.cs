using ComplianceDashboard.Domain.Connections;
using ComplianceDashboard.Domain.Integrity;
using ComplianceDashboard.Domain.Supervision;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace ComplianceDashboard.Web.Data;

public class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>ASP.NET Core Data Protection's key ring (cookies, antiforgery), shared by every server.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

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
    public DbSet<IntegritySignalRow> IntegritySignals => Set<IntegritySignalRow>();
    public DbSet<IntegrityExplanation> IntegrityExplanations => Set<IntegrityExplanation>();
    public DbSet<CompetitionUnit> CompetitionUnits => Set<CompetitionUnit>();
    public DbSet<CompetitionUnitScheme> CompetitionUnitSchemes => Set<CompetitionUnitScheme>();
    public DbSet<CompetitionRound> CompetitionRounds => Set<CompetitionRound>();
    public DbSet<CompetitionEntry> CompetitionEntries => Set<CompetitionEntry>();
    public DbSet<CompetitionScore> CompetitionScores => Set<CompetitionScore>();
    public DbSet<CompetitionOpinion> CompetitionOpinions => Set<CompetitionOpinion>();
    public DbSet<HotlineSpotCheck> HotlineSpotChecks => Set<HotlineSpotCheck>();
    public DbSet<FulfilmentFigure> FulfilmentFigures => Set<FulfilmentFigure>();
    public DbSet<ConnectionApplication> ConnectionApplications => Set<ConnectionApplication>();
    public DbSet<ConnectionStageRecord> ConnectionStages => Set<ConnectionStageRecord>();
    public DbSet<ConnectionPause> ConnectionPauses => Set<ConnectionPause>();
    public DbSet<ConnectionCallBack> ConnectionCallBacks => Set<ConnectionCallBack>();
    public DbSet<ConnectionDutyRecord> ConnectionDutyRecords => Set<ConnectionDutyRecord>();
    public DbSet<CoordinationMeeting> CoordinationMeetings => Set<CoordinationMeeting>();
    public DbSet<CoordinationItem> CoordinationItems => Set<CoordinationItem>();
    public DbSet<CooperationDelay> CooperationDelays => Set<CooperationDelay>();
    public DbSet<ConnectionSheetFinalization> ConnectionSheetFinalizations => Set<ConnectionSheetFinalization>();
    public DbSet<ConnectionSheetLine> ConnectionSheetLines => Set<ConnectionSheetLine>();
    public DbSet<Holiday> Holidays => Set<Holiday>();
    public DbSet<SupervisionPlan> SupervisionPlans => Set<SupervisionPlan>();
    public DbSet<SupervisionTask> SupervisionTasks => Set<SupervisionTask>();
    public DbSet<SupervisionTaskStation> SupervisionTaskStations => Set<SupervisionTaskStation>();
    public DbSet<SupervisionTaskInspection> SupervisionTaskInspections => Set<SupervisionTaskInspection>();
    public DbSet<Finding> Findings => Set<Finding>();
    public DbSet<FindingRectification> FindingRectifications => Set<FindingRectification>();
    public DbSet<FindingAttachment> FindingAttachments => Set<FindingAttachment>();
    public DbSet<FindingStep> FindingSteps => Set<FindingStep>();
    public DbSet<ComplaintCase> ComplaintCases => Set<ComplaintCase>();
    public DbSet<CaseReporter> CaseReporters => Set<CaseReporter>();
    public DbSet<CaseStep> CaseSteps => Set<CaseStep>();
    public DbSet<MetricTarget> MetricTargets => Set<MetricTarget>();
    public DbSet<MeetingPack> MeetingPacks => Set<MeetingPack>();
    public DbSet<MeetingPackFile> MeetingPackFiles => Set<MeetingPackFile>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationSetting> NotificationSettings => Set<NotificationSetting>();
    public DbSet<MailLogEntry> MailLog => Set<MailLogEntry>();

    /// <summary>Every enum the model stores, each kept as its name (text of at most 40 characters), nullable or not.</summary>
    private static readonly Type[] EnumsStoredAsText =
    [
        // Records, people, grading, evaluation rounds
        typeof(RecordKind), typeof(VenueType), typeof(FacilityKind), typeof(PostRole), typeof(VacancyReason),
        typeof(DismissalGround), typeof(GroupRole), typeof(OutageType), typeof(EvaluationResult), typeof(AppointmentStatus),
        typeof(ReviewStatus), typeof(ChangeAction), typeof(JobRunStatus), typeof(EvaluationRoundStatus),
        typeof(CorrectiveActionType), typeof(CorrectiveActionStatus),
        // Competition (MD-2006)
        typeof(CompetitionUnitType), typeof(CompetitionRoundStatus), typeof(OpinionSource),
        // Connections (业扩) and the holiday table
        typeof(ConnectionClass), typeof(ConnectionStage), typeof(ConnectionDutyKind), typeof(FineKind), typeof(HolidayKind),
        // Supervision: findings, cases, metric targets
        typeof(FindingStatus), typeof(FindingSeverity), typeof(FindingCategory), typeof(RectificationEffect),
        typeof(CaseChannel), typeof(CaseStatus), typeof(CaseOutcome), typeof(TargetComparison),
        // Integrity signals and meeting packs
        typeof(SignalKind), typeof(MeetingPackStatus),
    ];

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no decimal type; scores are small numbers with at most one decimal place.
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
        if (Database.IsNpgsql())
        {
            // SQLite keeps a DateTime as written (text, no kind): UTC wall-clock values throughout the app. PostgreSQL keeps
            // them the same way ("timestamp without time zone"), so a value reads back exactly as on SQLite whatever its Kind.
            configurationBuilder.Properties<DateTime>().HaveColumnType("timestamp without time zone").HaveConversion<UnspecifiedKindConverter>();
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcOffsetConverter>(); // timestamptz takes offset 0 only
        }
        // Enums as text so the database reads plainly for a county IT person.
        foreach (var enumType in EnumsStoredAsText)
            configurationBuilder.Properties(enumType).HaveConversion<string>().HaveMaxLength(40);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // One IEntityTypeConfiguration<T> per entity in Data/Configurations/, grouped by feature.
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}

/// <summary>PostgreSQL: DateTime values go in and come out with Kind Unspecified, as SQLite returns them.</summary>
internal sealed class UnspecifiedKindConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
    v => DateTime.SpecifyKind(v, DateTimeKind.Unspecified), v => DateTime.SpecifyKind(v, DateTimeKind.Unspecified));

/// <summary>PostgreSQL: "timestamp with time zone" takes DateTimeOffset values at offset 0 only.</summary>
internal sealed class UtcOffsetConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, DateTimeOffset>(
    v => v.ToUniversalTime(), v => v);
