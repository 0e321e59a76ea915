#!/usr/bin/env bash
# Prints every distinct UI string key used with the shared localizer, one per line, sorted (LC_ALL=C).
# A key is the literal text in L["..."] / L["...", args] (also l[...] and Localizer[...], the names used in
# services and the evaluation base class) in src/ComplianceDashboard.Web/**/*.razor and *.cs.
# Keys built at run time (enum names, role names, service messages) are not found here; the Localization
# tests in tests/ComplianceDashboard.IntegrationTests cover the enum name tables separately.
# The same regex is in tests/ComplianceDashboard.IntegrationTests/Localization/UiStrings.cs: keep them in step.
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C.UTF-8
find src/ComplianceDashboard.Web \( -name bin -o -name obj -o -name node_modules -o -name wwwroot \) -prune -o \
  -type f \( -name '*.razor' -o -name '*.cs' \) -print0 \
  | xargs -0 grep -hoP '\b(?:L|l|Localizer)\["(?:[^"\\]|\\.)*"' \
  | sed -E 's/^[A-Za-z]+\["//; s/"$//' \
  | LC_ALL=C sort -u
