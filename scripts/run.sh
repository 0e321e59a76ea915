#!/usr/bin/env bash
# Starts the app with an embedded SQLite database (created, migrated and filled with the demo county on first start).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "Building ComplianceDashboard (the first build restores NuGet and npm packages: this can take a few minutes)…"
dotnet build src/ComplianceDashboard.Web -c Release -nologo -clp:ErrorsOnly
echo "Starting on http://127.0.0.1:5080 — the first start creates the demo county; /healthz says \"starting: …\" until it is ready."
exec dotnet run --no-build --project src/ComplianceDashboard.Web -c Release --launch-profile http "$@"
