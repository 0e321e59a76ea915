#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs Chromium and CJK fonts from apt when missing,
# npm packages (through the web project's build) and NuGet packages (dotnet restore), then every test project.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
command -v fc-list >/dev/null 2>&1 || missing+=(fontconfig)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing from apt: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

dotnet tool restore
dotnet restore ComplianceDashboard.sln
dotnet build ComplianceDashboard.sln --no-restore -c Release

# A model change without its migration fails Data/SchemaEqualityTests (EF Core's HasPendingModelChanges, what
# `dotnet ef migrations has-pending-model-changes` runs).
# All four test projects start at once (-m:4; the default is one per core, which can leave the long browser suite
# waiting for the short unit tests); inside each, test classes run in parallel.
log=$(mktemp)
status=0
dotnet test ComplianceDashboard.sln --no-build -c Release -m:4 \
  --results-directory artifacts/test-results 2>&1 | tee "$log" || status=$?

# One plain closing line over all test assemblies.
awk '/(Passed|Failed)!  - Failed:/ { gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit $status
