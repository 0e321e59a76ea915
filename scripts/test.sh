#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs Chromium and CJK fonts from apt when missing,
# npm packages (through the web project's build) and NuGet packages (dotnet restore), then every test project.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
# The browser tests run Chromium's headless build (half the CPU of the full browser, docs/performance.md "Fourth round").
command -v chromium-headless-shell >/dev/null 2>&1 || missing+=(chromium-headless-shell)
pg_bin=""
for dir in /usr/lib/postgresql/15/bin "$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/x)")"; do
  [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && { pg_bin=$dir; break; }
done
[ -n "$pg_bin" ] || missing+=(postgresql-15)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
command -v fc-list >/dev/null 2>&1 || missing+=(fontconfig)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing from apt: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# A throw-away PostgreSQL cluster for the integration tests' PostgreSQL run (docs/decisions/ADR-017): a temp dir,
# a free port, its own socket folder, no fsync; stopped and removed on exit, whatever happens.
[ -n "$pg_bin" ] || pg_bin=/usr/lib/postgresql/15/bin
# In memory when there is room (/dev/shm with 2 GiB free; a container's default 64 MB is not): every test app gets its
# own database, a copy of the template's ≈ 1,000 files, and on a disk file system creating and deleting those files
# cost the server more CPU than all the tests' queries (ext4's inode allocator; docs/performance.md, "Fifth round").
pg_parent=/tmp
shm_free=$(df --output=avail -k /dev/shm 2>/dev/null | tail -1 | tr -d ' ' || true)
[ -w /dev/shm ] && [ "${shm_free:-0}" -gt 2097152 ] 2>/dev/null && pg_parent=/dev/shm
pg_dir=$(mktemp -d "$pg_parent/cd-pg.XXXXXX")
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo $((20000 + RANDOM % 20000)))
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$pg_dir"
stop_pg() {
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_pg EXIT
as_pg "$pg_bin/initdb" -A trust -U postgres -E UTF8 --locale=C.UTF-8 -D "$pg_dir/data" >/dev/null
as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
  -o "-p $pg_port -k $pg_dir -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null
export CD_TEST_POSTGRES="Host=$pg_dir;Port=$pg_port;Username=postgres"

# Every .NET process of this run (compiler, MSBuild, test hosts, the browser tests' app servers, which inherit the
# environment) lives for seconds to minutes: dynamic PGO's instrumented tier re-JITs hot methods a second time to
# profile them for a long-running process, which these never become. Without it the build and the test hosts need
# about a fifth less CPU (docs/performance.md, "Third round"); the code under test runs the same.
export DOTNET_TieredPGO=0
dotnet tool restore
dotnet restore ComplianceDashboard.sln
# The compiler server compiles all eight projects in one warm process (VBCSCompiler: analyzers and generators loaded
# and JIT-compiled once, not once per project): ≈ 15 CPU-s and ≈ 15 s less than a compiler process per project, which
# some environments force with UseSharedCompilation=false (docs/performance.md, "Seventh round"). Stopped once the
# build is done, so it holds no memory while the tests run.
dotnet build ComplianceDashboard.sln --no-restore -c Release -p:UseSharedCompilation=true
dotnet build-server shutdown --vbcscompiler >/dev/null 2>&1 || true

# A model change without its migration fails Data/SchemaEqualityTests (EF Core's HasPendingModelChanges, what
# `dotnet ef migrations has-pending-model-changes` runs).
# All four test projects start at once (-m:4; the default is one per core, which can leave the long browser suite
# waiting for the short unit tests); inside each, test classes run in parallel.
# The integration tests run a second time on PostgreSQL, concurrently with the solution run (the SQLite run is unchanged).
# Classes marked [Trait("Provider", "Neutral")] (no host, or a host whose database is mere backdrop: security headers,
# antiforgery, error pages, localisation, logging) assert nothing a provider could change, so they run on SQLite only
# (docs/decisions/ADR-017-postgresql-provider.md, "Provider-neutral tests").
log=$(mktemp)
pg_log=$(mktemp)
status=0
pg_status=0
CD_TEST_PROVIDER=PostgreSql dotnet test tests/ComplianceDashboard.IntegrationTests --no-build -c Release --filter "Provider!=Neutral" \
  --results-directory artifacts/test-results/postgresql > "$pg_log" 2>&1 &
pg_pid=$!
dotnet test ComplianceDashboard.sln --no-build -c Release -m:4 \
  --results-directory artifacts/test-results 2>&1 | tee "$log" || status=$?
wait "$pg_pid" || pg_status=$?
echo "== Integration tests on PostgreSQL =="
sed 's/^/[postgresql] /' "$pg_log" | tee -a "$log"
rm -f "$pg_log"
[ "$pg_status" -eq 0 ] || status=$pg_status

# One plain closing line over all test assemblies.
awk '/(Passed|Failed)!  - Failed:/ { gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit $status
