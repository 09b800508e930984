#!/usr/bin/env python3
"""Generate kbctl lexicons from the PETRARCH2 / Phoenix actor and agent dictionaries.

Inputs (committed, MIT): third_party/petrarch2/Phoenix.{Countries,International,MilNonState}.actors.txt
and Phoenix.agents.txt, from openeventdata/petrarch2 at commit 676801cd9cb2924bbbad09f86d15c9323e7097bf.
Also reads the project's own Sources/KB/Lexicons/{countries,titles,words}.tsv (for country names,
title words and organisation head words) and, when present, /usr/share/dict/words.

Outputs (Sources/KB/Lexicons/):
  phoenix-people.tsv         one row per (person, CAMEO code, date range)
  phoenix-organizations.tsv  IGOs, NGOs, companies and media of Phoenix.International.actors.txt
  phoenix-groups.tsv         armed non-state groups (MilNonState, plus REB/INS/SEP groups of Countries)
  phoenix-agents.tsv         agent nouns with their CAMEO sector code and a plain-English class

Usage: apt-get install wamerican && python3 scripts/gen-actors.py   (no PyPI packages; deterministic)
       python3 scripts/gen-actors.py --report (also prints what was dropped and why)
The outputs are committed; kbctl embeds them at build time and never runs this script.
"""
import collections, datetime, difflib, hashlib, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(ROOT, "third_party", "petrarch2")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexicon_tsv  # noqa: E402  (scripts/lexicon_tsv.py: the reader every generator shares)
LEX = os.path.join(ROOT, "Sources", "KB", "Lexicons")
COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf"
INPUTS = {  # file -> pinned sha256 (the generator refuses other versions)
    "Phoenix.Countries.actors.txt": "8d4ee11692ccb1636a5cf4421849c420508acbd9b930adab457472b843276506",
    "Phoenix.International.actors.txt": "6fafbbe39bc47858edb9262411ab005b97977818237f85f3808fd11701a3ad2c",
    "Phoenix.MilNonState.actors.txt": "78496d642ceb3501137f12a3d8af7820b139319200b5ecffa05f0f91a2508f3b",
    "Phoenix.agents.txt": "336330de3ae91cb7daeeb50a7320ff4c9f11e5e69b6dd3a4ebedc522751a95c6",
}
REPORT = "--report" in sys.argv
dropped = collections.defaultdict(list)  # reason -> examples (printed with --report)


def drop(reason, what):
    dropped[reason].append(what)


def sha256(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


for f, digest in INPUTS.items():
    p = os.path.join(SRC, f)
    if not os.path.exists(p):
        sys.exit(f"gen-actors: missing {os.path.relpath(p, ROOT)}")
    if sha256(p) != digest:
        sys.exit(f"gen-actors: {f} is not the pinned version (sha256 {digest})")

# ---------------------------------------------------------------------------------------------
# The project's own lexicons: countries (CAMEO country code -> canonical name), titles, words.


def read_tsv(name):
    return lexicon_tsv.read_tsv(LEX, name)


countries = read_tsv("countries.tsv")
ISO3 = {}
for r in countries:
    if r["iso3"]:
        ISO3.setdefault(r["iso3"], r["name"])
BY_ISO2 = {r["iso2"]: r["name"] for r in countries}
# countries.tsv gives Czechoslovakia (CS) the iso3 SCG of Serbia and Montenegro: never map SCG there.
ISO3.pop("SCG", None)
# CAMEO country codes that are not current ISO 3166-1 alpha-3 codes (CAMEO manual, ch. 2).
CAMEO_COUNTRY = {"DDR": BY_ISO2.get("DD"), "SUN": BY_ISO2.get("SU"), "YUG": BY_ISO2.get("YU"),
                 "FRY": BY_ISO2.get("YU"), "CSK": "Czechoslovakia" if "Czechoslovakia" in BY_ISO2.values() else None,
                 "KSV": BY_ISO2.get("XK"), "ROM": ISO3.get("ROU"), "ZAR": ISO3.get("COD"),
                 "TMP": ISO3.get("TLS"), "SCG": None, "USR": BY_ISO2.get("SU"), "IMY": ISO3.get("IMN")}
# Three-letter CAMEO blocks that are ISO codes of countries but mean something else after
# the first block ("NGOUSAMUS": MUS = Muslim, not Mauritius).
NOT_COUNTRY_SUFFIX = {"MUS", "CHR", "HIN", "BUD", "JEW", "SIK", "ARB", "MED", "DEV", "EDU", "ENV", "BUS",
                      "GOV", "MIL", "REB", "OPP", "LEG", "JUD", "COP", "SPY", "ELI", "PTY", "CVL", "HLH",
                      "HRI", "LAB", "AGR", "REF", "REL", "RAD", "UAF", "INS", "SEP", "MOD", "CRM", "IGO",
                      "NGO", "NGM", "MNC", "IMG", "PRO", "CTH", "UNO", "EUR", "AFR", "ASA", "SEA", "SAS",
                      "WST", "LAM", "MEA", "NAF", "WAF", "EAF", "SAF", "CAS", "EEU", "WEU", "NMR", "CRB",
                      "SAM", "NAT", "TAM", "KAS", "ALQ", "JMA", "ASF", "CNY", "IRC", "OCC", "UNR"}
ROLE_BLOCKS = {"GOV", "MIL", "REB", "OPP", "LEG", "JUD", "COP", "SPY", "ELI", "PTY", "CVL", "HLH", "HRI",
               "LAB", "AGR", "REF", "REL", "RAD", "UAF", "INS", "SEP", "MOD", "CRM", "BUS", "MED", "EDU",
               "ENV", "DEV", "IGO", "NGO", "IMG", "MNC"}


def country_name(code3, first=True):
    """Canonical countries.tsv name for a CAMEO country block, '' if it is not a country."""
    if code3 in CAMEO_COUNTRY:
        return CAMEO_COUNTRY[code3] or code3
    if not first and code3 in NOT_COUNTRY_SUFFIX:
        return ""
    return ISO3.get(code3, "")


def is_country_block(code3):
    return code3 in CAMEO_COUNTRY or code3 in ISO3


titles = read_tsv("titles.tsv")
words_rows = read_tsv("words.tsv")
ORGHEAD = {r["word"].upper() for r in words_rows if r["class"] == "orghead"}
# English words (wamerican's lower-case entries): tell acronyms and names from words.
DICT = "/usr/share/dict/words"
if not os.path.exists(DICT):
    sys.exit("gen-actors: apt-get install wamerican (for /usr/share/dict/words) first")
DICT_SHA = sha256(os.path.realpath(DICT))
DICT_WORDS = {w.strip().upper() for w in open(DICT, encoding="utf-8", errors="ignore")
              if w.strip() and w.strip().islower() and "'" not in w}

# ---------------------------------------------------------------------------------------------
# Reading the TABARI / PETRARCH actor format (docs/source/dictionaries.rst of petrarch2):
#   PRIMARY_PHRASE_ [CODE]        entry; codes may also stand on the same line
#   +SYNONYM_PHRASE               synonym
#   <tab>[CODE 950101-960626]     date restriction: d1-d2, <d, >d; [CODE] alone = default code
# A primary phrase without any code followed directly (no blank line) by another primary phrase
# shares that phrase's codes, as PETRARCH's reader does ("LEONID_BREZHNEV_ / LEONID_ILYICH_BREZHNEV
# / [RUSGOV ...]"). '#' starts a comment; a whole-line comment right above a block is its heading.

CODE_RE = re.compile(r"\[([^\]]*)\]")


def parse_actors(path):
    entries, cur, heading, gap, n = [], None, None, True, 0
    for raw in open(path, encoding="utf-8"):
        n += 1
        line = raw.rstrip("\n")
        if not line.strip():
            gap, heading = True, None
            continue
        if line.lstrip().startswith("#") or line.lstrip().startswith("<!"):
            text = line.lstrip("#").strip()
            # A heading is prose; "#\t[USAELI ...]", "#+SYRIAN_DESERT_", "#HENRY_CABOT_LODGE_" are
            # commented-out lines inside a block and leave its heading in force.
            if not line[0].isspace() and text and not text.startswith(("[", "+")) and "_" not in text.split()[0]:
                heading, gap = text, True
            continue
        body, _, comment = line.partition("#")
        comment = comment.strip()
        codes = [(c.strip(), comment, n) for c in CODE_RE.findall(body)]
        # The name ends at its first code; text after a code is an uncommented remark
        # ("A.H._BELO_CORPORATION_ [MNCMED] Newspapers/Magazines $137,000,000").
        text = body.split("[", 1)[0].strip()
        if line[0].isspace() or line[0] == "+":
            if cur is None:
                continue
            for s in text.split("+"):  # one line fuses two synonyms: "..._ISLAMI+_ISLAMIC_ADEN_ARMY_"
                if s.strip():
                    cur["names"].append(s.strip())
            cur["codes"] += codes
            continue
        if cur is not None and not cur["codes"] and not gap:
            cur["names"].append(text)
            cur["codes"] += codes
            if comment:
                cur["comments"].append(comment)
            continue
        cur = {"names": [text], "codes": codes, "comments": [comment] if comment else [],
               "heading": heading, "line": n, "file": os.path.basename(path)}
        entries.append(cur)
        gap = False
    out = []
    for e in entries:
        if e["codes"]:
            out.append(e)
        else:
            drop("actor entry without any code (PETRARCH gives it the null code)", e["names"][0])
    return out


RESTRICTION_RE = re.compile(r"^(\S+)\s*(?:([<>])\s*(\d+)|(\d+)\s*-\s*(\d+))?\s*$")


def to_date(s):
    """YYMMDD (00-30 = 20YY, else 19YY, as PETRARCH's dstr_to_ordate) or YYYYMMDD -> yyyy-mm-dd."""
    if len(s) == 6:
        yy = int(s[:2])
        s = ("20" if yy <= 30 else "19") + s
    elif len(s) > 8:
        s = s[:8]             # PETRARCH checks only the first 8 characters of YYYYMMDD ("201005011")
    if len(s) != 8:
        return None           # 7 digits ("2004017") are ambiguous: the row is dropped
    try:
        return datetime.date(int(s[:4]), int(s[4:6]), int(s[6:])).isoformat()
    except ValueError:
        return None


def parse_code(text):
    """'AFGGOV 950101-960626' -> ('AFGGOV', '1995-01-01', '1996-06-26'); None when unreadable."""
    m = RESTRICTION_RE.match(text)
    if not m:
        return None
    code, op, d, d1, d2 = m.groups()
    if not re.fullmatch(r"[A-Z0-9]+|---", code):
        return None
    start = end = ""
    if op:
        dd = to_date(d)
        if dd is None:
            return None
        if op == "<":
            end = dd
        else:
            start = dd
    elif d1:
        start, end = to_date(d1), to_date(d2)
        if start is None or end is None or end < start:
            return None
    return code, start, end


# ---------------------------------------------------------------------------------------------
# Words.

def tokens(phrase):
    """'MIKHAIL_S._GORBACHEV_' -> ['MIKHAIL', 'S.', 'GORBACHEV']; '' for junk."""
    phrase = phrase.replace("\u2019", "'").upper()   # a few synonyms are mixed case ("US PREsident")
    phrase = "".join(c for c in phrase if unicodedata.category(c)[0] != "C")   # "JAN_STRASK\x1aY_"
    return [t for t in re.split(r"[_\s]+", phrase.strip()) if t]


BROKEN = re.compile(r"[\ufffd]|Ã|Â")  # replacement characters and mojibake in a few synonyms

PARTICLES = {"AL", "EL", "BIN", "BINT", "IBN", "DE", "DA", "DI", "DO", "DOS", "DAS", "DU", "DEL", "DELLA",
             "DEGLI", "DER", "DEN", "VAN", "VON", "TER", "TEN", "Y", "E", "UL", "UD", "WA", "WAL"}
ORG_LOWER = {"OF", "THE", "AND", "FOR", "IN", "ON", "TO", "AT", "BY", "WITH", "FROM", "AGAINST", "A", "AN"}
ROMAN = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV)$")
EAST_ASIAN_HYPHEN = {"KOR", "PRK", "TWN", "CHN", "HKG"}  # "Ban Ki-moon", "Ma Ying-jeou"
NO_PARTICLES = EAST_ASIAN_HYPHEN | {"VNM", "MAC", "JPN"}   # "Zhu De", "Le Duan": syllables, not particles


def cap_word(w):
    """Capitalise one word: 'MCCAIN' -> 'McCain', "O'NEILL" -> "O'Neill", 'ERDOĞAN' -> 'Erdoğan'."""
    if not w:
        return w
    low = w.replace("İ", "i").lower()
    if "'" in low:
        a, _, b = low.partition("'")
        if b == "s" or not b:           # possessive: "CHILDREN'S" -> "Children's"
            return cap_word(a) + "'" + b
        if not a:                        # "'MAMOHATO" -> "'Mamohato"
            return "'" + cap_word(b)
        if len(a) == 1:                  # "O'Neill", "D'Escoto", "N'Djamena"
            return cap_word(a) + "'" + cap_word(b)
        return cap_word(a) + "'" + b     # "Qa'ida", "Gama'a", "Mus'ab"
    if re.fullmatch(r"mc[a-z]{2,}", low):
        return "Mc" + low[2].upper() + low[3:]
    i = next((k for k, c in enumerate(low) if c.isalpha()), 0)   # "`ISA" -> "`Isa"
    return low[:i] + low[i:i + 1].upper() + low[i + 1:]


def natural_case(toks, kind="person", country="", acronyms=frozenset()):
    """Title-case upper-case dictionary tokens the way English news writes names."""
    out = []
    for i, t in enumerate(toks):
        first = i == 0
        if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?", t) or (len(t) == 1 and t.isalpha()):
            out.append(t)                                   # initials: "B.", "R.K.", "W"
            continue
        if not first and ROMAN.match(t) and kind == "person":
            out.append(t)                                   # "Elizabeth II"
            continue
        if kind != "person" and (t.strip("()") in acronyms or re.fullmatch(r"\([A-Z0-9-]+\)", t)):
            out.append(t)                                   # "(ETA)", "UN"
            continue
        parts = t.split("-")
        res = []
        for j, p in enumerate(parts):
            P = p.upper()
            if j == 0 and not first and P in ("AL", "EL", "AD", "AN", "AR", "AS", "AT", "AZ", "ASH", "ADH") and len(parts) > 1:
                res.append(p.lower())                       # "al-Assad", "ash-Shabaab"
            elif j > 0 and country in EAST_ASIAN_HYPHEN:
                res.append(p.lower())                       # "Ki-moon"
            elif kind != "person" and j > 0 and P in ORG_LOWER:
                res.append(p.lower())
            else:
                res.append(cap_word(p))
        w = "-".join(res)
        if not first and kind == "person" and t in PARTICLES and country not in NO_PARTICLES:
            w = t.lower()                                   # "bin", "de", "van"
        if not first and kind != "person" and (t in ORG_LOWER or t in PARTICLES):
            w = t.lower()
        out.append(w)
    return " ".join(out)


# ---------------------------------------------------------------------------------------------
# Word classes for telling people from bodies and places.

# Head words of bodies, places and groups (beside words.tsv's orghead class).
NON_PERSON_WORDS = ORGHEAD | {
    "ISLANDS", "ISLAND", "REPUBLIC", "KINGDOM", "EMIRATE", "EMIRATES", "STATES", "STATE", "CITY", "PROVINCE",
    "REGION", "DISTRICT", "VALLEY", "RIVER", "SEA", "GULF", "BAY", "STRAIT", "COAST", "MOUNTAINS", "DESERT",
    "PENINSULA", "TERRITORY", "TERRITORIES", "GOVERNMENT", "ADMINISTRATION", "REGIME", "MINISTRY", "MINISTER",
    "MINISTERS", "MILITIA", "MILITIAS", "LEAGUE", "BRIGADES", "BATTALIONS", "ARMY", "ARMIES", "FORCE", "MOVEMENT",
    "ORGANIZATION", "ORGANISATION", "GROUP", "GROUPS", "PARTY", "FRONT", "CORPS", "TRIBUNAL", "BOARD",
    "BUREAU", "PEOPLE", "PEOPLES", "PEOPLE'S", "NATIONS", "NATIONAL", "INTERNATIONAL", "UNITED", "FEDERAL",
    "ISLAMIC", "DEMOCRATIC", "REVOLUTIONARY", "LIBERATION", "POLICE", "SECURITY", "INTELLIGENCE", "CABINET",
    "POLITBURO", "PRESIDENCY", "PALACE", "HOUSE", "EMBASSY", "CONSULATE", "MISSION", "DELEGATION", "CELLS",
    "NUCLEI", "NUCLEUS", "COMMANDOS", "FIGHTERS", "MARTYRS", "REBELS", "GUERRILLAS", "INSURGENTS", "JIHAD",
    "MUJAHIDEEN", "MUJAHIDIN", "TALIBAN", "AL-QAEDA", "QAEDA", "BRIGADE", "LASHKAR", "HARKAT", "JAISH",
    "JAMAAT", "JEMAAH", "JAMAAH", "HIZB", "HEZBOLLAH", "HIZBULLAH", "TEHRIK", "HARAKAT", "KATAIB", "ANSAR",
    "JABHAT", "LIWA", "SARAYA", "JAYSH", "JAYSH-E", "FAYLAQ", "KATIBA", "KATIBAT", "ALWIYA", "AHRAR",
    "SUQOUR", "TANZIM", "USBAT", "TAJAMMU", "SIPAH", "SIPAH-E", "HIZBUL", "JAMIAT", "TEHREEK", "MAJLIS",
    "LASKAR", "MUJAHIDEN", "ISLAMI", "ISLAMIYA", "ISLAMIYAH", "ISLAMIAH", "ISLAMIYYA", "TAIBA", "TOIBA",
    "TAYYABA", "TAYYIBA", "QAIDA", "QA'IDA", "QAI'DAH", "JIHADI", "FEDAYEEN", "FIDAYEEN", "MILITANTS", "CAMP", "AIRPORT", "PORT", "STREET", "SQUARE", "PLAZA", "TOWER", "CENTRE",
    "CENTER", "INC", "INC.", "LTD", "LTD.", "CORP", "CORP.", "LLC", "PLC", "CO.", "S.A.", "AG", "GMBH",
    "HOLDINGS", "INDUSTRIES", "SYSTEMS", "TECHNOLOGIES", "ENERGY", "RESOURCES", "PARTNERS", "TRUST",
    "FARMS", "FOODS", "MEDIA", "NEWS", "TIMES", "POST", "DAILY", "HERALD", "TRIBUNE", "GAZETTE", "AGENCY",
    "WATCH", "INITIATIVE", "ACTION", "SOLIDARITY", "RELIEF", "AID", "RIGHTS", "CHURCH", "MOSQUE", "DIOCESE",
    "SYNOD", "SCHOOL", "ACADEMY", "HOSPITAL", "COMMUNITY", "ASSOCIATES", "GANG", "CARTEL", "MAFIA", "CLAN",
    "TRIBE", "TRIBES", "MINORITY", "CIVILIANS", "OPPOSITION", "PROTESTERS", "STUDENTS", "WORKERS",
    "WASHINGTON-BASED", "THINK", "TANK", "SOCIALIST", "COMMUNIST", "PATRIOTIC", "DEFENCE", "DEFENSE",
    "ARMED", "MILITARY", "NAVAL", "AIR", "SPECIAL", "ELITE", "SOVIET", "CONFERENCE", "SUMMIT", "TREATY",
    "PACT", "ACCORD", "PROGRAM", "PROJECT", "FUND", "BANK", "COUNCIL", "COMMITTEE", "COMMISSION",
    "PARLIAMENT", "ASSEMBLY", "CONGRESS", "SENATE", "COURT", "JUDICIARY", "OFFICE", "SECRETARIAT",
    "DEPARTMENT", "DIRECTORATE", "SERVICE", "SERVICES", "UNIT", "UNITS", "DIVISION", "COMMAND", "HQ",
    "HEADQUARTERS", "NETWORK", "SOCIETY", "FEDERATION", "CONFEDERATION", "UNION", "ALLIANCE", "COALITION",
    "BLOC", "AUTHORITY", "INSTITUTE", "FOUNDATION", "UNIVERSITY", "COLLEGE", "CLUB", "ZONE", "BORDER",
    "CAPITAL", "PROVINCIAL", "MUNICIPAL", "REGIONAL", "LOCAL", "OFFICIALS", "LEADERSHIP", "ESTABLISHMENT",
    "OIL", "GAS", "FIRM", "COMPANY", "COMPANIES", "AIRLINES", "AIRWAYS", "MOTORS", "ELECTRIC", "STEEL",
    "MINING", "PHARMACEUTICALS", "TELECOM", "TELECOMMUNICATIONS", "CHEMICAL", "CHEMICALS", "BANCORP",
    "FINANCIAL", "CAPITAL", "INSURANCE", "GLOBAL", "WORLD", "EUROPEAN", "AFRICAN", "ASIAN", "ARAB", "AMERICAN",
}
# Honorifics and ranks that open a name in the dictionary ("SIR_JOHN_...", "GEN._EISENHOWER").
HONORIFICS = {"SIR", "DAME", "DR", "DR.", "MR", "MR.", "MRS", "MRS.", "MS", "MS.", "PROF", "PROF.", "SHEIKH",
              "SHAIKH", "SHEIKHA", "SHEIK", "AYATOLLAH", "HOJATOLISLAM", "HOJJATOLESLAM", "MULLAH", "MAULANA",
              "IMAM", "REV", "REV.", "REVEREND", "FATHER", "BISHOP", "ARCHBISHOP", "CARDINAL", "MONSIGNOR",
              "LORD", "LADY", "BARON", "BARONESS", "GENERAL", "GEN", "GEN.", "LT.", "LT", "LIEUTENANT", "COLONEL",
              "COL.", "COL", "MAJOR", "MAJ.", "CAPTAIN", "CAPT.", "ADMIRAL", "ADM.", "MARSHAL", "FIELD",
              "BRIGADIER", "COMMANDER", "CMDR.", "HAJI", "HAJJI", "ALHAJI", "CHIEF", "JUSTICE", "SENATOR", "SEN.",
              "GOVERNOR", "GOV.", "PRESIDENT", "PRIME", "MINISTER", "KING", "QUEEN", "PRINCE", "PRINCESS", "EMIR",
              "AMIR", "SULTAN", "CROWN", "SAINT", "ST.", "PM", "VICE", "DEPUTY", "ACTING", "FORMER", "EX",
              "EX-", "LATE", "THE", "U.S.", "US", "UN", "U.N.", "SECRETARY", "SECRETARY-GENERAL",
              "EXTREMIST", "MILITANT", "REBEL", "WARLORD", "CLERIC", "LEADER", "PRESIDENT-ELECT",
              "VICE-PRESIDENT", "EX-PRESIDENT", "KANZLER", "BUNDESKANZLER", "PREMIER"}
# Titles that stay in a name of one word: "King Fahd", "Lord Adonis", "Baroness Amos".
ROYAL = {"KING", "QUEEN", "PRINCE", "PRINCESS", "EMIR", "AMIR", "SULTAN", "SHEIKH", "SHAIKH", "SHEIKHA",
         "LORD", "LADY", "BARON", "BARONESS"}

# Words of titles (titles.tsv), of agents (agents file) and country names/demonyms: a synonym that
# starts with them ("SOVIET_LEADER_LEONID_BREZHNEV") is a description, stripped to the name.
TITLE_WORDS = set()
for r in titles:
    for f in [r["role"]] + r["forms"].split("|"):
        TITLE_WORDS |= {w.upper() for w in re.split(r"[\s]+", f) if w}
COUNTRY_WORDS = set()
for r in countries:
    for f in [r["name"]] + r["demonyms"].split("|") + r["plurals"].split("|"):
        COUNTRY_WORDS |= {w.upper() for w in f.replace(",", " ").split() if len(w) > 2}
DESCRIPTOR = (TITLE_WORDS | HONORIFICS | COUNTRY_WORDS | {"FORMER", "EX", "EX-", "THEN", "NEW", "OUTGOING",
              "INCOMING", "INTERIM", "ACTING", "DEPUTY", "VICE", "ELECT", "PRESIDENT-ELECT", "PARTY", "CHIEF",
              "OF", "THE", "FOR", "AND", "AFFAIRS", "FOREIGN", "DEFENSE", "DEFENCE", "INTERIOR", "FINANCE",
              "GOVERNOR", "GENERAL", "SECRETARY", "LEADER", "HEAD", "STATE", "RUSSIAN", "SOVIET", "U.S.", "US",
              "UN", "U.N.", "AMERICAN", "BRITISH", "OPPOSITION", "REBEL", "COMMUNIST", "MILITANT", "EXTREMIST",
              "SPIRITUAL", "SUPREME", "NATIONAL", "SECURITY", "ADVISER", "ADVISOR", "AMBASSADOR", "ENVOY",
              "SPECIAL", "CONGRESSMAN", "CONGRESSWOMAN", "REPRESENTATIVE", "SEN.", "REP.", "GOV.", "GEN.",
              "ADMINISTRATOR", "MOSCOW", "WASHINGTON", "GEORGIA", "PUNK", "GROUP"})
DESCRIPTOR |= {"KANZLER", "BUNDESKANZLER", "PRESIDENTE", "PREMIER", "MINISTRO", "GERMAN", "ISRAELI",
               "IRANIAN", "IRAQI", "SYRIAN", "TURKISH", "EGYPTIAN", "AFGHAN", "PAKISTANI", "INDIAN", "CHINESE"}


def strip_descriptor(toks):
    """Drop leading titles/descriptions: 'SOVIET LEADER LEONID BREZHNEV' -> 'LEONID BREZHNEV'.
    The stripped words must include a title or honorific: 'SALVADOR ALLENDE' keeps its given name."""
    if "," in " ".join(toks):   # "PRESIDENT_OF_THE_RUSSIAN_FEDERATED_REPUBLIC,_BORIS_N._YELTSIN"
        s = " ".join(toks)
        toks = s.rsplit(",", 1)[1].split() or toks
    i = 0
    while i < len(toks) - 1 and toks[i].rstrip(",") in DESCRIPTOR:
        i += 1
    if not any(t in TITLE_WORDS or t in HONORIFICS for t in toks[:i]):
        return toks
    return toks[i:]


def strip_honorific(toks):
    """'SIR JOHN MAJOR' -> 'JOHN MAJOR'; a royal title stays when the rest is one word ('KING FAHD')."""
    i = 0
    while i < len(toks) - 1 and toks[i] in HONORIFICS:
        i += 1
    if len(toks) - i == 1 and i > 0 and toks[i - 1] in ROYAL:
        return toks[i - 1:]
    return toks[i:]


# ---------------------------------------------------------------------------------------------
# Read all four dictionaries.

files = {k: parse_actors(os.path.join(SRC, f)) for k, f in (
    ("countries", "Phoenix.Countries.actors.txt"), ("international", "Phoenix.International.actors.txt"),
    ("milnonstate", "Phoenix.MilNonState.actors.txt"))}


def clean_names(e):
    out = []
    for n in e["names"]:
        if BROKEN.search(n):
            drop("name with a broken character (U+FFFD or mojibake)", n)
            continue
        t = tokens(n)
        if t:
            out.append(t)
    return out


def entry_codes(e):
    out = []
    for text, comment, line in e["codes"]:
        c = parse_code(text)
        if c is None:
            drop("unreadable code or date restriction", f"{e['file']}:{line} [{text}]")
            continue
        if c[0] == "---":
            continue
        out.append((c[0], c[1], c[2], comment))
    return out


def split_code(code):
    """'AFGGOVJUD' -> ('Afghanistan', 'GOVJUD'); 'IGOUNOKID' -> ('', 'IGOUNOKID'); 'ELI' -> ('', 'ELI')."""
    head = code[:3]
    if len(code) >= 3 and is_country_block(head) and head not in ("IGO", "NGO", "MNC", "IMG"):
        sub = code[3:6]
        # A territory after its state ("GBRVGBGOV": British Virgin Islands) is the more exact place.
        if len(sub) == 3 and sub not in NOT_COUNTRY_SUFFIX and sub not in ROLE_BLOCKS and is_country_block(sub) \
                and country_name(sub) and country_name(sub) != sub:
            return country_name(sub), code[6:]
        return country_name(head), code[3:]
    # Region or sector first ("IGO...", "IMGSEAMUSJMA", "SASREB"): the country, if any, comes later.
    for i in range(3, len(code) - 2, 3):
        b = code[i:i + 3]
        if b in ISO3 and b not in NOT_COUNTRY_SUFFIX:
            return ISO3[b], code
    return "", code


# Given names and surnames of the people CountryInfo lists (the structural people), for telling
# person-like synonyms ("+ROZA_OTUNBAEVA_" under KYRGYZSTAN_) from places and bodies.
ci_people = [e for e in files["countries"] if any("countryinfo" in c.lower() for c in e["comments"])]
given, surname = collections.Counter(), collections.Counter()
for e in ci_people:
    t = strip_honorific(tokens(e["names"][0]))
    if len(t) >= 2:
        given[t[0]] += 1
        surname[t[-1]] += 1
COMMON_GIVEN = {w for w, n in given.items() if n >= 10}
# Family names that open the names of Korean, Chinese and Taiwanese office holders ("BAN", "KIM",
# "MA"): their hyphenated given names keep a lower-case second syllable ("Ban Ki-moon").
EAST_ASIAN_FIRST = {strip_honorific(tokens(e["names"][0]))[0] for e in ci_people
                    if any(text[:3] in EAST_ASIAN_HYPHEN for text, _, _ in e["codes"])}
GIVEN = {w for w, n in given.items() if n >= 2 and w not in NON_PERSON_WORDS and w not in DESCRIPTOR}
SURNAME = {w for w, n in surname.items() if n >= 1 and w not in NON_PERSON_WORDS}


def org_like(toks):
    return any(t.upper() in NON_PERSON_WORDS or re.search(r"\d", t) for t in toks) or \
        any(t.startswith("(") for t in toks)


def person_like(toks, strict):
    """A name that reads like a person's: 2+ words, no body/place head word; strict: known given name."""
    if len(toks) < 2 or org_like(toks) or any("'S" == t[-2:] for t in toks):
        return False
    if all(t in DESCRIPTOR for t in toks):
        return False
    if strict:
        if re.fullmatch(r"(?:[A-Z]\.?)+", toks[0]):          # "A._G._KISHORE_": initials first
            return toks[-1] in SURNAME and not any(t in DICT_WORDS for t in toks[1:])
        return toks[0] in GIVEN and (toks[-1] in SURNAME or toks[-1] in GIVEN)
    return True


def person_like_img(toks):
    """Names in the KEDS militarised-groups list (codes IMG...), which mixes groups and their members:
    a person's name has no group word, no English word and does not start a group's name
    ("KULWINDER_MALI__", "PERVEZ_SHEIKH__" yes; "D_COMPANY__", "ABU_SAYYAF__" no)."""
    def word(i, t):   # an English word that is not also a known name part ("KHAN", "SHEIKH", "LADEN")
        after_bin = i > 0 and toks[i - 1] in ("BIN", "IBN", "BINT", "ABU", "UMM")
        return len(t) > 1 and t in DICT_WORDS and t not in GIVEN and t not in SURNAME and not after_bin
    return person_like(toks, False) and toks[0] not in PARTICLES and len(toks[0]) >= 3 and \
        tuple(toks) not in GROUP_PREFIXES and not any(word(i, t) for i, t in enumerate(toks))


def person_like_medium(toks):
    """For militants and rebels, whose surnames CountryInfo rarely lists: a known given name first,
    no English word after it ("ABU_MOHAMMAD_AL_JAWLANI_" yes, "SHIN_BET" no) and not the start of
    a group's name ("ABU_SAYYAF" of "ABU_SAYYAF_GROUP")."""
    if not person_like(toks, False) or toks[0] not in GIVEN or toks[0] in PARTICLES or len(toks[0]) < 3 or \
            tuple(toks) in GROUP_PREFIXES:
        return False
    return not any(t in DICT_WORDS for t in toks[1:] if len(t) > 1 and t not in PARTICLES)


# ---------------------------------------------------------------------------------------------
# Offices named in the dictionary's comments. Only comments that name an office give a role;
# a heading comment gives it only to the listed blocks, where every entry holds that office.

ROLE_PATTERNS = [  # (regex on the comment, role in titles.tsv style)
    (r"^dep(\.|uty)? ?pm\b", "deputy prime minister"),
    (r"^acting pm\b", "acting prime minister"),
    (r"^(pm|prime minister)( pt\. \d)?$", "prime minister"),
    (r"^pm of east germany", "chairman of the council of ministers of east germany"),
    (r"^prime minister of lower saxony", "minister-president of lower saxony"),
    (r"^president of the bundesrat", "president of the bundesrat"),
    (r"^(first )?president of germany", "president"),
    (r"^president$", "president"),
    (r"^chancellor of germany", "chancellor"),
    (r"^supreme leader", "supreme leader"),
    (r"^foreign minister", "foreign minister"),
    (r"^(general secretary|leader) of the socialist unity party", "general secretary of the socialist unity party"),
    (r"^east german head of state", "chairman of the council of state of east germany"),
    (r"^under secretary of state for political affairs", "under secretary of state for political affairs"),
    (r"^dep sec state", "deputy secretary of state"),
    (r"^brief acting sec state", "acting secretary of state"),
    (r"^(sec state|secretary of state)$", "secretary of state"),
    (r"^dep sec def", "deputy secretary of defense"),
    (r"^sec def$", "secretary of defense"),
    (r"^sec of army", "secretary of the army"),
    (r"^dep natsecad", "deputy national security adviser"),
    (r"^national security advisor", "national security adviser"),
    (r"^dep dci", "deputy director of central intelligence"),
    (r"^dci$", "director of central intelligence"),
    (r"^general council to dod", "general counsel of the department of defense"),
    (r"^cmdr air force", "commander of the air force"),
    (r"^amb\.? to un$", "ambassador to the united nations"),
    (r"^amb\.? to japan", "ambassador to japan"),
    (r"^amb\.? to philippines", "ambassador to the philippines"),
    (r"^min\.? of fin\.", "finance minister"),
    (r"^min\.? of water resources", "water resources minister"),
    (r"^min\.? of civil aviation", "civil aviation minister"),
    (r"^tourism minister", "tourism minister"),
    (r"^senator from", "senator"),
    (r"^president of the coeu from", "president of the council of the european union"),
    (r"^union carbide spokesman", "spokesman"),
]
HEADING_ROLES = {  # heading comment -> (role, code suffix the office is coded with)
    "U.S. Presidents": ("president", "GOV"),
    "Monarch[s]": ("monarch", "GOV"),
    "U.S. Secretaries of State": ("secretary of state", "GOV"),
    "United States Secretaries of Defense": ("secretary of defense", "GOVMIL"),
    "U.S. Attorneys General": ("attorney general", "GOV"),
    "U.S. Secretaries of Homeland Security": ("secretary of homeland security", "GOV"),
    "U.S. Ambassadors to the UN": ("ambassador to the united nations", "GOV"),
    "White House Chiefs of Staff": ("white house chief of staff", "GOV"),
    "US National Security Advisors": ("national security adviser", "GOV"),
    "US Trade Representative": ("trade representative", "GOVBUS"),
}
# Headings checked by hand against their blocks. Not used: "Chancellors", "Prime Ministers",
# "Greek Prime Ministers" (their blocks also list ministers), "Presidents" (Egypt: presidents who
# were also prime ministers, with both offices coded GOV), "US Directors of Central(National)
# Intelligence" (the block mixes CIA directors and directors of national intelligence).


def comment_role(comment):
    c = comment.strip().lower().split("#")[0].strip()
    for pat, role in ROLE_PATTERNS:
        if re.search(pat, c):
            return role
    return ""


# Test entries of the dictionaries, not real actors (the fictional state Kinakuta, KNT, and
# villains the coders used to test MilNonState).
FICTIONAL_CODES = {"KNT"}
FICTIONAL_NAMES = {"ERNST STAVRO BLOFELD", "RA'S AL GHUL", "HONG KIL DONG"}
NON_COUNTRY_PREFIX = {"KKL", "INT", "---"}  # "kkl": a coder's initials used as a placeholder


def role_code_parts(code):
    country, suffix = split_code(code)
    if code[:3] in FICTIONAL_CODES:
        return None
    if code[:3] in NON_COUNTRY_PREFIX:
        return "", code[3:] if len(code) > 3 else ""
    return country, suffix


def has_role_suffix(code):
    c, s = split_code(code)
    return bool(s) and s[:3] in ROLE_BLOCKS


def initials(toks):
    return "".join(t[0] for t in toks if t[0].isalpha())


def name_parts(toks):
    out = set()
    for t in toks:
        for p in t.split("-"):
            p = p.strip(".")
            if len(p) >= 3 and p not in PARTICLES:
                out.add(p)
    return out


def similar_name(a, b):
    """Two spellings of one person's name: the whole names are close ("MUSA MOHAMED", "MUSA
    MOHAMMED"), or a word of one is (nearly) a word of the other and not just a common given name."""
    if difflib.SequenceMatcher(None, " ".join(a), " ".join(b)).ratio() >= 0.8:
        return True
    for x in name_parts(a):
        for y in name_parts(b):
            if (x == y or difflib.SequenceMatcher(None, x, y).ratio() >= 0.75) and \
                    not (x in COMMON_GIVEN and y in COMMON_GIVEN):
                return True
    return False


people = collections.OrderedDict()   # key: lower-case name -> {"name", "aliases": [], "rows": [], "country3"}
orgs, groups = [], []


def person_tokens(toks):
    """Remarks out of a person's name: '(ACTING', '(1ST_TIME', nicknames in quotes ('"KOPELIPA"')."""
    s = " ".join(toks)
    s = re.sub(r"\([^)]*\)?", " ", s)
    s = re.sub(r'"[^"]*"?', " ", s)
    return s.split()


def add_person(primary, others, rows, source, country3=""):
    primary = person_tokens(primary)
    others = [person_tokens(o) for o in others]
    if not primary:
        return
    toks = strip_honorific(primary)
    if len(toks) < 2:
        drop("person with a one-word name (mononyms and glued initials, e.g. SUHARTO_, BHORTEFEUX_)", " ".join(primary))
        return
    if " ".join(toks) in FICTIONAL_NAMES:
        drop("fictional test entry", " ".join(toks))
        return
    joined = " ".join(toks)
    if "," in joined and not re.search(r", (JR|SR|III|II)\.?$", joined):
        head, _, tail = joined.partition(",")
        if tail.split()[:1] == ["THEN"] or len(head.split()) < 2:
            drop("person name with a comment in it (ANTHONY_CROSLAND,_THEN_DAVID_OWEN)", joined)
            return
        toks = head.split()     # "JOHN_ROLAND_ROBINSON,_BARON_MARTONMERE": the peerage goes
    if not country3 and toks[0] in EAST_ASIAN_FIRST:
        country3 = "KOR"      # only used for the "Ki-moon" hyphen rule
    name = natural_case(toks, "person", country3)
    aliases = [name.replace(", Jr.", " Jr.")] if ", Jr." in name else []   # AP style has no comma
    for o in others:
        if o == primary:
            continue
        a = strip_honorific(strip_descriptor(o))
        if len(a) == 1 and re.fullmatch(r"[A-Z]{3,4}", a[0]) and a[0] == initials(toks) and a[0] not in DICT_WORDS:
            aliases.append(a[0])            # "JFK", "FDR", "LBJ"
            continue
        if len(a) < 2 or org_like(a) or any(t.endswith("'S") for t in a):
            drop("person synonym that is not a full name (title + surname, office, possessive)", " ".join(o))
            continue
        if not similar_name(a, toks):
            drop("person synonym sharing no word with the name", f"{' '.join(toks)} <- {' '.join(o)}")
            continue
        aliases.append(natural_case(a, "person", country3))
    key = person_key(name)
    p = people.setdefault(key, {"name": name, "aliases": [], "rows": [], "sources": set()})
    merge_into(p, {"name": name, "aliases": aliases, "rows": rows, "sources": {source}})


def person_key(name):
    """Spellings that differ only in case, accents, hyphens, dots or Arabic articles are one name:
    'Ban Ki Moon' = 'Ban Ki-moon', 'Bashar Assad' = 'Bashar al-Assad'."""
    s = unicodedata.normalize("NFKD", name.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[-.'`\u2019]", " ", s)
    return " ".join(w for w in s.split() if w not in ("al", "el", "ad", "as", "an", "ar", "at", "az", "ash"))


def merge_into(p, q):
    for a in [q["name"]] + q["aliases"]:
        if a.casefold() != p["name"].casefold() and a not in p["aliases"]:
            p["aliases"].append(a)
    for r in q["rows"]:
        if r not in p["rows"]:
            p["rows"].append(r)
    p["sources"] |= q["sources"]


def person_rows(e, codes):
    """(country, role_code, role, start, end) rows of a person entry; roles from comments."""
    rows = []
    for code, start, end, comment in codes:
        parts = role_code_parts(code)
        if parts is None:
            return None
        country, suffix = parts
        rows.append([country, suffix, comment_role(comment), start, end])
    # A comment on the name line names the office of the latest dated row coded exactly
    # <country>GOV (earlier GOV rows are often other offices: "PM of East Germany" on Willi Stoph).
    for text in [comment_role(c) for c in e["comments"]]:
        cands = [r for r in rows if r[1] == "GOV" and (r[3] or r[4]) and not r[2]]
        if text and cands:
            max(cands, key=lambda r: r[3] or r[4])[2] = text
    # A whitelisted heading names the office of the one dated row of the office's code, when the
    # person has exactly one and it lasted 30 days or more (the lists also hold acting holders
    # for a day or two, and people with several such rows held other offices too).
    # U.S. presidents were vice presidents before (also GOV): there the latest GOV row is the office.
    if e["heading"] in HEADING_ROLES:
        text, family = HEADING_ROLES[e["heading"]]
        cands = [r for r in rows if r[1] == family and r[3]]
        if e["heading"] in ("U.S. Presidents", "Monarch[s]") and cands:
            cands = [max(cands, key=lambda r: r[3])]
        if len(cands) == 1 and not cands[0][2] and (not cands[0][4] or days(cands[0][3], cands[0][4]) >= 30):
            cands[0][2] = text
    out = []
    for r in rows:
        if r not in out:
            out.append(r)
    return [tuple(r) for r in out]


def days(a, b):
    return (datetime.date.fromisoformat(b) - datetime.date.fromisoformat(a)).days


def first_country3(codes):
    for code, *_ in codes:
        if is_country_block(code[:3]):
            return code[:3]
    return ""


def person_synonyms(e, names, codes, source):
    """Person-like synonyms of a country, body or group entry ('+ROZA_OTUNBAEVA_' under
    KYRGYZSTAN_, '+MOKTAR_ALI_ZUBEYR' under AL-SHABAAB): people, coded as the entry is."""
    found = []
    for n in names[1:]:
        t = strip_honorific(strip_descriptor(n))
        if (person_like(t, strict=True) or person_like_medium(t)) and " ".join(t) not in FICTIONAL_NAMES:
            found.append(n)
    if not found:
        return []
    rows = []
    for code, start, end, _ in codes:
        parts = role_code_parts(code)
        if parts is None:
            return []
        country, suffix = parts
        # A country-level code (KGZ) says only which country; the person's office is unknown.
        rows.append((country, suffix, "", "", ""))
    rows = sorted(set(rows))
    for n in found:
        add_person(n, [], rows, source, first_country3(codes))
    return found


def is_country_entry(codes):
    return codes and all(len(c[0]) == 3 and is_country_block(c[0]) or
                         (len(c[0]) == 6 and is_country_block(c[0][:3]) and c[0][3:] in ("OCC", "UNR")) or
                         (len(c[0]) == 6 and is_country_block(c[0][:3]) and is_country_block(c[0][3:]))
                         for c in codes)


# ---------------------------------------------------------------------------------------------
# Classify every entry: person, country (section head), group, organisation or other body.

GROUP_PREFIXES = set()   # proper prefixes of the names of groups and bodies
for entries in files.values():
    for e in entries:
        for n in e["names"]:
            t = tokens(n)
            if org_like(t):
                GROUP_PREFIXES |= {tuple(t[:i]) for i in range(2, len(t))}

LEADER_COMMENT = re.compile(r"\b(leader|member|founder|co-founder|commander|alias|bomb maker|head|chief)\b", re.I)
bodies = []    # (kind, entry, names, codes): kind "org" | "group"
counts = collections.Counter()

for fname, entries in files.items():
    for e in entries:
        names, codes = clean_names(e), entry_codes(e)
        if not names or not codes:
            drop("entry without a readable name or code", e["names"][0])
            continue
        if any(c[0][:3] in FICTIONAL_CODES for c in codes):
            drop("fictional test entry", " ".join(names[0]))
            continue
        primary = strip_honorific(names[0])
        dated = any(c[1] or c[2] for c in codes)
        comments = " ".join(e["comments"] + [c[3] for c in codes])
        if fname == "countries":
            countryinfo = "countryinfo" in comments.lower()
            if is_country_entry(codes):
                # Synonyms of a country are its names, demonyms, cities and provinces, and some
                # politicians, who CountryInfo lists again as people: none is taken from here (the
                # person-like ones are places: "Chiang Mai", "Lam Dong", "Santiago de los Caballeros").
                counts["country entries"] += 1
                continue
            role_coded = any(has_role_suffix(c[0]) for c in codes)
            if countryinfo or (role_coded and (person_like(primary, False) if dated else person_like_medium(primary))):
                rows = person_rows(e, codes)
                if rows:
                    add_person(names[0], names[1:], rows, fname, first_country3(codes))
                continue
            suffixes = {split_code(c[0])[1][:3] for c in codes}
            if suffixes & {"REB", "INS", "SEP"} and not suffixes & {"GOV", "MIL", "COP", "SPY"}:
                bodies.append(("group", e, names, codes))
            else:
                counts["national bodies and places of Countries (not written)"] += 1
            person_synonyms(e, names, codes, fname)
        elif fname == "international":
            mnc = all(c[0].startswith("MNC") for c in codes)
            rulers = "igorulers" in comments.lower()
            if not mnc and (person_like(primary, strict=not (dated or rulers))):
                rows = person_rows(e, codes)
                if rows:
                    add_person(names[0], names[1:], rows, fname, first_country3(codes))
                continue
            bodies.append(("org", e, names, codes))
        else:
            img = all(c[0].startswith("IMG") for c in codes)   # KEDS militarised groups and their people
            if " ".join(strip_honorific(names[0])) in FICTIONAL_NAMES:
                drop("fictional test entry", " ".join(names[0]))
                continue
            if img and names[0][0] in HONORIFICS and len(names[0]) > 1:
                drop("a title or description before a name (COMMANDER_KHATTAB__, EXTREMIST_ABU_SAYYAF__)",
                     " ".join(names[0]))
                continue
            if len(primary) == 1 and LEADER_COMMENT.search(comments):
                drop("person with a one-word name (mononyms and glued initials, e.g. SUHARTO_, BHORTEFEUX_)",
                     " ".join(primary))       # "HAMBALI__ # leader jma": a person, not a group
                continue
            if person_like(primary, strict=True) or (img and person_like_img(primary)) or \
                    (person_like(primary, False) and LEADER_COMMENT.search(comments)):
                rows = person_rows(e, codes)
                if rows:
                    add_person(names[0], names[1:], rows, fname, first_country3(codes))
                continue
            bodies.append(("group", e, names, codes))

# ---------------------------------------------------------------------------------------------
# Organisations and groups: names in natural case, acronyms kept, leaders' names out of aliases.

CURATED_ACRONYMS = set()   # acronyms kbctl's lexicons write in capitals (UN, EU, NATO, UK, UAE)
for r in read_tsv("organizations.tsv"):
    for f in [r["name"]] + r["aliases"].split("|"):
        CURATED_ACRONYMS |= {w for w in f.split() if len(w) >= 2 and w.isupper() and w.isalpha()}
for r in countries:
    CURATED_ACRONYMS |= {w for w in r["aliases"].split("|") if len(w) >= 2 and w.isupper() and w.isalpha()}
COMPANY_WORDS = {"LTD": "Ltd", "BHD": "Bhd", "PTY": "Pty", "CO": "Co", "INC": "Inc", "CORP": "Corp",
                 "LLC": "LLC", "PLC": "PLC", "SA": "SA", "AG": "AG", "NV": "NV", "BV": "BV", "SPA": "SpA"}
KNOWN_ACRONYMS = set()
NAME_TOKENS = set(given) | set(surname)
for _, e, names, _ in bodies:
    for n in names:
        if len(n) >= 3:
            KNOWN_ACRONYMS.add("".join(t.strip("()")[0] for t in n if t.strip("()") and t not in ORG_LOWER))


def acronym(t):
    t = t.strip("()")
    if t in COMPANY_WORDS:
        return False
    if not t.isalpha() or not t.isupper() or len(t) < 2 or t in ORG_LOWER or t in PARTICLES:
        return False
    if t in CURATED_ACRONYMS:
        return True
    if t in KNOWN_ACRONYMS and t not in DICT_WORDS and len(t) <= 8:
        return True
    if not re.search(r"[AEIOUY]", t):
        return True
    return len(t) <= 3 and t not in DICT_WORDS and t not in NAME_TOKENS


ORG_LOWER |= {"LA", "LAS", "LOS", "LE", "LES", "DES", "DEL", "DI", "DU", "ET", "Y", "E", "DE", "OR"}
PERSON_NOUNS = set()   # filled from the agents file below: "envoy", "peacekeeper", "monitor" ...


def body_name(toks):
    """Natural-case name, parenthesised parts split off: 'BASQUE_..._(ETA)_' -> name, ['ETA'];
    "PEOPLE'S_REVOLUTIONARY_ARMY_(COLOMBIA)_" -> name, [], 'Colombia'."""
    s = " ".join(toks)
    if re.match(r"SOURCE:", s):
        return "", [], ""
    s = re.sub(r"\s*\([^)]*$", "", s)           # unbalanced "(MOHAMMAD" at the end
    if ")" in s.replace("(", "", 1) and "(" not in s:
        s = s.replace(")", "")                     # stray ")" ("HAMMARSKJOLD)")
    country, extra = "", []
    for p in re.findall(r"\(([^)]*)\)", s):
        cn = natural_case(p.split(), "org")
        if cn in ISO3.values():
            country = cn
        elif re.fullmatch(r"[A-Z]{2,8}", p.strip()):
            extra.append(p.strip())
    rest = re.sub(r"\s*\([^)]*\)\s*", " ", s).split()
    if not rest:
        return "", extra, country
    acr = {t for t in rest if acronym(t)}
    plural_acr = {t for t in rest if len(t) > 3 and t.endswith("S") and acronym(t[:-1]) and t[:-1] in
                  CURATED_ACRONYMS | {"NGO", "IGO"}}
    name = natural_case([t[:-1] if t in plural_acr else t for t in rest], "org", acronyms=acr | {t[:-1] for t in plural_acr})
    for t in plural_acr:     # "NGOS" -> "NGOs"
        name = re.sub(r"\b%s\b" % re.escape(t[:-1]), t[:-1] + "s", name)
    words = name.split(" ")
    for i, w in enumerate(words):
        if i > 0 and w.upper().rstrip(".,") in COMPANY_WORDS:
            words[i] = COMPANY_WORDS[w.upper().rstrip(".,")] + w[len(w.rstrip(".,")):]
    return " ".join(words), extra, country


# ---------------------------------------------------------------------------------------------
# Agents: "PHRASE {plural} [~CODE]"; !PERSON! and !MINIST! substitution sets; regular plurals.

SECTOR_CLASS = {  # CAMEO sector code (first block) -> plain-English class
    "GOV": "government", "MIL": "military", "REB": "rebel", "OPP": "opposition", "LEG": "legislator",
    "JUD": "judiciary", "COP": "police", "SPY": "intelligence", "BUS": "business", "MED": "media",
    "NGO": "ngo", "NGM": "ngo", "IGO": "international organisation", "CRM": "criminal", "CVL": "civilian",
    "PPL": "civilian", "EDU": "education", "HLH": "health", "AGR": "agriculture", "LAB": "labour",
    "REF": "refugee", "REL": "religious", "MUS": "religious", "CHR": "religious", "JEW": "religious",
    "HIN": "religious", "BUD": "religious", "UAF": "armed group", "IMG": "armed group",
    "INS": "insurgent", "SEP": "separatist", "RAD": "radical", "ENV": "environment", "HRI": "human rights",
    "PTY": "party", "ELI": "elite", "DEV": "development", "MNC": "business",
}
PREPOSITIONS = {"OF", "FOR", "TO", "AT", "IN", "ON", "WITH", "FROM", "AGAINST", "DE"}


UNCOUNTABLE = {"PERSONNEL", "STAFF", "PEOPLE", "POLICE", "CLERGY", "GENTRY", "INTELLIGENCE", "CATTLE",
               "LIVESTOCK", "MEDIA", "PUBLIC", "SOLDIERY", "WEAPONRY", "INFANTRY", "ARTILLERY", "CAVALRY",
               "CITIZENRY", "PEASANTRY", "JUDICIARY", "LEADERSHIP", "MILITARY", "YOUTH", "OFFSPRING", "AIRCRAFT",
               "SPECIES", "SERIES", "HEADQUARTERS", "CORPS", "FOLK", "POLICE", "SECURITY", "AID", "ENFORCEMENT"}
POSTPOSITIVE = {"GENERAL", "MARTIAL", "ELECT", "DESIGNATE", "EMERITUS", "AT-LARGE", "PLENIPOTENTIARY",
                "EXTRAORDINARY", "IN-CHIEF", "IN-WAITING"}


def plural_word(w):
    if w in UNCOUNTABLE or w.endswith("."):
        return None
    if "-" in w and w.rsplit("-", 1)[1] in POSTPOSITIVE:      # "ATTORNEY-GENERAL"
        head, tail = w.rsplit("-", 1)
        p = plural_word(head)
        return p and p + "-" + tail
    if w.endswith("MAN"):
        return w[:-3] + "MEN"
    if w.endswith(("SS", "X", "CH", "SH", "Z")):
        return w + "ES"
    if w.endswith("S"):
        return None                      # already plural, or Latin ("EMERITUS"): no plural
    if w.endswith("Y") and len(w) > 1 and w[-2] not in "AEIOU":
        return w[:-1] + "IES"
    return w + "S"


def plural_phrase(toks):
    """Pluralise the head noun: the word before the first preposition, else the last word, else the
    word before a postpositive adjective ("attorneys general"). No plural for phrases with commas."""
    if any("," in t for t in toks):
        return None
    i = next((k - 1 for k, t in enumerate(toks) if t in PREPOSITIONS and k > 0), len(toks) - 1)
    while i > 0 and toks[i] in POSTPOSITIVE:
        i -= 1
    p = plural_word(toks[i])
    return None if p is None else toks[:i] + [p] + toks[i + 1:]


def agent_text(toks):
    return " ".join(t.lower() for t in toks)


subst, agent_rows = {}, collections.OrderedDict()
for n, raw in enumerate(open(os.path.join(SRC, "Phoenix.agents.txt"), encoding="utf-8"), 1):
    line = raw.split("#", 1)[0].strip()
    if not line or line.startswith("<!"):
        continue
    m = re.match(r"^!(\w+)!\s*=\s*(.*)$", line)
    if m:
        subst[m.group(1)] = [x.strip() for x in m.group(2).split(",") if x.strip()]
        if m.group(1) == "PERSON" and "PEOPLE" not in subst["PERSON"]:
            subst["PERSON"].append("PEOPLE")   # "businesspeople", "congresspeople"
        continue
    m = re.match(r"^(.*?)\s*(?:\{([^}]*)\})?\s*\[([^\]}]+)[\]}]\s*$", line)
    if not m:
        drop("agent line without a code", line)
        continue
    phrase, plural, code = m.group(1).strip(), m.group(2), m.group(3).strip()
    if BROKEN.search(phrase):
        drop("name with a broken character (U+FFFD or mojibake)", phrase)
        continue
    sector = code.replace("~", "")
    cls = SECTOR_CLASS.get(sector[:3], "")
    if not cls:
        drop("agent code without a class", f"{phrase} [{code}]")
        continue
    open_ended = phrase.endswith("_")
    groups_of_forms = []   # [(noun, [forms])]
    mm = re.search(r"!(\w+)!", phrase)
    if mm and mm.group(1) in subst:
        # Every substitution is a form; no further plurals (PETRARCH). !MINIST! makes two nouns:
        # the office holder ("foreign minister(s)") and the ministry ("foreign ministry/ministries").
        sub = subst[mm.group(1)]
        # Only the first marker is a substitution (PETRARCH); later ones are a search-and-replace
        # accident of the file ("AD!MINIST!RATIVE" = ADMINISTRATIVE) and are read as plain text.
        expand = [tokens(re.sub(r"!(\w+)!", r"\1", phrase.replace(mm.group(0), s, 1))) for s in sub]
        if mm.group(1) == "MINIST":
            groups_of_forms = [(expand[0], expand[:2]), (expand[2], expand[2:])]
        else:
            groups_of_forms = [(expand[0], expand)]
    else:
        toks = tokens(phrase)
        forms = [toks]
        if plural is not None:
            if plural.strip():
                forms.append(tokens(plural))
        elif not open_ended:
            p = plural_phrase(toks)
            if p:
                forms.append(p)
        groups_of_forms = [(toks, forms)]
    for noun, forms in groups_of_forms:
        key = agent_text(noun)
        r = agent_rows.setdefault((key, sector), {"noun": key, "forms": [], "sector": sector, "class": cls})
        for f in forms:
            if agent_text(f) not in r["forms"]:
                r["forms"].append(agent_text(f))
# One-word titles (titles.tsv) and the agents that name a person sent by a body: an IGO entry
# headed by one ("UN_ENVOY_", "INDIAN_UN_PEACEKEEPER_") describes a person, not a body.
for r in titles:
    PERSON_NOUNS |= {f.upper() for f in [r["role"]] + r["forms"].split("|") if f and " " not in f}
PERSON_NOUNS |= {"PEACEKEEPER", "PEACEKEEPERS", "MONITOR", "MONITORS", "RESIDENT", "OBSERVER", "OBSERVERS",
                 "INSPECTOR", "INSPECTORS", "ENVOYS", "OFFICIALS", "REPRESENTATIVE", "GENERAL"}

# ---------------------------------------------------------------------------------------------
# Bodies: one row per organisation or group; entries of one body merged.


def pick_code(codes):
    undated = [c for c in codes if not (c[1] or c[2])]
    return (undated or codes)[0][0]


body_rows = {"org": collections.OrderedDict(), "group": collections.OrderedDict()}
for kind, e, names, codes in bodies:
    code = pick_code(codes)
    primary = names[0][1:] if names[0][0] == "THE" and len(names[0]) > 1 else names[0]
    head = next((primary[k - 1] for k, t in enumerate(primary) if t in PREPOSITIONS and k > 0), primary[-1])
    if kind == "org" and code.startswith("IGO") and head in PERSON_NOUNS:
        drop("description of a person, not a body (UN_ENVOY_, INDIAN_UN_PEACEKEEPER_)", " ".join(primary))
        continue
    name, extra, pcountry = body_name(primary)
    if not name:
        drop("entry without a readable name or code", " ".join(names[0]))
        continue
    country = pcountry or (role_code_parts(code) or ("", ""))[0]
    if kind == "group":
        leaders = person_synonyms(e, names, codes, e["file"].split(".")[1].lower())
    else:
        leaders = [n for n in names[1:] if person_like(strip_honorific(strip_descriptor(n)), strict=True)]
    aliases = list(extra)
    leader_toks = [strip_honorific(strip_descriptor(n)) for n in leaders]
    for n in names[1:]:
        if n in leaders:
            drop("leader's name listed as a synonym of a body (kept as a person)", f"{name} <- {' '.join(n)}")
            continue
        t = strip_honorific(strip_descriptor(n))
        if any(similar_name(t, lt) and not org_like(t) and (len(t) > 1 or difflib.SequenceMatcher(
                None, t[0].split("-")[-1], lt[-1].split("-")[-1]).ratio() >= 0.75) for lt in leader_toks):
            drop("leader's name listed as a synonym of a body (kept as a person)", f"{name} <- {' '.join(n)}")
            continue
        if any(w.endswith("-BASED") for w in n):
            drop("descriptive synonym of a body (QATAR-BASED_BROADCASTER_AL-JAZEERA)", " ".join(n))
            continue
        t = n[1:] if n[0] == "THE" and len(n) > 1 else n
        a, ex, _ = body_name(t)
        for x in [a] + ex:
            if x and x != name and x not in aliases:
                aliases.append(x)
    key = (name.lower(), country)
    r = body_rows[kind].setdefault(key, {"name": name, "aliases": [], "code": code, "country": country})
    for a in aliases:
        if a.lower() != name.lower() and a not in r["aliases"]:
            r["aliases"].append(a)


def merge_acronyms(rows):
    """'UN' [IGOUNO] and 'United Nations' [IGOUNO]: the acronym becomes an alias of the long name
    when its letters are the initials of that name and both carry the same code."""
    by_code = collections.defaultdict(list)
    for k, r in rows.items():
        by_code[r["code"]].append(k)
    for code, keys in by_code.items():
        for k in list(keys):
            r = rows.get(k)
            if r is None or " " in r["name"] or not r["name"].replace(".", "").isupper():
                continue
            letters = r["name"].replace(".", "")
            for k2 in keys:
                r2 = rows.get(k2)
                if k2 == k or r2 is None or r2["country"] != r["country"]:
                    continue
                words = [w for w in r2["name"].replace("-", " ").split() if w.lower() not in
                         {x.lower() for x in ORG_LOWER}]
                ini = "".join(w if w.isupper() else w[0] for w in words).upper()
                if ini == letters:
                    for a in [r["name"]] + r["aliases"]:
                        if a not in r2["aliases"] and a != r2["name"]:
                            r2["aliases"].append(a)
                    del rows[k]
                    drop("acronym entry merged into the body it abbreviates", f"{r['name']} -> {r2['name']}")
                    break


for kind in body_rows:
    merge_acronyms(body_rows[kind])
# A name that is another row's alias (same code) is that body: merge.
for kind, rows in body_rows.items():
    alias_of = {}
    for k, r in rows.items():
        for a in r["aliases"]:
            alias_of.setdefault((a.lower(), r["code"]), k)
    for k in list(rows):
        r = rows[k]
        tgt = alias_of.get((r["name"].lower(), r["code"]))
        if tgt and tgt != k and tgt in rows:
            for a in [r["name"]] + r["aliases"]:
                if a not in rows[tgt]["aliases"] and a != rows[tgt]["name"]:
                    rows[tgt]["aliases"].append(a)
            del rows[k]
            drop("entry that repeats another entry's synonym (merged)", f"{r['name']} -> {rows[tgt]['name']}")

# ---------------------------------------------------------------------------------------------
# People: one person per name; an entry whose name another entry lists as a synonym is that
# person ("KOFI_ATTA_ANNAN_" and "KOFI_ANNAN_ ... +KOFI_ATTA_ANNAN_"), unless their countries differ.


def same_tenure(p, q):
    """Two entries are one person only if they hold the same code at overlapping times (or one has
    no dates at all): 'George Bush' (1989-93) is a synonym of George W. Bush too, but not him."""
    def overlap(r, s):   # same office code (not ELI, "elite", which father and son share) at one time
        return r[0] == s[0] and r[1] == s[1] and r[1] not in ("", "ELI") and \
            (r[3] or "0") <= (s[4] or "9") and (s[3] or "0") <= (r[4] or "9")
    if not any(r[3] or r[4] for r in q["rows"]) or not any(r[3] or r[4] for r in p["rows"]):
        return bool({r[0] for r in p["rows"]} & {r[0] for r in q["rows"]})
    return any(overlap(r, s) for r in p["rows"] for s in q["rows"])


for k in list(people):
    p = people.get(k)
    if p is None:
        continue
    for a in list(p["aliases"]):
        k2 = person_key(a)
        q = people.get(k2)
        if q is None or q is p or not same_tenure(p, q):
            continue
        merge_into(p, q)
        del people[k2]
        drop("person entry merged into the entry that lists its name as a synonym", f"{q['name']} -> {p['name']}")
# Entries whose names differ only in middle initials ("George D. Woods", "George Woods") and that
# hold the same office at the same time are one person.
by_short = collections.defaultdict(list)
for k, p in people.items():
    by_short[" ".join(w for w in k.split() if len(w) > 1)].append(k)
for short, ks in by_short.items():
    for k2 in ks[1:]:
        p, q = people.get(ks[0]), people.get(k2)
        if p is not None and q is not None and same_tenure(p, q):
            merge_into(p, q)
            del people[k2]
            drop("person entry merged into the entry that lists its name as a synonym", f"{q['name']} -> {p['name']}")
for p in people.values():   # "Ban Ki Moon" (CountryInfo) reads "Ban Ki-moon" (International)
    same = [a for a in p["aliases"] if person_key(a) == person_key(p["name"]) and a.count("-") > p["name"].count("-")]
    if same:
        p["aliases"] = [p["name"]] + [a for a in p["aliases"] if a != same[0]]
        p["name"] = same[0]
names_taken = {person_key(p["name"]) for p in people.values()}
for p in people.values():
    rows = p["rows"]
    # An alias that is another listed person's name ("George Bush" of George W. Bush) is ambiguous.
    p["aliases"] = [a for a in p["aliases"] if person_key(a) == person_key(p["name"]) or person_key(a) not in names_taken]
    # An undated default row adds nothing beside a dated row of the same code; a row without a
    # role adds nothing beside the same row with one.
    dated = {(r[0], r[1]) for r in rows if r[3] or r[4]}
    with_role = {(r[0], r[1], r[3], r[4]) for r in rows if r[2]}
    p["rows"] = [r for r in rows if ((r[3] or r[4]) or (r[0], r[1]) not in dated)
                 and (r[2] or (r[0], r[1], r[3], r[4]) not in with_role)]
    p["aliases"] = [a for a in p["aliases"] if a.casefold() != p["name"].casefold()]

# ---------------------------------------------------------------------------------------------
# Write and validate.

SHA_LINE = "; ".join(f"{f}={d}" for f, d in INPUTS.items()) + f"; /usr/share/dict/words (wamerican, a filter)={DICT_SHA}"
COMMON = [
    "# source: openeventdata/petrarch2, petrarch2/data/dictionaries (copy in third_party/petrarch2/)",
    f"# version: petrarch2 commit {COMMIT} (dictionaries of 2014-2015)",
    "# licence: MIT (Copyright (c) 2014 Open Event Data Alliance); see third_party/petrarch2/LICENSE",
    f"# sha256: {SHA_LINE}",
    "# generated-by: scripts/gen-actors.py (do not edit by hand; change the script and rerun it)",
]


def check(path, columns, rows):
    seen = set()
    for i, r in enumerate(rows):
        assert len(r) == len(columns), (path, i, r)
        assert r[0].strip(), (path, "empty name", r)
        for f in r:
            assert "\t" not in f and "\n" not in f and f == f.strip(), (path, r)
            assert "||" not in f and not f.startswith("|") and not f.endswith("|"), (path, r)
        t = tuple(r)
        assert t not in seen, (path, "duplicate row", r)
        seen.add(t)


def write(fname, intro, known, columns, rows):
    check(fname, columns, rows)
    path = os.path.join(LEX, fname)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for line in intro:
            out.write("# " + line + "\n")
        for line in COMMON:
            out.write(line + "\n")
        out.write("# known problems: " + known + "\n")
        out.write("# columns: " + "\t".join(columns) + "\n")
        for r in rows:
            out.write("\t".join(r) + "\n")
    size = os.path.getsize(path)
    assert size < 5_000_000, (fname, size)
    return size


# People.
people_out = []
for p in people.values():
    for country, role_code, role, start, end in p["rows"]:
        people_out.append([p["name"], "|".join(p["aliases"]), country, role_code, role, start, end])
people_out.sort(key=lambda r: (r[0].casefold(), r[0], r[2], r[5] or r[6], r[6], r[3], r[4]))
for r in people_out:
    for d in (r[5], r[6]):
        assert d == "" or re.fullmatch(r"\d{4}-\d{2}-\d{2}", d), r
    assert not (r[5] and r[6]) or r[5] <= r[6], r

sizes = {}
sizes["phoenix-people.tsv"] = write(
    "phoenix-people.tsv",
    ["People of the PETRARCH2 Phoenix actor dictionaries: office holders by country (from CountryInfo, 2014),",
     "heads of international organisations and members of armed groups. One row per person and CAMEO",
     "code with its date range, so a person with several offices has several rows under one name.",
     "Column country = the canonical name in countries.tsv (the CAMEO code when it has none there); empty",
     "for IGO or regional codes. Column role_code = the CAMEO code after the country (GOV, GOVJUD, MIL,",
     "ELI = elite, not in office, OPP, REB ...) or the whole code when it has no country (IGOUNOHLHWHO).",
     "Column role = the office in plain English where a dictionary comment names it, else empty. Columns",
     "start, end = yyyy-mm-dd, empty = open (the dictionary's <date and >date restrictions); both empty =",
     "at any time. Column aliases = other spellings, titles and descriptions stripped, on every row of the",
     "person."],
    "data end in 2015 (later offices missing, some end dates open though the term ended); ELI start dates "
    "are often a guessed 1 January; names of people the dictionary lists only as synonyms of a country or "
    "group carry that entry's code (often no role); a few synonyms may still be another person; "
    "transliterations are the dictionary's (Qadhafi, Gaddafi both kept as aliases); names that are one word "
    "in the dictionary are dropped",
    ["name", "aliases", "country", "role_code", "role", "start", "end"], people_out)


def body_out(rows):
    out = [[r["name"], "|".join(r["aliases"]), r["code"], r["country"]] for r in rows.values()]
    out.sort(key=lambda r: (r[0].casefold(), r[0], r[3], r[2]))
    return out


orgs_out = body_out(body_rows["org"])
sizes["phoenix-organizations.tsv"] = write(
    "phoenix-organizations.tsv",
    ["Organisations of the PETRARCH2 Phoenix international actor dictionary: intergovernmental organisations",
     "(code IGO...), non-governmental organisations (NGO...), multinational companies (MNC...) and media",
     "(MED...). Column code = the CAMEO code (the undated one when there are several); column country =",
     "canonical countries.tsv name of the first country block of the code (NGOUSA..., MNCJPN), else empty.",
     "Acronym entries are merged into the name they abbreviate when both carry the same code."],
    "many companies are small US-listed firms of 2010 and some names are generic (Alliance, Service for Peace); "
    "some codes are coarse (every UN body IGOUNO); the dictionary's own capitalisation is lost, so some "
    "acronyms may read as words and some words as acronyms",
    ["name", "aliases", "code", "country"], orgs_out)

groups_out = body_out(body_rows["group"])
sizes["phoenix-groups.tsv"] = write(
    "phoenix-groups.tsv",
    ["Armed non-state groups of the PETRARCH2 Phoenix dictionaries: Phoenix.MilNonState.actors.txt (START TOPS",
     "2013, Wikipedia's designated terrorist organisations 2013, KEDS militarised groups 2009) and the rebel,",
     "insurgent and separatist groups (REB, INS, SEP codes) of Phoenix.Countries.actors.txt.",
     "Column code = the CAMEO code (FRAREB, IMGMUSALQ = international militarised group, Muslim, al-Qaeda);",
     "column country = canonical countries.tsv name from the code or a parenthesised country in the name.",
     "Leaders listed as synonyms of a group are in phoenix-people.tsv, not here."],
    "many groups are small or defunct (1970s-2000s European and Latin American cells); spelling variants of "
    "one group that the dictionary lists as separate entries stay separate rows; some codes use the coder "
    "placeholder KKL or INT for the country (read as none)",
    ["name", "aliases", "code", "country"], groups_out)

agents_out = [[r["noun"], "|".join(r["forms"]), r["sector"], r["class"]] for r in agent_rows.values()]
agents_out.sort(key=lambda r: (r[0], r[2]))
sizes["phoenix-agents.tsv"] = write(
    "phoenix-agents.tsv",
    ["Agent nouns of the PETRARCH2 Phoenix agent dictionary: words that, after an actor (\"Syrian rebels\",",
     "\"the Kenyan police\"), make it a sector of that actor. Column forms = singular and plural as found or made",
     "(regular plurals of the head noun; !PERSON! = man, men, woman, women, person, people; !MINIST! =",
     "minister(s) and ministry/ministries as two nouns). Column sector_code = the CAMEO code without its ~",
     "(GOVMED = government, media). Column role_class = plain-English class of the first block of the code."],
    "some nouns are archaic or odd (from WordNet: gangdom, sodbuster); some misspellings are kept as found "
    "(they occur in news); a phrase ending in _ in the dictionary (LIBERATION_FRONT_) may be followed by "
    "more words; one sense per noun (BUSINESS is a sector, not an event)",
    ["noun", "forms", "sector_code", "role_class"], agents_out)

persons = len(people)
print(f"gen-actors: {persons} people in {len(people_out)} rows -> phoenix-people.tsv ({sizes['phoenix-people.tsv']} bytes)")
print(f"gen-actors: {len(orgs_out)} organisations -> phoenix-organizations.tsv ({sizes['phoenix-organizations.tsv']} bytes)")
print(f"gen-actors: {len(groups_out)} groups -> phoenix-groups.tsv ({sizes['phoenix-groups.tsv']} bytes)")
print(f"gen-actors: {len(agents_out)} agent nouns -> phoenix-agents.tsv ({sizes['phoenix-agents.tsv']} bytes)")
for k, v in sorted(counts.items()):
    print(f"gen-actors: {v} {k}")
for reason, items in sorted(dropped.items()):
    print(f"gen-actors: dropped {len(items)}: {reason}")
    if REPORT:
        for x in items[:40]:
            print("    ", x)
