#!/usr/bin/env python3
"""Derives core's state price parities from BEA's state table of Regional Price Parities (SARPP).

BEA's regional data download "SARPP" (file SARPP_STATE_2008_<year>.csv) has one row per state and line: GeoFIPS,
GeoName, Region, TableName, LineCode, IndustryClassification, Description, Unit, then one column per year. Line 1 is
"RPPs: All items". This script keeps line 1 of the 50 states and DC for one year (the newest by default) and writes
state-parities.csv: FIPS state code, name, parity as published, year, source. Figures BEA suppresses or does not publish
("(NA)", "(D)", empty) are left out, never guessed.

Usage, from the repository root:
    python3 core/scripts/derive-state-parities.py SARPP_STATE_2008_2023.csv [--year 2023] [--release "December 12, 2024"] \
        > core/src/main/resources/org/occucompare/core/model/state-parities.csv
"""
import argparse
import csv
import sys

def main():
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("sarpp", help="BEA's SARPP_STATE_2008_<year>.csv")
    args.add_argument("--year", help="the year to take (default: the newest column)")
    args.add_argument("--release", help="the date of BEA's release the file is from, for the source column")
    options = args.parse_args()

    with open(options.sarpp, encoding="latin-1", newline="") as f:  # BEA writes its CSV files in Latin-1
        rows = list(csv.reader(f))
    header = [cell.strip() for cell in rows[0]]
    for column in ("GeoFIPS", "GeoName", "LineCode", "Description"):
        if column not in header:
            sys.exit(f"{options.sarpp} has no {column} column: is it BEA's SARPP table?")
    years = [cell for cell in header if cell.isdigit() and len(cell) == 4]
    year = options.year or max(years)
    if year not in header:
        sys.exit(f"{options.sarpp} has no column for {year}; it has {years[0]}-{years[-1]}")
    at = {name: header.index(name) for name in ("GeoFIPS", "GeoName", "LineCode", "Description", year)}

    source = "BEA, SARPP" + (f" (release of {options.release})" if options.release else "")
    found = {}
    for row in rows[1:]:
        if len(row) <= at[year] or row[at["LineCode"]].strip() != "1":
            continue  # notes at the end of the file, and the lines other than all items
        if not row[at["Description"]].strip().startswith("RPPs: All items"):
            sys.exit(f"line 1 of {options.sarpp} is not 'RPPs: All items': {row[at['Description']]!r}")
        fips = row[at["GeoFIPS"]].strip().strip('"').strip()
        value = row[at[year]].strip()
        # a state is NN000 with NN from 01 to 56 (DC is 11); 00000 is the nation, 91000-98000 BEA's regions
        is_state = len(fips) == 5 and fips.isdigit() and fips.endswith("000") and 1 <= int(fips[:2]) <= 56
        if not is_state or not value.replace(".", "", 1).isdigit():
            continue  # the nation and regions, or a figure BEA does not publish
        found[fips[:2]] = (row[at["GeoName"]].strip(), value)
    if not found:
        sys.exit(f"no state's all-items parity for {year} in {options.sarpp}")

    print("# BEA Regional Price Parities, all items (U.S. = 100), by state; derived by"
          " core/scripts/derive-state-parities.py; see price-parities.PROVENANCE.md")
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["fips", "name", "rpp", "year", "source"])
    for fips in sorted(found):
        name, value = found[fips]
        out.writerow([fips, name, value, year, source])
    if len(found) < 51:
        print(f"{len(found)} of the 50 states and DC have a figure for {year}", file=sys.stderr)


if __name__ == "__main__":
    main()
