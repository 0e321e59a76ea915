#!/usr/bin/env bash
# Deletes the PostgreSQL migrations and generates a single "Initial" from the current model (as long as no
# PostgreSQL database is in production: after that, add migrations with scripts/add-migration.sh instead).
# Run after merging branches that added SQLite migrations; then check with
#   dotnet test tests/ComplianceDashboard.IntegrationTests -c Release --filter "FullyQualifiedName~SchemaEquality"
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
rm -rf src/ComplianceDashboard.Migrations.PostgreSql/Migrations
dotnet build src/ComplianceDashboard.Migrations.PostgreSql -c Release -nologo -v q
dotnet tool run dotnet-ef migrations add Initial --project src/ComplianceDashboard.Migrations.PostgreSql -o Migrations \
  --configuration Release --no-build
