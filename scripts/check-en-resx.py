#!/usr/bin/env python3
"""Checks src/ComplianceDashboard.Web/SharedResource.en.resx: well-formed XML, unique non-empty entries,
English values (no CJK characters), the same {n} placeholders as the Chinese key, and an entry for every
key printed by scripts/ui-strings.sh. Exit status 1 with a list of problems otherwise.

Usage: python3 scripts/check-en-resx.py        (run from anywhere in the repository)
"""
import pathlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

root = pathlib.Path(__file__).resolve().parent.parent
resx = root / "src/ComplianceDashboard.Web/SharedResource.en.resx"
cjk = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
placeholder = re.compile(r"\{\d+(?:[,:][^}]*)?\}")

problems = []
try:
    tree = ET.parse(resx)
except ET.ParseError as e:
    sys.exit(f"{resx}: not well-formed XML: {e}")

entries = {}
for data in tree.getroot().iter("data"):
    name = data.get("name")
    value = data.findtext("value")
    if name in entries:
        problems.append(f"duplicate entry: {name}")
    if not value or not value.strip():
        problems.append(f"empty value: {name}")
        continue
    if cjk.search(value):
        problems.append(f"value is not English: {name} = {value}")
    if sorted(placeholder.findall(name)) != sorted(placeholder.findall(value)):
        problems.append(f"placeholders differ: {name} = {value}")
    entries[name] = value

keys = subprocess.run(["bash", str(root / "scripts/ui-strings.sh")], check=True, capture_output=True, text=True).stdout.splitlines()
missing = [k for k in keys if k not in entries]
problems += [f"missing English: {k}" for k in missing]

for p in problems:
    print(p)
print(f"{len(entries)} entries, {len(keys)} keys in the source, {len(problems)} problems")
sys.exit(1 if problems else 0)
