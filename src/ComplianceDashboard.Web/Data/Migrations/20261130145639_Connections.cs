using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace ComplianceDashboard.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Connections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConnectionApplications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Customer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Class = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StationId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsKeyProject = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsImportantCustomer = table.Column<bool>(type: "INTEGER", nullable: false),
                    Received = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ComplaintReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
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
                name: "ConnectionSheetFinalizations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    FinalizedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinalizedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConnectionSheetFinalizations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CoordinationMeetings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Chair = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Attendees = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Minutes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoordinationMeetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Holidays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Holidays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "ConnectionCallBacks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<long>(type: "INTEGER", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Opinion = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<long>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<long>(type: "INTEGER", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Finish = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<long>(type: "INTEGER", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ComplaintReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
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
                name: "ConnectionSheetLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FinalizationId = table.Column<long>(type: "INTEGER", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ApplicationNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Amount = table.Column<double>(type: "REAL", nullable: false),
                    Due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DaysOverdue = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ComplaintReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConnectionSheetLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConnectionSheetLines_ConnectionSheetFinalizations_FinalizationId",
                        column: x => x.FinalizationId,
                        principalTable: "ConnectionSheetFinalizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CoordinationItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<long>(type: "INTEGER", nullable: false),
                    ApplicationId = table.Column<long>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "Holidays");

            migrationBuilder.DropTable(
                name: "ConnectionSheetFinalizations");

            migrationBuilder.DropTable(
                name: "ConnectionApplications");

            migrationBuilder.DropTable(
                name: "CoordinationMeetings");
        }
    }
}
