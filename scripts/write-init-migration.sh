#!/usr/bin/env bash
# Writes Data/Migrations/*_Init.cs from the model's create script (EF's design package cannot be
# restored here, see docs/decisions/ADR-002). Only for the Init migration before the first release;
# later model changes get their own hand-written migration, checked by SchemaEqualityTests.
set -euo pipefail
cd "$(dirname "$0")/../src/ComplianceDashboard.Web"
sql=$(dotnet run --no-launch-profile -- schema-script | sed 's/"/""/g')
tables=$(printf '%s\n' "$sql" | grep -oP '^CREATE TABLE ""\K[^"]+' | tac)
{
cat <<'CS'
using ComplianceDashboard.Web.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceDashboard.Web.Data.Migrations;

/// <summary>The initial schema, as EF's GenerateCreateScript() writes it for the model.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261122000000_Init")]
public partial class Init : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(@"
CS
printf '%s\n' "$sql"
cat <<'CS'
");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
CS
for t in $tables; do printf '        migrationBuilder.DropTable(name: "%s");\n' "$t"; done
cat <<'CS'
    }
}
CS
} > Data/Migrations/20261122000000_Init.cs
echo "wrote Data/Migrations/20261122000000_Init.cs"
