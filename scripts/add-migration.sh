#!/usr/bin/env bash
# Adds migration <Name> for BOTH providers from the current model:
#   SQLite     -> src/ComplianceDashboard.Web/Data/Migrations
#   PostgreSQL -> src/ComplianceDashboard.Migrations.PostgreSql/Migrations
# Data/SchemaEqualityTests fails when either provider's migrations lag behind the model.
# Undo both: scripts/add-migration.sh --remove
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -ne 1 ]; then
  echo "usage: scripts/add-migration.sh <Name> | --remove" >&2
  exit 2
fi
dotnet tool restore >/dev/null
dotnet build src/ComplianceDashboard.Migrations.PostgreSql -c Release -nologo -v q
ef() { dotnet tool run dotnet-ef "$@" --configuration Release --no-build; }
if [ "$1" = "--remove" ]; then
  ef migrations remove --project src/ComplianceDashboard.Web
  ef migrations remove --project src/ComplianceDashboard.Migrations.PostgreSql
  exit 0
fi
ef migrations add "$1" --project src/ComplianceDashboard.Web -o Data/Migrations
# PostgreSQL: this project is its own startup project (its design-time factory configures Npgsql).
ef migrations add "$1" --project src/ComplianceDashboard.Migrations.PostgreSql -o Migrations
