using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceDashboard.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Competition : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CompetitionRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchemeCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SelfAssessmentDeadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DrawSeed = table.Column<int>(type: "INTEGER", nullable: true),
                    DrawSize = table.Column<int>(type: "INTEGER", nullable: true),
                    DrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DrawnBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinalisedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinalisedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetitionRounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CompetitionUnits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StationId = table.Column<int>(type: "INTEGER", nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
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
                name: "CompetitionEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    SelfCheckSummary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SelfSubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SelfSubmittedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DrawOrder = table.Column<int>(type: "INTEGER", nullable: true),
                    FinalTotal = table.Column<double>(type: "REAL", nullable: true),
                    FinalRank = table.Column<int>(type: "INTEGER", nullable: true)
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
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchemeCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    RowNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Rate = table.Column<double>(type: "REAL", nullable: true),
                    Total = table.Column<int>(type: "INTEGER", nullable: true),
                    Unmet = table.Column<int>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                name: "CompetitionOpinions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Person = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Satisfied = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SelfPoints = table.Column<double>(type: "REAL", nullable: true),
                    SelfNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Points = table.Column<double>(type: "REAL", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ScoredBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ScoredAt = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CallsChecked = table.Column<int>(type: "INTEGER", nullable: false),
                    AnsweredWithinFourRings = table.Column<int>(type: "INTEGER", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                name: "IX_FulfilmentFigures_UnitId_Year_Month_RowNumber",
                table: "FulfilmentFigures",
                columns: new[] { "UnitId", "Year", "Month", "RowNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HotlineSpotChecks_EntryId",
                table: "HotlineSpotChecks",
                column: "EntryId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CompetitionOpinions");

            migrationBuilder.DropTable(
                name: "CompetitionScores");

            migrationBuilder.DropTable(
                name: "CompetitionUnitSchemes");

            migrationBuilder.DropTable(
                name: "FulfilmentFigures");

            migrationBuilder.DropTable(
                name: "HotlineSpotChecks");

            migrationBuilder.DropTable(
                name: "CompetitionEntries");

            migrationBuilder.DropTable(
                name: "CompetitionRounds");

            migrationBuilder.DropTable(
                name: "CompetitionUnits");
        }
    }
}
