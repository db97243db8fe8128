#!/usr/bin/env python3
"""Derives the metro price parities (core's PriceParities) from the OEWS metro JSON re-encoding in shared data.

Each file bls-oews-msa-2025-json/metros/{CBSA}.json carries BEA's all-items Regional Price Parity of its area in
meta.rpp (with meta.rppYear); this writes one line per area that has one: CBSA code, parity, year, area name.

Usage, from the repository root:
    python3 core/scripts/derive-metro-parities.py ../shared/data \
        > core/src/main/resources/org/occucompare/core/model/metro-parities.csv
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
    rows.append((area["code"], meta["rpp"], meta["rppYear"], area["name"]))
if len(years) != 1:
    sys.exit(f"expected one parity year, found {sorted(map(str, years))}")
print(f"# BEA Regional Price Parities, all items, {years.pop()} (U.S. = 100), by metropolitan area;"
      " derived by core/scripts/derive-metro-parities.py")
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["cbsa", "rpp", "year", "name"])
for code, rpp, year, name in rows:
    out.writerow([code, f"{rpp:g}", year, name])
