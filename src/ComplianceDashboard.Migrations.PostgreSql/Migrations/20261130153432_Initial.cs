using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace ComplianceDashboard.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    DisplayName = table.Column<string>(type: "text", nullable: false),
                    IsDisabled = table.Column<bool>(type: "boolean", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CompetitionRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchemeCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SelfAssessmentDeadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DrawSeed = table.Column<int>(type: "integer", nullable: true),
                    DrawSize = table.Column<int>(type: "integer", nullable: true),
                    DrawnAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    DrawnBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    FinalisedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    FinalisedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetitionRounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ConnectionSheetFinalizations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    FinalizedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    FinalizedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConnectionSheetFinalizations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CoordinationMeetings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Chair = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Attendees = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Minutes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoordinationMeetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationRounds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    SchemeCode = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ExpertItemCodes = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationRounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Holidays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Holidays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "IntegrityExplanations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SignalKey = table.Column<string>(type: "text", nullable: false),
                    StationId = table.Column<int>(type: "integer", nullable: false),
                    ExplainedBy = table.Column<string>(type: "text", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ExplainedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntegrityExplanations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JobRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    JobName = table.Column<string>(type: "text", nullable: false),
                    Trigger = table.Column<string>(type: "text", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StationsTotal = table.Column<int>(type: "integer", nullable: false),
                    StationsDone = table.Column<int>(type: "integer", nullable: false),
                    StationsFailed = table.Column<int>(type: "integer", nullable: false),
                    Error = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MailLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    UserName = table.Column<string>(type: "text", nullable: false),
                    ToAddress = table.Column<string>(type: "text", nullable: false),
                    Subject = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ItemCount = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MailLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MeetingPacks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Quarter = table.Column<int>(type: "integer", nullable: false),
                    IsCounty = table.Column<bool>(type: "boolean", nullable: false),
                    StationIds = table.Column<string>(type: "text", nullable: false),
                    ScopeLabel = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Progress = table.Column<int>(type: "integer", nullable: false),
                    Error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingPacks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RecordChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordId = table.Column<long>(type: "bigint", nullable: false),
                    StationId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    ChangedBy = table.Column<string>(type: "text", nullable: false),
                    BeforeJson = table.Column<string>(type: "text", nullable: true),
                    AfterJson = table.Column<string>(type: "text", nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignInAudits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserName = table.Column<string>(type: "text", nullable: false),
                    Succeeded = table.Column<bool>(type: "boolean", nullable: false),
                    Detail = table.Column<string>(type: "text", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    RemoteIp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignInAudits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Stations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Township = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionPlans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ApprovedBy = table.Column<string>(type: "text", nullable: true),
                    ApprovedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    Key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StationId = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    Url = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    LeadDays = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    MailedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notifications_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NotificationSettings",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    EmailEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationSettings", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_NotificationSettings_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConnectionSheetLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FinalizationId = table.Column<long>(type: "bigint", nullable: false),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ApplicationNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Amount = table.Column<double>(type: "double precision", nullable: false),
                    Due = table.Column<DateOnly>(type: "date", nullable: true),
                    DaysOverdue = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ComplaintReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConnectionSheetLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConnectionSheetLines_ConnectionSheetFinalizations_Finalizat~",
                        column: x => x.FinalizationId,
                        principalTable: "ConnectionSheetFinalizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationTeamMembers",
                columns: table => new
                {
                    RoundId = table.Column<long>(type: "bigint", nullable: false),
                    UserName = table.Column<string>(type: "text", nullable: false),
                    DisplayName = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationTeamMembers", x => new { x.RoundId, x.UserName });
                    table.ForeignKey(
                        name: "FK_EvaluationTeamMembers_EvaluationRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "EvaluationRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SamplingDraws",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<long>(type: "bigint", nullable: false),
                    Seed = table.Column<int>(type: "integer", nullable: false),
                    SampleSize = table.Column<int>(type: "integer", nullable: false),
                    Stratified = table.Column<bool>(type: "boolean", nullable: false),
                    CandidateIds = table.Column<string>(type: "text", nullable: false),
                    Bands = table.Column<string>(type: "text", nullable: false),
                    ResultIds = table.Column<string>(type: "text", nullable: false),
                    DrawnAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    DrawnBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SamplingDraws", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SamplingDraws_EvaluationRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "EvaluationRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JobRunBatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    JobRunId = table.Column<long>(type: "bigint", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    FirstStationId = table.Column<int>(type: "integer", nullable: false),
                    LastStationId = table.Column<int>(type: "integer", nullable: false),
                    Stations = table.Column<int>(type: "integer", nullable: false),
                    Done = table.Column<int>(type: "integer", nullable: false),
                    Failed = table.Column<int>(type: "integer", nullable: false),
                    Error = table.Column<string>(type: "text", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobRunBatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JobRunBatches_JobRuns_JobRunId",
                        column: x => x.JobRunId,
                        principalTable: "JobRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingPackFiles",
                columns: table => new
                {
                    PackId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingPackFiles", x => new { x.PackId, x.Kind });
                    table.ForeignKey(
                        name: "FK_MeetingPackFiles_MeetingPacks_PackId",
                        column: x => x.PackId,
                        principalTable: "MeetingPacks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CompetitionUnits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StationId = table.Column<int>(type: "integer", nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetitionUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompetitionUnits_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConnectionApplications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Customer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Class = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StationId = table.Column<int>(type: "integer", nullable: false),
                    IsKeyProject = table.Column<bool>(type: "boolean", nullable: false),
                    IsImportantCustomer = table.Column<bool>(type: "boolean", nullable: false),
                    Received = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ComplaintReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConnectionApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConnectionApplications_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConnectionDutyRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StationId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConnectionDutyRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConnectionDutyRecords_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CorrectiveActions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<long>(type: "bigint", nullable: false),
                    StationId = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Owner = table.Column<string>(type: "text", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    VerificationNote = table.Column<string>(type: "text", nullable: false),
                    Verified = table.Column<bool>(type: "boolean", nullable: true),
                    VerifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    VerifiedNote = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CorrectiveActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CorrectiveActions_EvaluationRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "EvaluationRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CorrectiveActions_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationRoundStations",
                columns: table => new
                {
                    RoundId = table.Column<long>(type: "bigint", nullable: false),
                    StationId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationRoundStations", x => new { x.RoundId, x.StationId });
                    table.ForeignKey(
                        name: "FK_EvaluationRoundStations_EvaluationRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "EvaluationRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EvaluationRoundStations_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExpertAdjustments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<long>(type: "bigint", nullable: false),
                    StationId = table.Column<int>(type: "integer", nullable: false),
                    ItemCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Points = table.Column<double>(type: "double precision", nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: false),
                    AdjustedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    AdjustedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExpertAdjustments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExpertAdjustments_EvaluationRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "EvaluationRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExpertAdjustments_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GradeFinalizations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StationId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    SnapshotId = table.Column<long>(type: "bigint", nullable: false),
                    Total = table.Column<double>(type: "double precision", nullable: false),
                    GradeCode = table.Column<string>(type: "text", nullable: false),
                    FinalizedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    FinalizedBy = table.Column<string>(type: "text", nullable: false),
                    RoundId = table.Column<long>(type: "bigint", nullable: true),
                    GradeLabel = table.Column<string>(type: "text", nullable: false),
                    ComputedTotal = table.Column<double>(type: "double precision", nullable: false),
                    AdjustmentsJson = table.Column<string>(type: "text", nullable: false),
                    ReopenedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    ReopenedBy = table.Column<string>(type: "text", nullable: true),
                    ReopenReason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GradeFinalizations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GradeFinalizations_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GradeSnapshots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StationId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    SchemeCode = table.Column<string>(type: "text", nullable: false),
                    SchemeVersion = table.Column<string>(type: "text", nullable: false),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    IsFinal = table.Column<bool>(type: "boolean", nullable: false),
                    IsLatest = table.Column<bool>(type: "boolean", nullable: false),
                    ComputedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    JobRunId = table.Column<long>(type: "bigint", nullable: true),
                    BaseScore = table.Column<double>(type: "double precision", nullable: false),
                    BonusScore = table.Column<double>(type: "double precision", nullable: false),
                    Total = table.Column<double>(type: "double precision", nullable: false),
                    GradeCode = table.Column<string>(type: "text", nullable: false),
                    GradeLabel = table.Column<string>(type: "text", nullable: false),
                    ContentHash = table.Column<string>(type: "text", nullable: false),
                    ItemsJson = table.Column<string>(type: "text", nullable: false),
                    CalendarJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GradeSnapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GradeSnapshots_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IntegritySignals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StationId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Strength = table.Column<double>(type: "double precision", nullable: false),
                    Explanation = table.Column<string>(type: "text", nullable: false),
                    ExplanationTemplate = table.Column<string>(type: "text", nullable: false, defaultValue: ""),
                    ExplanationArgs = table.Column<string>(type: "text", nullable: false, defaultValue: ""),
                    RecordIds = table.Column<string>(type: "text", nullable: false),
                    ComputedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntegritySignals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IntegritySignals_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MetricTargets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StationId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Metric = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Comparison = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Target = table.Column<double>(type: "double precision", nullable: false),
                    Actual = table.Column<double>(type: "double precision", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MetricTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MetricTargets_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OnSiteFindings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<long>(type: "bigint", nullable: false),
                    StationId = table.Column<int>(type: "integer", nullable: false),
                    FoundOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Evaluator = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnSiteFindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnSiteFindings_EvaluationRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "EvaluationRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OnSiteFindings_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StationId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    JobTitle = table.Column<string>(type: "text", nullable: false),
                    Phone = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                    table.ForeignKey(
                        name: "FK_People_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResponsibilityLists",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StationId = table.Column<int>(type: "integer", nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResponsibilityLists", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResponsibilityLists_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServicePoints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StationId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Village = table.Column<string>(type: "text", nullable: false),
                    Venue = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OffersConsultation = table.Column<bool>(type: "boolean", nullable: false),
                    OffersQuery = table.Column<bool>(type: "boolean", nullable: false),
                    OffersBillPayment = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServicePoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServicePoints_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StationAssessments",
                columns: table => new
                {
                    RoundId = table.Column<long>(type: "bigint", nullable: false),
                    StationId = table.Column<int>(type: "integer", nullable: false),
                    Opinion = table.Column<string>(type: "text", nullable: false),
                    Suggestions = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StationAssessments", x => new { x.RoundId, x.StationId });
                    table.ForeignKey(
                        name: "FK_StationAssessments_EvaluationRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "EvaluationRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StationAssessments_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StationMonthStats",
                columns: table => new
                {
                    StationId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Due = table.Column<int>(type: "integer", nullable: false),
                    OnTime = table.Column<int>(type: "integer", nullable: false),
                    Late = table.Column<int>(type: "integer", nullable: false),
                    Missing = table.Column<int>(type: "integer", nullable: false),
                    Pending = table.Column<int>(type: "integer", nullable: false),
                    RiskDeduction = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StationMonthStats", x => new { x.StationId, x.Year, x.Month });
                    table.ForeignKey(
                        name: "FK_StationMonthStats_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UserStationScopes",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    StationId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserStationScopes", x => new { x.UserId, x.StationId });
                    table.ForeignKey(
                        name: "FK_UserStationScopes_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_UserStationScopes_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionTasks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<long>(type: "bigint", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Owner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupervisionTasks_SupervisionPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "SupervisionPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CompetitionEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    SelfCheckSummary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SelfSubmittedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    SelfSubmittedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DrawOrder = table.Column<int>(type: "integer", nullable: true),
                    FinalTotal = table.Column<double>(type: "double precision", nullable: true),
                    FinalRank = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetitionEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompetitionEntries_CompetitionRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "CompetitionRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CompetitionEntries_CompetitionUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "CompetitionUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CompetitionUnitSchemes",
                columns: table => new
                {
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    SchemeCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetitionUnitSchemes", x => new { x.UnitId, x.SchemeCode });
                    table.ForeignKey(
                        name: "FK_CompetitionUnitSchemes_CompetitionUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "CompetitionUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FulfilmentFigures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    RowNumber = table.Column<int>(type: "integer", nullable: false),
                    Rate = table.Column<double>(type: "double precision", nullable: true),
                    Total = table.Column<int>(type: "integer", nullable: true),
                    Unmet = table.Column<int>(type: "integer", nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FulfilmentFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FulfilmentFigures_CompetitionUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "CompetitionUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConnectionCallBacks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<long>(type: "bigint", nullable: false),
                    Stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Result = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Opinion = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConnectionCallBacks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConnectionCallBacks_ConnectionApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "ConnectionApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConnectionPauses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<long>(type: "bigint", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConnectionPauses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConnectionPauses_ConnectionApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "ConnectionApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConnectionStages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<long>(type: "bigint", nullable: false),
                    Stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: true),
                    Finish = table.Column<DateOnly>(type: "date", nullable: true),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConnectionStages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConnectionStages_ConnectionApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "ConnectionApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CooperationDelays",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<long>(type: "bigint", nullable: false),
                    Stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Decision = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ComplaintReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CooperationDelays", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CooperationDelays_ConnectionApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "ConnectionApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CoordinationItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeetingId = table.Column<long>(type: "bigint", nullable: false),
                    ApplicationId = table.Column<long>(type: "bigint", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoordinationItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoordinationItems_ConnectionApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "ConnectionApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CoordinationItems_CoordinationMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "CoordinationMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DismissalCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    Ground = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    GroundOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DismissedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DismissalCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DismissalCases_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GroupMemberships",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StationId = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IsPartySecretary = table.Column<bool>(type: "boolean", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupMemberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GroupMemberships_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GroupMemberships_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectSupervisors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StationId = table.Column<int>(type: "integer", nullable: false),
                    ProjectName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectSupervisors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectSupervisors_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProjectSupervisors_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupervisorAppointments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SelfNominated = table.Column<bool>(type: "boolean", nullable: false),
                    RecommendedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DocumentNo = table.Column<string>(type: "text", nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TermStart = table.Column<DateOnly>(type: "date", nullable: false),
                    TermEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    ConsecutiveTerm = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisorAppointments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupervisorAppointments_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PostAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    ServicePointId = table.Column<int>(type: "integer", nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PostAssignments_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PostAssignments_ServicePoints_ServicePointId",
                        column: x => x.ServicePointId,
                        principalTable: "ServicePoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Records",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StationId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EventDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ForPeriod = table.Column<DateOnly>(type: "date", nullable: true),
                    ServicePointId = table.Column<int>(type: "integer", nullable: true),
                    PersonId = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    HandedOverById = table.Column<int>(type: "integer", nullable: true),
                    Acknowledged = table.Column<bool>(type: "boolean", nullable: false),
                    EvaluationResult = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    MajorDecisionCount = table.Column<int>(type: "integer", nullable: false),
                    Attendees = table.Column<int>(type: "integer", nullable: false),
                    OutageType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    OutageStart = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    AnswersProblemId = table.Column<long>(type: "bigint", nullable: true),
                    Attributable = table.Column<bool>(type: "boolean", nullable: false),
                    RecognisedByVillagers = table.Column<bool>(type: "boolean", nullable: false),
                    RecognisedByLeadership = table.Column<bool>(type: "boolean", nullable: false),
                    HasClearResults = table.Column<bool>(type: "boolean", nullable: false),
                    PromotedCompanyWide = table.Column<bool>(type: "boolean", nullable: false),
                    Review = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReviewNote = table.Column<string>(type: "text", nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    ReviewedBy = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Records", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Records_People_HandedOverById",
                        column: x => x.HandedOverById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Records_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Records_ServicePoints_ServicePointId",
                        column: x => x.ServicePointId,
                        principalTable: "ServicePoints",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Records_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServicePointFacilities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ServicePointId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServicePointFacilities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServicePointFacilities_ServicePoints_ServicePointId",
                        column: x => x.ServicePointId,
                        principalTable: "ServicePoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionTaskStations",
                columns: table => new
                {
                    TaskId = table.Column<long>(type: "bigint", nullable: false),
                    StationId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionTaskStations", x => new { x.TaskId, x.StationId });
                    table.ForeignKey(
                        name: "FK_SupervisionTaskStations_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SupervisionTaskStations_SupervisionTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "SupervisionTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CompetitionOpinions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EntryId = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Person = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Satisfied = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetitionOpinions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompetitionOpinions_CompetitionEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "CompetitionEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CompetitionScores",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EntryId = table.Column<int>(type: "integer", nullable: false),
                    ItemCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SelfPoints = table.Column<double>(type: "double precision", nullable: true),
                    SelfNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Points = table.Column<double>(type: "double precision", nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ScoredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ScoredAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetitionScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompetitionScores_CompetitionEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "CompetitionEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HotlineSpotChecks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EntryId = table.Column<int>(type: "integer", nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CallsChecked = table.Column<int>(type: "integer", nullable: false),
                    AnsweredWithinFourRings = table.Column<int>(type: "integer", nullable: false),
                    Findings = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HotlineSpotChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HotlineSpotChecks_CompetitionEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "CompetitionEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Attachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordId = table.Column<long>(type: "bigint", nullable: false),
                    FileName = table.Column<string>(type: "text", nullable: false),
                    ContentType = table.Column<string>(type: "text", nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "text", nullable: false),
                    StoragePath = table.Column<string>(type: "text", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attachments_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ComplaintCases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    StationId = table.Column<int>(type: "integer", nullable: true),
                    ConcernedPersonId = table.Column<int>(type: "integer", nullable: true),
                    ConcernedText = table.Column<string>(type: "text", nullable: false),
                    Handler = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AcceptBy = table.Column<DateOnly>(type: "date", nullable: false),
                    ConcludeBy = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Basis = table.Column<string>(type: "text", nullable: false),
                    ConcludedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FeedbackOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FeedbackNote = table.Column<string>(type: "text", nullable: false),
                    HigherReplyOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HigherReplyNote = table.Column<string>(type: "text", nullable: false),
                    RiskRecordId = table.Column<long>(type: "bigint", nullable: true),
                    AnonymousReporter = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplaintCases_People_ConcernedPersonId",
                        column: x => x.ConcernedPersonId,
                        principalTable: "People",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ComplaintCases_Records_RiskRecordId",
                        column: x => x.RiskRecordId,
                        principalTable: "Records",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ComplaintCases_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "EmergingProblems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordId = table.Column<long>(type: "bigint", nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CorrectedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmergingProblems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmergingProblems_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Findings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StationId = table.Column<int>(type: "integer", nullable: false),
                    ResponsiblePersonId = table.Column<int>(type: "integer", nullable: true),
                    ResponsibleName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    Severity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RequiredMeasure = table.Column<string>(type: "text", nullable: false),
                    FoundOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SourceRecordId = table.Column<long>(type: "bigint", nullable: true),
                    SourceOnSiteFindingId = table.Column<long>(type: "bigint", nullable: true),
                    TaskId = table.Column<long>(type: "bigint", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedBy = table.Column<string>(type: "text", nullable: true),
                    VerifierName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReopenCount = table.Column<int>(type: "integer", nullable: false),
                    Effect = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    EffectNote = table.Column<string>(type: "text", nullable: true),
                    EffectOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Findings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Findings_OnSiteFindings_SourceOnSiteFindingId",
                        column: x => x.SourceOnSiteFindingId,
                        principalTable: "OnSiteFindings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Findings_People_ResponsiblePersonId",
                        column: x => x.ResponsiblePersonId,
                        principalTable: "People",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Findings_Records_SourceRecordId",
                        column: x => x.SourceRecordId,
                        principalTable: "Records",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Findings_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Findings_SupervisionTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "SupervisionTasks",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "MeetingAttendances",
                columns: table => new
                {
                    RecordId = table.Column<long>(type: "bigint", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingAttendances", x => new { x.RecordId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_MeetingAttendances_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingAttendances_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionTaskInspections",
                columns: table => new
                {
                    TaskId = table.Column<long>(type: "bigint", nullable: false),
                    RecordId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionTaskInspections", x => new { x.TaskId, x.RecordId });
                    table.ForeignKey(
                        name: "FK_SupervisionTaskInspections_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SupervisionTaskInspections_SupervisionTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "SupervisionTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseReporters",
                columns: table => new
                {
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Contact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseReporters", x => x.CaseId);
                    table.ForeignKey(
                        name: "FK_CaseReporters_ComplaintCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "ComplaintCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseSteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "text", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    By = table.Column<string>(type: "text", nullable: false),
                    StateJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseSteps_ComplaintCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "ComplaintCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FindingAttachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FindingId = table.Column<long>(type: "bigint", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StoragePath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FindingAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FindingAttachments_Findings_FindingId",
                        column: x => x.FindingId,
                        principalTable: "Findings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FindingRectifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FindingId = table.Column<long>(type: "bigint", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Measures = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FindingRectifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FindingRectifications_Findings_FindingId",
                        column: x => x.FindingId,
                        principalTable: "Findings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FindingSteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FindingId = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "text", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    By = table.Column<string>(type: "text", nullable: false),
                    StateJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FindingSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FindingSteps_Findings_FindingId",
                        column: x => x.FindingId,
                        principalTable: "Findings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "Holidays",
                columns: new[] { "Date", "Kind", "Name" },
                values: new object[,]
                {
                    { new DateOnly(2024, 1, 1), "DayOff", "元旦" },
                    { new DateOnly(2024, 2, 4), "MakeUpWorkday", "春节" },
                    { new DateOnly(2024, 2, 10), "DayOff", "春节" },
                    { new DateOnly(2024, 2, 11), "DayOff", "春节" },
                    { new DateOnly(2024, 2, 12), "DayOff", "春节" },
                    { new DateOnly(2024, 2, 13), "DayOff", "春节" },
                    { new DateOnly(2024, 2, 14), "DayOff", "春节" },
                    { new DateOnly(2024, 2, 15), "DayOff", "春节" },
                    { new DateOnly(2024, 2, 16), "DayOff", "春节" },
                    { new DateOnly(2024, 2, 17), "DayOff", "春节" },
                    { new DateOnly(2024, 2, 18), "MakeUpWorkday", "春节" },
                    { new DateOnly(2024, 4, 4), "DayOff", "清明节" },
                    { new DateOnly(2024, 4, 5), "DayOff", "清明节" },
                    { new DateOnly(2024, 4, 6), "DayOff", "清明节" },
                    { new DateOnly(2024, 4, 7), "MakeUpWorkday", "清明节" },
                    { new DateOnly(2024, 4, 28), "MakeUpWorkday", "劳动节" },
                    { new DateOnly(2024, 5, 1), "DayOff", "劳动节" },
                    { new DateOnly(2024, 5, 2), "DayOff", "劳动节" },
                    { new DateOnly(2024, 5, 3), "DayOff", "劳动节" },
                    { new DateOnly(2024, 5, 4), "DayOff", "劳动节" },
                    { new DateOnly(2024, 5, 5), "DayOff", "劳动节" },
                    { new DateOnly(2024, 5, 11), "MakeUpWorkday", "劳动节" },
                    { new DateOnly(2024, 6, 10), "DayOff", "端午节" },
                    { new DateOnly(2024, 9, 14), "MakeUpWorkday", "中秋节" },
                    { new DateOnly(2024, 9, 15), "DayOff", "中秋节" },
                    { new DateOnly(2024, 9, 16), "DayOff", "中秋节" },
                    { new DateOnly(2024, 9, 17), "DayOff", "中秋节" },
                    { new DateOnly(2024, 9, 29), "MakeUpWorkday", "国庆节" },
                    { new DateOnly(2024, 10, 1), "DayOff", "国庆节" },
                    { new DateOnly(2024, 10, 2), "DayOff", "国庆节" },
                    { new DateOnly(2024, 10, 3), "DayOff", "国庆节" },
                    { new DateOnly(2024, 10, 4), "DayOff", "国庆节" },
                    { new DateOnly(2024, 10, 5), "DayOff", "国庆节" },
                    { new DateOnly(2024, 10, 6), "DayOff", "国庆节" },
                    { new DateOnly(2024, 10, 7), "DayOff", "国庆节" },
                    { new DateOnly(2024, 10, 12), "MakeUpWorkday", "国庆节" },
                    { new DateOnly(2025, 1, 1), "DayOff", "元旦" },
                    { new DateOnly(2025, 1, 26), "MakeUpWorkday", "春节" },
                    { new DateOnly(2025, 1, 28), "DayOff", "春节" },
                    { new DateOnly(2025, 1, 29), "DayOff", "春节" },
                    { new DateOnly(2025, 1, 30), "DayOff", "春节" },
                    { new DateOnly(2025, 1, 31), "DayOff", "春节" },
                    { new DateOnly(2025, 2, 1), "DayOff", "春节" },
                    { new DateOnly(2025, 2, 2), "DayOff", "春节" },
                    { new DateOnly(2025, 2, 3), "DayOff", "春节" },
                    { new DateOnly(2025, 2, 4), "DayOff", "春节" },
                    { new DateOnly(2025, 2, 8), "MakeUpWorkday", "春节" },
                    { new DateOnly(2025, 4, 4), "DayOff", "清明节" },
                    { new DateOnly(2025, 4, 5), "DayOff", "清明节" },
                    { new DateOnly(2025, 4, 6), "DayOff", "清明节" },
                    { new DateOnly(2025, 4, 27), "MakeUpWorkday", "劳动节" },
                    { new DateOnly(2025, 5, 1), "DayOff", "劳动节" },
                    { new DateOnly(2025, 5, 2), "DayOff", "劳动节" },
                    { new DateOnly(2025, 5, 3), "DayOff", "劳动节" },
                    { new DateOnly(2025, 5, 4), "DayOff", "劳动节" },
                    { new DateOnly(2025, 5, 5), "DayOff", "劳动节" },
                    { new DateOnly(2025, 5, 31), "DayOff", "端午节" },
                    { new DateOnly(2025, 6, 1), "DayOff", "端午节" },
                    { new DateOnly(2025, 6, 2), "DayOff", "端午节" },
                    { new DateOnly(2025, 9, 28), "MakeUpWorkday", "国庆节、中秋节" },
                    { new DateOnly(2025, 10, 1), "DayOff", "国庆节、中秋节" },
                    { new DateOnly(2025, 10, 2), "DayOff", "国庆节、中秋节" },
                    { new DateOnly(2025, 10, 3), "DayOff", "国庆节、中秋节" },
                    { new DateOnly(2025, 10, 4), "DayOff", "国庆节、中秋节" },
                    { new DateOnly(2025, 10, 5), "DayOff", "国庆节、中秋节" },
                    { new DateOnly(2025, 10, 6), "DayOff", "国庆节、中秋节" },
                    { new DateOnly(2025, 10, 7), "DayOff", "国庆节、中秋节" },
                    { new DateOnly(2025, 10, 8), "DayOff", "国庆节、中秋节" },
                    { new DateOnly(2025, 10, 11), "MakeUpWorkday", "国庆节、中秋节" },
                    { new DateOnly(2026, 1, 1), "DayOff", "元旦" },
                    { new DateOnly(2026, 1, 2), "DayOff", "元旦" },
                    { new DateOnly(2026, 1, 3), "DayOff", "元旦" },
                    { new DateOnly(2026, 1, 4), "MakeUpWorkday", "元旦" },
                    { new DateOnly(2026, 2, 14), "MakeUpWorkday", "春节" },
                    { new DateOnly(2026, 2, 15), "DayOff", "春节" },
                    { new DateOnly(2026, 2, 16), "DayOff", "春节" },
                    { new DateOnly(2026, 2, 17), "DayOff", "春节" },
                    { new DateOnly(2026, 2, 18), "DayOff", "春节" },
                    { new DateOnly(2026, 2, 19), "DayOff", "春节" },
                    { new DateOnly(2026, 2, 20), "DayOff", "春节" },
                    { new DateOnly(2026, 2, 21), "DayOff", "春节" },
                    { new DateOnly(2026, 2, 22), "DayOff", "春节" },
                    { new DateOnly(2026, 2, 23), "DayOff", "春节" },
                    { new DateOnly(2026, 2, 28), "MakeUpWorkday", "春节" },
                    { new DateOnly(2026, 4, 4), "DayOff", "清明节" },
                    { new DateOnly(2026, 4, 5), "DayOff", "清明节" },
                    { new DateOnly(2026, 4, 6), "DayOff", "清明节" },
                    { new DateOnly(2026, 5, 1), "DayOff", "劳动节" },
                    { new DateOnly(2026, 5, 2), "DayOff", "劳动节" },
                    { new DateOnly(2026, 5, 3), "DayOff", "劳动节" },
                    { new DateOnly(2026, 5, 4), "DayOff", "劳动节" },
                    { new DateOnly(2026, 5, 5), "DayOff", "劳动节" },
                    { new DateOnly(2026, 5, 9), "MakeUpWorkday", "劳动节" },
                    { new DateOnly(2026, 6, 19), "DayOff", "端午节" },
                    { new DateOnly(2026, 6, 20), "DayOff", "端午节" },
                    { new DateOnly(2026, 6, 21), "DayOff", "端午节" },
                    { new DateOnly(2026, 9, 20), "MakeUpWorkday", "中秋节" },
                    { new DateOnly(2026, 9, 25), "DayOff", "中秋节" },
                    { new DateOnly(2026, 9, 26), "DayOff", "中秋节" },
                    { new DateOnly(2026, 9, 27), "DayOff", "中秋节" },
                    { new DateOnly(2026, 10, 1), "DayOff", "国庆节" },
                    { new DateOnly(2026, 10, 2), "DayOff", "国庆节" },
                    { new DateOnly(2026, 10, 3), "DayOff", "国庆节" },
                    { new DateOnly(2026, 10, 4), "DayOff", "国庆节" },
                    { new DateOnly(2026, 10, 5), "DayOff", "国庆节" },
                    { new DateOnly(2026, 10, 6), "DayOff", "国庆节" },
                    { new DateOnly(2026, 10, 7), "DayOff", "国庆节" },
                    { new DateOnly(2026, 10, 10), "MakeUpWorkday", "国庆节" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_RecordId",
                table: "Attachments",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseSteps_CaseId_Version",
                table: "CaseSteps",
                columns: new[] { "CaseId", "Version" });

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionEntries_RoundId_UnitId",
                table: "CompetitionEntries",
                columns: new[] { "RoundId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionEntries_UnitId",
                table: "CompetitionEntries",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionOpinions_EntryId",
                table: "CompetitionOpinions",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionRounds_SchemeCode_Year",
                table: "CompetitionRounds",
                columns: new[] { "SchemeCode", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionScores_EntryId_ItemCode",
                table: "CompetitionScores",
                columns: new[] { "EntryId", "ItemCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionUnits_Name",
                table: "CompetitionUnits",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionUnits_StationId",
                table: "CompetitionUnits",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintCases_ConcernedPersonId",
                table: "ComplaintCases",
                column: "ConcernedPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintCases_Number",
                table: "ComplaintCases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintCases_RiskRecordId",
                table: "ComplaintCases",
                column: "RiskRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintCases_StationId",
                table: "ComplaintCases",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_ConnectionApplications_ClosedOn",
                table: "ConnectionApplications",
                column: "ClosedOn");

            migrationBuilder.CreateIndex(
                name: "IX_ConnectionApplications_Number",
                table: "ConnectionApplications",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConnectionApplications_StationId_Received",
                table: "ConnectionApplications",
                columns: new[] { "StationId", "Received" });

            migrationBuilder.CreateIndex(
                name: "IX_ConnectionCallBacks_ApplicationId",
                table: "ConnectionCallBacks",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ConnectionCallBacks_Date",
                table: "ConnectionCallBacks",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_ConnectionDutyRecords_StationId_Year_Month",
                table: "ConnectionDutyRecords",
                columns: new[] { "StationId", "Year", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_ConnectionPauses_ApplicationId",
                table: "ConnectionPauses",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ConnectionSheetFinalizations_Year_Month",
                table: "ConnectionSheetFinalizations",
                columns: new[] { "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConnectionSheetLines_FinalizationId",
                table: "ConnectionSheetLines",
                column: "FinalizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ConnectionStages_ApplicationId_Stage",
                table: "ConnectionStages",
                columns: new[] { "ApplicationId", "Stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CooperationDelays_ApplicationId",
                table: "CooperationDelays",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_CooperationDelays_Year_Month",
                table: "CooperationDelays",
                columns: new[] { "Year", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_CoordinationItems_ApplicationId",
                table: "CoordinationItems",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_CoordinationItems_MeetingId",
                table: "CoordinationItems",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_CoordinationMeetings_Date",
                table: "CoordinationMeetings",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_CorrectiveActions_RoundId_StationId",
                table: "CorrectiveActions",
                columns: new[] { "RoundId", "StationId" });

            migrationBuilder.CreateIndex(
                name: "IX_CorrectiveActions_StationId",
                table: "CorrectiveActions",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_DismissalCases_PersonId",
                table: "DismissalCases",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_EmergingProblems_RecordId",
                table: "EmergingProblems",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationRounds_Year",
                table: "EvaluationRounds",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationRoundStations_StationId",
                table: "EvaluationRoundStations",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_ExpertAdjustments_RoundId_StationId_ItemCode",
                table: "ExpertAdjustments",
                columns: new[] { "RoundId", "StationId", "ItemCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExpertAdjustments_StationId",
                table: "ExpertAdjustments",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_FindingAttachments_FindingId",
                table: "FindingAttachments",
                column: "FindingId");

            migrationBuilder.CreateIndex(
                name: "IX_FindingRectifications_FindingId",
                table: "FindingRectifications",
                column: "FindingId");

            migrationBuilder.CreateIndex(
                name: "IX_Findings_Deadline",
                table: "Findings",
                column: "Deadline");

            migrationBuilder.CreateIndex(
                name: "IX_Findings_ResponsiblePersonId",
                table: "Findings",
                column: "ResponsiblePersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Findings_SourceOnSiteFindingId",
                table: "Findings",
                column: "SourceOnSiteFindingId");

            migrationBuilder.CreateIndex(
                name: "IX_Findings_SourceRecordId",
                table: "Findings",
                column: "SourceRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_Findings_StationId_Status",
                table: "Findings",
                columns: new[] { "StationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Findings_TaskId",
                table: "Findings",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_FindingSteps_FindingId_Version",
                table: "FindingSteps",
                columns: new[] { "FindingId", "Version" });

            migrationBuilder.CreateIndex(
                name: "IX_FulfilmentFigures_UnitId_Year_Month_RowNumber",
                table: "FulfilmentFigures",
                columns: new[] { "UnitId", "Year", "Month", "RowNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GradeFinalizations_StationId_Year",
                table: "GradeFinalizations",
                columns: new[] { "StationId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_GradeSnapshots_StationId_Year_IsLatest",
                table: "GradeSnapshots",
                columns: new[] { "StationId", "Year", "IsLatest" });

            migrationBuilder.CreateIndex(
                name: "IX_GradeSnapshots_Year_IsLatest",
                table: "GradeSnapshots",
                columns: new[] { "Year", "IsLatest" });

            migrationBuilder.CreateIndex(
                name: "IX_GroupMemberships_PersonId",
                table: "GroupMemberships",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupMemberships_StationId",
                table: "GroupMemberships",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_HotlineSpotChecks_EntryId",
                table: "HotlineSpotChecks",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_IntegrityExplanations_SignalKey",
                table: "IntegrityExplanations",
                column: "SignalKey");

            migrationBuilder.CreateIndex(
                name: "IX_IntegrityExplanations_StationId",
                table: "IntegrityExplanations",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_IntegritySignals_Key",
                table: "IntegritySignals",
                column: "Key");

            migrationBuilder.CreateIndex(
                name: "IX_IntegritySignals_StationId_Year",
                table: "IntegritySignals",
                columns: new[] { "StationId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_JobRunBatches_JobRunId",
                table: "JobRunBatches",
                column: "JobRunId");

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_StartedAt",
                table: "JobRuns",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_MailLog_CreatedAt",
                table: "MailLog",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_MailLog_Key",
                table: "MailLog",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendances_PersonId",
                table: "MeetingAttendances",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingPacks_RequestedAt",
                table: "MeetingPacks",
                column: "RequestedAt");

            migrationBuilder.CreateIndex(
                name: "IX_MetricTargets_StationId_Year_Month_Metric",
                table: "MetricTargets",
                columns: new[] { "StationId", "Year", "Month", "Metric" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_Key",
                table: "Notifications",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_ReadAt",
                table: "Notifications",
                columns: new[] { "UserId", "ReadAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OnSiteFindings_RoundId_StationId",
                table: "OnSiteFindings",
                columns: new[] { "RoundId", "StationId" });

            migrationBuilder.CreateIndex(
                name: "IX_OnSiteFindings_StationId",
                table: "OnSiteFindings",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_People_StationId",
                table: "People",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_PostAssignments_PersonId",
                table: "PostAssignments",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_PostAssignments_ServicePointId_Role",
                table: "PostAssignments",
                columns: new[] { "ServicePointId", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectSupervisors_PersonId",
                table: "ProjectSupervisors",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectSupervisors_StationId",
                table: "ProjectSupervisors",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_RecordChanges_ChangedAt",
                table: "RecordChanges",
                column: "ChangedAt");

            migrationBuilder.CreateIndex(
                name: "IX_RecordChanges_RecordId_Version",
                table: "RecordChanges",
                columns: new[] { "RecordId", "Version" });

            migrationBuilder.CreateIndex(
                name: "IX_Records_HandedOverById",
                table: "Records",
                column: "HandedOverById");

            migrationBuilder.CreateIndex(
                name: "IX_Records_PersonId",
                table: "Records",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Records_ServicePointId",
                table: "Records",
                column: "ServicePointId");

            migrationBuilder.CreateIndex(
                name: "IX_Records_StationId_EventDate",
                table: "Records",
                columns: new[] { "StationId", "EventDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Records_StationId_Kind",
                table: "Records",
                columns: new[] { "StationId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_ResponsibilityLists_StationId",
                table: "ResponsibilityLists",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_SamplingDraws_RoundId",
                table: "SamplingDraws",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_ServicePointFacilities_ServicePointId_Kind",
                table: "ServicePointFacilities",
                columns: new[] { "ServicePointId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServicePoints_StationId",
                table: "ServicePoints",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_SignInAudits_At",
                table: "SignInAudits",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_StationAssessments_StationId",
                table: "StationAssessments",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_StationMonthStats_Year_Month",
                table: "StationMonthStats",
                columns: new[] { "Year", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_Stations_Code",
                table: "Stations",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionPlans_Year",
                table: "SupervisionPlans",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionTaskInspections_RecordId",
                table: "SupervisionTaskInspections",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionTasks_PlanId",
                table: "SupervisionTasks",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionTaskStations_StationId",
                table: "SupervisionTaskStations",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisorAppointments_PersonId",
                table: "SupervisorAppointments",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_UserStationScopes_StationId",
                table: "UserStationScopes",
                column: "StationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "Attachments");

            migrationBuilder.DropTable(
                name: "CaseReporters");

            migrationBuilder.DropTable(
                name: "CaseSteps");

            migrationBuilder.DropTable(
                name: "CompetitionOpinions");

            migrationBuilder.DropTable(
                name: "CompetitionScores");

            migrationBuilder.DropTable(
                name: "CompetitionUnitSchemes");

            migrationBuilder.DropTable(
                name: "ConnectionCallBacks");

            migrationBuilder.DropTable(
                name: "ConnectionDutyRecords");

            migrationBuilder.DropTable(
                name: "ConnectionPauses");

            migrationBuilder.DropTable(
                name: "ConnectionSheetLines");

            migrationBuilder.DropTable(
                name: "ConnectionStages");

            migrationBuilder.DropTable(
                name: "CooperationDelays");

            migrationBuilder.DropTable(
                name: "CoordinationItems");

            migrationBuilder.DropTable(
                name: "CorrectiveActions");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DismissalCases");

            migrationBuilder.DropTable(
                name: "EmergingProblems");

            migrationBuilder.DropTable(
                name: "EvaluationRoundStations");

            migrationBuilder.DropTable(
                name: "EvaluationTeamMembers");

            migrationBuilder.DropTable(
                name: "ExpertAdjustments");

            migrationBuilder.DropTable(
                name: "FindingAttachments");

            migrationBuilder.DropTable(
                name: "FindingRectifications");

            migrationBuilder.DropTable(
                name: "FindingSteps");

            migrationBuilder.DropTable(
                name: "FulfilmentFigures");

            migrationBuilder.DropTable(
                name: "GradeFinalizations");

            migrationBuilder.DropTable(
                name: "GradeSnapshots");

            migrationBuilder.DropTable(
                name: "GroupMemberships");

            migrationBuilder.DropTable(
                name: "Holidays");

            migrationBuilder.DropTable(
                name: "HotlineSpotChecks");

            migrationBuilder.DropTable(
                name: "IntegrityExplanations");

            migrationBuilder.DropTable(
                name: "IntegritySignals");

            migrationBuilder.DropTable(
                name: "JobRunBatches");

            migrationBuilder.DropTable(
                name: "MailLog");

            migrationBuilder.DropTable(
                name: "MeetingAttendances");

            migrationBuilder.DropTable(
                name: "MeetingPackFiles");

            migrationBuilder.DropTable(
                name: "MetricTargets");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "NotificationSettings");

            migrationBuilder.DropTable(
                name: "PostAssignments");

            migrationBuilder.DropTable(
                name: "ProjectSupervisors");

            migrationBuilder.DropTable(
                name: "RecordChanges");

            migrationBuilder.DropTable(
                name: "ResponsibilityLists");

            migrationBuilder.DropTable(
                name: "SamplingDraws");

            migrationBuilder.DropTable(
                name: "ServicePointFacilities");

            migrationBuilder.DropTable(
                name: "SignInAudits");

            migrationBuilder.DropTable(
                name: "StationAssessments");

            migrationBuilder.DropTable(
                name: "StationMonthStats");

            migrationBuilder.DropTable(
                name: "SupervisionTaskInspections");

            migrationBuilder.DropTable(
                name: "SupervisionTaskStations");

            migrationBuilder.DropTable(
                name: "SupervisorAppointments");

            migrationBuilder.DropTable(
                name: "UserStationScopes");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "ComplaintCases");

            migrationBuilder.DropTable(
                name: "ConnectionSheetFinalizations");

            migrationBuilder.DropTable(
                name: "ConnectionApplications");

            migrationBuilder.DropTable(
                name: "CoordinationMeetings");

            migrationBuilder.DropTable(
                name: "Findings");

            migrationBuilder.DropTable(
                name: "CompetitionEntries");

            migrationBuilder.DropTable(
                name: "JobRuns");

            migrationBuilder.DropTable(
                name: "MeetingPacks");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "OnSiteFindings");

            migrationBuilder.DropTable(
                name: "Records");

            migrationBuilder.DropTable(
                name: "SupervisionTasks");

            migrationBuilder.DropTable(
                name: "CompetitionRounds");

            migrationBuilder.DropTable(
                name: "CompetitionUnits");

            migrationBuilder.DropTable(
                name: "EvaluationRounds");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.DropTable(
                name: "ServicePoints");

            migrationBuilder.DropTable(
                name: "SupervisionPlans");

            migrationBuilder.DropTable(
                name: "Stations");
        }
    }
}
