using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceDashboard.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ScaleOutRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExecutedBy",
                table: "JobRunBatches",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            // The unique index below allows one running run per job. Before it existed, two servers could both have
            // started one: all but the newest are closed as interrupted (the same SQL on SQLite and PostgreSQL).
            migrationBuilder.Sql("""
                UPDATE "JobRuns" SET "Status" = 'Interrupted', "FinishedAt" = "StartedAt"
                WHERE "Status" = 'Running'
                  AND "Id" NOT IN (SELECT MAX("Id") FROM "JobRuns" WHERE "Status" = 'Running' GROUP BY "JobName")
                """);

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_JobName_Running",
                table: "JobRuns",
                column: "JobName",
                unique: true,
                filter: "\"Status\" = 'Running'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_JobRuns_JobName_Running",
                table: "JobRuns");

            migrationBuilder.DropColumn(
                name: "ExecutedBy",
                table: "JobRunBatches");
        }
    }
}
