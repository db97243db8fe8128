#!/usr/bin/env python3
"""Derives the cost-of-living plugin's metro price parities from the OEWS metro JSON re-encoding in shared data.

Each file bls-oews-msa-2025-json/metros/{CBSA}.json carries BEA's all-items Regional Price Parity of its area in
meta.rpp (with meta.rppYear); this writes one line per area that has one: CBSA code, parity, area name.

Usage, from the repository root:
    python3 plugins/cost-of-living/scripts/derive-metro-parities.py ../shared/data \
        > plugins/cost-of-living/src/main/resources/org/occucompare/plugins/costofliving/metro-parities.csv
"""
import csv
import glob
import json
import os
import sys

shared = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
rows, years = [], set()
for path in sorted(glob.glob(os.path.join(shared, "bls-oews-msa-2025-json", "metros", "*.json"))):
    with open(path, encoding="utf-8") as f:
        area = json.load(f)
    meta = area.get("meta") or {}
    if meta.get("rpp") is None:
        continue
    years.add(meta.get("rppYear"))
    rows.append((area["code"], meta["rpp"], area["name"]))
if len(years) != 1:
    sys.exit(f"expected one parity year, found {sorted(map(str, years))}")
print(f"# BEA Regional Price Parities, all items, {years.pop()} (U.S. = 100), by metropolitan area;"
      " derived by scripts/derive-metro-parities.py")
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["cbsa", "rpp", "name"])
for code, rpp, name in rows:
    out.writerow([code, f"{rpp:g}", name])
