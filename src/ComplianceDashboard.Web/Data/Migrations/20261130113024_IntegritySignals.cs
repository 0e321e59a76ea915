using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceDashboard.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class IntegritySignals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IntegrityExplanations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SignalKey = table.Column<string>(type: "TEXT", nullable: false),
                    StationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ExplainedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ExplainedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntegrityExplanations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IntegritySignals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Strength = table.Column<double>(type: "REAL", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", nullable: false),
                    RecordIds = table.Column<string>(type: "TEXT", nullable: false),
                    ComputedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IntegrityExplanations");

            migrationBuilder.DropTable(
                name: "IntegritySignals");
        }
    }
}
