#!/usr/bin/env python3
# CPU-seconds of a test run by kind of process (docs/performance.md, "Third round"): every 0.5 s it reads utime+stime
# of each process whose working directory or command line lies under ROOT (or under $PGROOT, the throw-away PostgreSQL
# cluster), keeps the last value per process, and writes totals per kind and per process to OUT when OUT.stop exists.
# /usr/bin/time misses test hosts (vstest does not wait for them) and a shared compiler server; this does not
# (measure with UseSharedCompilation=false and MSBUILDDISABLENODEREUSE=1 so the compiler runs inside the run).
# Usage: python3 scripts/cpu-sampler.py ROOT OUT &  …run…;  touch OUT.stop; wait
import os, re, sys, time
root, out = sys.argv[1], sys.argv[2]
tck = os.sysconf('SC_CLK_TCK')
seen = {}
def cat(cmd, env, cwd):
    c = cmd
    if 'postgres' in c or (cwd and '/cd-pg' in cwd): return 'postgres-server'
    prov = 'pg' if 'CD_TEST_PROVIDER=PostgreSql' in env else ''
    for p in ['UnitTests','ComponentTests','IntegrationTests','BrowserTests','Benchmarks']:
        if 'ComplianceDashboard.%s.' % p in c and 'testhost' in c: return 'testhost-'+p+('-pg' if prov else '')
    if 'chrom' in c or 'headless_shell' in c:
        m = re.search(r'--type=([a-z-]+)', c)
        return 'chromium-' + (m.group(1) if m else 'main') + ('-utility' if 'utility-sub-type' in c else '')
    if 'playwright' in c.lower() or 'node' in c and 'driver' in c: return 'playwright-driver'
    if 'ComplianceDashboard.Web.dll' in c: return 'app-server'
    if 'Roslyn/bincore/csc' in c or 'csc.dll' in c or 'VBCSCompiler' in c: return 'csc'
    if 'MSBuild.dll' in c or 'msbuild' in c.lower(): return 'msbuild'
    if 'node' in c or 'npm' in c: return 'node'
    if 'dotnet' in c and ' test' in c: return 'dotnet-test'
    if 'dotnet' in c: return 'dotnet-other'
    return 'other:' + c[:60]
while not os.path.exists(out + '.stop'):
    for pid in os.listdir('/proc'):
        if not pid.isdigit(): continue
        try:
            cwd = os.readlink('/proc/%s/cwd' % pid)
            cmd = open('/proc/%s/cmdline' % pid,'rb').read().replace(b'\0',b' ').decode('utf8','replace')
            pgr = os.environ.get('PGROOT', '/nonexistent')
            if not (cwd.startswith(root) or root in cmd or cwd.startswith(pgr) or pgr in cmd): continue
            st = open('/proc/%s/stat' % pid).read()
            f = st[st.rindex(')')+2:].split()
            ticks = int(f[11]) + int(f[12])
            start = f[19]
            key = pid + ':' + start
            if key not in seen:
                env = open('/proc/%s/environ' % pid,'rb').read().replace(b'\0',b' ').decode('utf8','replace')
                seen[key] = [cat(cmd, env, cwd), 0, ('[%s] ' % cwd.replace(root,'')) + cmd[:200]]
            seen[key][1] = max(seen[key][1], ticks)
        except Exception:
            pass
    time.sleep(0.5)
agg = {}
for k,(c,t,cmd) in seen.items():
    agg.setdefault(c, [0,0]); agg[c][0] += t/tck; agg[c][1] += 1
with open(out,'w') as fh:
    for c,(s,n) in sorted(agg.items(), key=lambda x:-x[1][0]):
        fh.write('%-40s %8.1f s  (%d procs)\n' % (c, s, n))
    fh.write('TOTAL %.1f\n' % sum(v[0] for v in agg.values()))
    for k,(c,t,cmd) in sorted(seen.items(), key=lambda x:-x[1][1]):
        fh.write('PROC %-30s %8.1f %s\n' % (c, t/tck, cmd[:160]))
