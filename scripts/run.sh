#!/usr/bin/env bash
# Starts the app with an embedded SQLite database (created, migrated and filled with the demo county on first start).
#
# Runs as Production (friendly error pages, no stack traces shown to users) unless asked otherwise:
#   bash scripts/run.sh --dev                                    developer exception pages (ASPNETCORE_ENVIRONMENT=Development)
#   ASPNETCORE_ENVIRONMENT=Development bash scripts/run.sh       the same
#   ASPNETCORE_URLS=http://127.0.0.1:5391 bash scripts/run.sh    another address (default http://127.0.0.1:5080)
# Anything else on the command line is passed to the app (e.g. -- --App:DemoData:Stations=20, or -- migrate-data …).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" == "--dev" ]]; then
  export ASPNETCORE_ENVIRONMENT=Development
  shift
fi
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"
export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://127.0.0.1:5080}"
echo "Building ComplianceDashboard (the first build restores NuGet and npm packages: this can take a few minutes)…"
# Building the PostgreSQL migrations project builds the app too and puts its assembly beside the app, which loads it
# only when App:Database:Provider is PostgreSql (ADR-017).
dotnet build src/ComplianceDashboard.Migrations.PostgreSql -c Release -nologo -clp:ErrorsOnly
echo "Starting on ${ASPNETCORE_URLS} (${ASPNETCORE_ENVIRONMENT}) — the first start creates the demo county; /healthz says \"starting: …\" until it is ready."
# No launch profile: Properties/launchSettings.json would switch to Development.
exec dotnet run --no-build --project src/ComplianceDashboard.Web -c Release --no-launch-profile "$@"
