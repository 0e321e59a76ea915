#!/usr/bin/env bash
# Starts the app with an embedded SQLite database (created, migrated and filled with the demo county on first start).
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run --project src/ComplianceDashboard.Web -c Release --launch-profile http "$@"
