#!/usr/bin/env python3
"""Derives core's state price parities from BEA's state table of Regional Price Parities (SARPP).

BEA's regional data download "SARPP" (file SARPP_STATE_2008_<year>.csv) has one row per state and line: GeoFIPS,
GeoName, Region, TableName, LineCode, IndustryClassification, Description, Unit, then one column per year. Line 1 is
"RPPs: All items". This script keeps line 1 of the 50 states and DC for one year (the newest by default) and writes
state-parities.csv: postal code, parity as published, year, source. Figures BEA suppresses or does not publish
("(NA)", "(D)", empty) are left out, never guessed.

Usage, from the repository root:
    python3 core/scripts/derive-state-parities.py SARPP_STATE_2008_2023.csv [--year 2023] [--release "December 12, 2024"] \
        > core/src/main/resources/org/occucompare/core/model/state-parities.csv
"""
import argparse
import csv
import sys

# FIPS state code -> USPS postal code, the 50 states and DC (BEA publishes no parity for the territories)
POSTAL = {
    "01": "AL", "02": "AK", "04": "AZ", "05": "AR", "06": "CA", "08": "CO", "09": "CT", "10": "DE", "11": "DC",
    "12": "FL", "13": "GA", "15": "HI", "16": "ID", "17": "IL", "18": "IN", "19": "IA", "20": "KS", "21": "KY",
    "22": "LA", "23": "ME", "24": "MD", "25": "MA", "26": "MI", "27": "MN", "28": "MS", "29": "MO", "30": "MT",
    "31": "NE", "32": "NV", "33": "NH", "34": "NJ", "35": "NM", "36": "NY", "37": "NC", "38": "ND", "39": "OH",
    "40": "OK", "41": "OR", "42": "PA", "44": "RI", "45": "SC", "46": "SD", "47": "TN", "48": "TX", "49": "UT",
    "50": "VT", "51": "VA", "53": "WA", "54": "WV", "55": "WI", "56": "WY",
}


def main():
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("sarpp", help="BEA's SARPP_STATE_2008_<year>.csv")
    args.add_argument("--year", help="the year to take (default: the newest column)")
    args.add_argument("--release", help="the date of BEA's release the file is from, for the source column")
    options = args.parse_args()

    with open(options.sarpp, encoding="latin-1", newline="") as f:  # BEA writes its CSV files in Latin-1
        rows = list(csv.reader(f))
    header = [cell.strip() for cell in rows[0]]
    for column in ("GeoFIPS", "LineCode", "Description"):
        if column not in header:
            sys.exit(f"{options.sarpp} has no {column} column: is it BEA's SARPP table?")
    years = [cell for cell in header if cell.isdigit() and len(cell) == 4]
    year = options.year or max(years)
    if year not in header:
        sys.exit(f"{options.sarpp} has no column for {year}; it has {years[0]}-{years[-1]}")
    at = {name: header.index(name) for name in ("GeoFIPS", "LineCode", "Description", year)}

    source = "BEA, SARPP" + (f" (release of {options.release})" if options.release else "")
    found = {}
    for row in rows[1:]:
        if len(row) <= at[year] or row[at["LineCode"]].strip() != "1":
            continue  # notes at the end of the file, and the lines other than all items
        if not row[at["Description"]].strip().startswith("RPPs: All items"):
            sys.exit(f"line 1 of {options.sarpp} is not 'RPPs: All items': {row[at['Description']]!r}")
        fips = row[at["GeoFIPS"]].strip().strip('"').strip()
        postal = POSTAL.get(fips[:2]) if fips.endswith("000") else None
        value = row[at[year]].strip()
        if postal is None or not value.replace(".", "", 1).isdigit():
            continue  # the nation and regions, or a figure BEA does not publish
        found[postal] = value
    if not found:
        sys.exit(f"no state's all-items parity for {year} in {options.sarpp}")

    print("# BEA Regional Price Parities, all items (U.S. = 100), by state; derived by"
          " core/scripts/derive-state-parities.py; see price-parities.PROVENANCE.md")
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["state", "rpp", "year", "source"])
    for postal in sorted(found):
        out.writerow([postal, found[postal], year, source])
    missing = sorted(set(POSTAL.values()) - set(found))
    if missing:
        print(f"no figure for {', '.join(missing)}", file=sys.stderr)


if __name__ == "__main__":
    main()
