#!/usr/bin/env python3
"""Generate Sources/KB/Lexicons/tagger.tagger from PyPI `textblob-aptagger==0.2.0`.

Usage: python3 scripts/gen-tagger.py
  (needs network access to PyPI for `pip download` only; nothing else is fetched)

What it does:
  1. `pip download --no-deps --no-binary :all: textblob-aptagger==0.2.0` into a temp dir
     (falls back to the wheel if no sdist can be had), and reads from the archive, without
     extracting it to disk: the weights `textblob_aptagger/trontagger-0.1.0.pickle`, the
     LICENSE, and the package's Python source (taggers.py, _perceptron.py).
  2. Checks the pickle's sha256 against the pinned value and loads it with a restricted
     unpickler that allows only `set` (the pickle's one global); anything else is refused.
  3. Writes:
       Sources/KB/Lexicons/tagger.tagger          the weights as plain UTF-8 text (format in its header)
       third_party/textblob-aptagger/LICENSE      the package's licence, byte for byte
       third_party/textblob-aptagger/README.md    provenance (version, archive, sha256s)
       Tests/KBTests/Fixtures/tagger-expected.tsv tags the reference predicts for invented news sentences
  4. Self-check: re-implements the tagger from the written tagger.tagger alone (pure Python,
     no pickle) and compares it with the package's own PerceptronTagger code (loaded from
     the downloaded sdist, with the restricted-loaded weights) on the fixture sentences and
     on seeded random token sequences; exits non-zero on any disagreement.

The outputs are committed; kbctl embeds tagger.tagger at build time and never runs this script.
Output is deterministic (no timestamps; everything sorted).
"""
import ast
import builtins
import hashlib
import importlib
import io
import os
import pickle
import random
import subprocess
import sys
import tarfile
import tempfile
import types
import zipfile

PACKAGE = "textblob-aptagger"
VERSION = "0.2.0"
PICKLE_NAME = "trontagger-0.1.0.pickle"
PICKLE_MEMBER = "textblob_aptagger/" + PICKLE_NAME
# sha256 of the pickle inside textblob-aptagger-0.2.0.tar.gz (checked; a different file stops the script)
PICKLE_SHA256 = "1109164b3d28dce58f96b763128bab2fd8754c3921fd3330de2724ac6d1ada7c"
# sha256 of the sdist as PyPI served it when this script was written (reported, not required)
SDIST_SHA256 = "b251a4d8626fbd98e50e36db577e8dad2091161c63c8ba6b4b3d9cdbcbc09fae"
COPYRIGHT_LINE = "Copyright 2013 Matthew Honnibal"  # from the sdist's LICENSE; used only if an archive lacks it

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
OUT_TAGGER = os.path.join(ROOT, "Sources", "KB", "Lexicons", "tagger.tagger")
OUT_TP_DIR = os.path.join(ROOT, "third_party", "textblob-aptagger")
OUT_LICENSE = os.path.join(OUT_TP_DIR, "LICENSE")
OUT_README = os.path.join(OUT_TP_DIR, "README.md")
OUT_FIXTURE = os.path.join(ROOT, "Tests", "KBTests", "Fixtures", "tagger-expected.tsv")

START = ["-START-", "-START2-"]
END = ["-END-", "-END2-"]

# (pickle key prefix, canonical name, number of values, what the values are), in the order
# in which PerceptronTagger._get_features adds them. This order is also the order in which the
# scores are summed, and the order of the feat lines in the output.
TEMPLATES = [
    ("bias", "bias", 0, "no value; always present"),
    ("i suffix", "suffix", 1, "last 3 characters of the RAW token (word[-3:], case kept)"),
    ("i pref1", "pref1", 1, "first character of the RAW token (word[0], case kept)"),
    ("i-1 tag", "tag1", 1, "tag of the previous token (prev)"),
    ("i-2 tag", "tag2", 1, "tag of the token before that (prev2)"),
    ("i tag+i-2 tag", "tag12", 2, "prev, prev2 (in that order)"),
    ("i word", "word", 1, "normalised token (context[i])"),
    ("i-1 tag+i word", "tag1word", 2, "prev, normalised token"),
    ("i-1 word", "word1", 1, "normalised previous token (context[i-1])"),
    ("i-1 suffix", "suffix1", 1, "last 3 characters of the normalised previous token (context[i-1][-3:])"),
    ("i-2 word", "word2", 1, "normalised token two back (context[i-2])"),
    ("i+1 word", "wordn1", 1, "normalised next token (context[i+1])"),
    ("i+1 suffix", "suffixn1", 1, "last 3 characters of the normalised next token (context[i+1][-3:])"),
    ("i+2 word", "wordn2", 1, "normalised token two ahead (context[i+2])"),
]
TEMPLATE_ORDER = {canon: n for n, (_, canon, _, _) in enumerate(TEMPLATES)}
TEMPLATE_ARITY = {canon: arity for (_, canon, arity, _) in TEMPLATES}


def log(*a):
    print("gen-tagger:", *a, flush=True)


def die(msg):
    sys.exit("gen-tagger: error: " + msg)


# --------------------------------------------------------------------------- download


def download(tmp):
    """pip download the package into tmp; return the archive path (sdist preferred)."""
    base = [sys.executable, "-m", "pip", "download", "--no-deps", "--disable-pip-version-check",
            "--quiet", "-d", tmp, f"{PACKAGE}=={VERSION}"]
    attempts = [base + ["--no-binary", ":all:"], base + ["--only-binary", ":all:"]]
    for cmd in attempts:
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        files = sorted(f for f in os.listdir(tmp) if f.endswith((".tar.gz", ".zip", ".whl")))
        if r.returncode == 0 and files:
            return os.path.join(tmp, files[0])
        log("pip download failed:", " ".join(cmd[3:]), "\n" + r.stdout[-2000:])
    die("could not download %s==%s from PyPI" % (PACKAGE, VERSION))


def read_archive(path):
    """Return {relative path inside the package dir: bytes} for the members we need.
    Members are read into memory only; nothing from the archive is extracted to disk by path."""
    wanted = {PICKLE_MEMBER, "LICENSE", "setup.py", "README.rst",
              "textblob_aptagger/taggers.py", "textblob_aptagger/_perceptron.py",
              "textblob_aptagger/__init__.py"}
    out = {}

    def strip_top(name):
        # sdist: textblob-aptagger-0.2.0/<path>; wheel: <path> directly
        if path.endswith(".whl"):
            return name
        return name.split("/", 1)[1] if "/" in name else name

    if path.endswith(".tar.gz"):
        with tarfile.open(path, "r:gz") as tf:
            for m in tf.getmembers():
                rel = strip_top(m.name)
                if rel in wanted and m.isfile():
                    out[rel] = tf.extractfile(m).read()
    else:
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                rel = strip_top(name)
                if rel in wanted:
                    out[rel] = zf.read(name)
    if PICKLE_MEMBER not in out:
        die("%s not found in %s" % (PICKLE_MEMBER, os.path.basename(path)))
    for need in ("textblob_aptagger/taggers.py", "textblob_aptagger/_perceptron.py"):
        if need not in out:
            die("%s not found in %s" % (need, os.path.basename(path)))
    return out


MIT_BODY = """Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in
all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
THE SOFTWARE.
"""


# --------------------------------------------------------------------------- restricted unpickling


class RestrictedUnpickler(pickle.Unpickler):
    """Allows only the builtin `set` (the pickle is a Python 2 protocol-2 pickle whose only
    global is `__builtin__ set`, used to rebuild `classes`). Dicts, byte strings, floats,
    ints and tuples need no globals. Anything else is refused with its name."""

    ALLOWED = {("__builtin__", "set"): builtins.set, ("builtins", "set"): builtins.set}

    def find_class(self, module, name):
        try:
            return self.ALLOWED[(module, name)]
        except KeyError:
            raise pickle.UnpicklingError("refusing to load global %s.%s from the pickle" % (module, name))

    def persistent_load(self, pid):
        raise pickle.UnpicklingError("refusing persistent id %r" % (pid,))


def s(b, what):
    """Python 2 `str` objects arrive as bytes (encoding='bytes'); they must be ASCII/UTF-8."""
    if isinstance(b, str):
        return b
    if not isinstance(b, bytes):
        die("unexpected %s in %s" % (type(b).__name__, what))
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        die("non-UTF-8 string %r in %s" % (b, what))


def load_pickle(data):
    obj = RestrictedUnpickler(io.BytesIO(data), encoding="bytes").load()
    if not (isinstance(obj, tuple) and len(obj) == 3):
        die("pickle does not hold a (weights, tagdict, classes) tuple")
    raw_w, raw_td, raw_cl = obj
    if not (isinstance(raw_w, dict) and isinstance(raw_td, dict) and isinstance(raw_cl, set)):
        die("pickle tuple has unexpected types")
    weights = {}
    for k, d in raw_w.items():
        if not isinstance(d, dict):
            die("weights[%r] is not a dict" % (k,))
        inner = {}
        for c, v in d.items():
            if type(v) not in (float, int):
                die("weight %r/%r is %s" % (k, c, type(v).__name__))
            inner[s(c, "weights")] = float(v)
        weights[s(k, "weights")] = inner
    tagdict = {s(k, "tagdict"): s(v, "tagdict") for k, v in raw_td.items()}
    classes = {s(c, "classes") for c in raw_cl}
    return weights, tagdict, classes


# --------------------------------------------------------------------------- conversion


def split_key(key):
    """'i-1 tag+i word NN dog' -> ('tag1word', ['NN', 'dog']); None if unknown."""
    if key == "bias":
        return "bias", []
    # longest prefix first, so that e.g. "i-1 tag+i word" is not taken for "i-1 tag"
    for prefix, canon, arity, _ in sorted(TEMPLATES, key=lambda t: -len(t[0])):
        if arity and key.startswith(prefix + " "):
            values = key[len(prefix) + 1:].split(" ")
            if len(values) != arity or any(v == "" for v in values):
                return None
            return canon, values
    return None


def fmt_weight(w):
    """Shortest decimal with at most 3 decimals; must read back as exactly round(w, 3)."""
    r = round(w, 3)
    t = "%.3f" % r
    t = t.rstrip("0").rstrip(".")
    if t in ("-0", ""):
        t = "0"
    if float(t) != r:
        die("weight %r does not survive formatting (%s)" % (w, t))
    return t


def bad_chars(x):
    return any(ch in x for ch in "\t\n\r ")


def convert(weights, tagdict, classes):
    class_list = sorted(classes)
    index = {c: n for n, c in enumerate(class_list)}
    stats = {"rounded_changed": 0, "zero_dropped": 0, "empty_features": 0, "skipped": []}
    feats = []
    for key, d in weights.items():
        parsed = split_key(key)
        if parsed is None:
            stats["skipped"].append(("unparsable key", key))
            continue
        canon, values = parsed
        if any(bad_chars(v) for v in values):
            stats["skipped"].append(("whitespace in value", key))
            continue
        items = []
        for c, w in d.items():
            if c not in index:
                die("weight for unknown class %r in feature %r" % (c, key))
            r = round(w, 3)
            if r != w:
                stats["rounded_changed"] += 1
            if r == 0:
                stats["zero_dropped"] += 1
                continue
            items.append((index[c], r))
        if not items:
            stats["empty_features"] += 1
            continue
        items.sort()
        feats.append((TEMPLATE_ORDER[canon], canon, tuple(values), items))
    feats.sort(key=lambda f: (f[0], f[2]))
    td = []
    for word, tag in sorted(tagdict.items()):
        if bad_chars(word) or word == "":
            stats["skipped"].append(("bad tagdict word", word))
            continue
        if tag not in index:
            die("tagdict tag %r not in classes" % tag)
        td.append((word, tag))
    return class_list, td, feats, stats


def function_sources(taggers_src, perceptron_src):
    """Verbatim source of the functions a port must follow, cut from the sdist's files."""
    out = []
    for src, cls, fn in ((taggers_src, "PerceptronTagger", None), (perceptron_src, "AveragedPerceptron", "predict")):
        tree = ast.parse(src)
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and node.name == cls:
                if fn is None:  # START/END and the three tagger methods
                    for sub in node.body:
                        if isinstance(sub, ast.Assign) and any(getattr(t, "id", "") in ("START", "END") for t in sub.targets):
                            out.append(("textblob_aptagger/taggers.py", "PerceptronTagger." + sub.targets[0].id,
                                        ast.get_source_segment(src, sub, padded=True)))
                    for name in ("tag", "_normalize", "_get_features"):
                        for sub in node.body:
                            if isinstance(sub, ast.FunctionDef) and sub.name == name:
                                out.append(("textblob_aptagger/taggers.py", "PerceptronTagger." + name,
                                            ast.get_source_segment(src, sub, padded=True)))
                else:
                    for sub in node.body:
                        if isinstance(sub, ast.FunctionDef) and sub.name == fn:
                            out.append(("textblob_aptagger/_perceptron.py", cls + "." + fn,
                                        ast.get_source_segment(src, sub, padded=True)))
    if len(out) != 6:
        die("could not find the expected functions in the package source (%d found)" % len(out))
    return out


def header_lines(pickle_sha, n_feats, n_tags, class_list, sources):
    H = []
    a = H.append
    a("# tagger: greedy averaged perceptron, Penn Treebank tags (weights of Matthew Honnibal's tagger, trained on WSJ text)")
    a("# source: textblob-aptagger %s (PyPI), file textblob_aptagger/%s" % (VERSION, PICKLE_NAME))
    a("# licence: MIT (third_party/textblob-aptagger/LICENSE)")
    a("# sha256: %s" % pickle_sha)
    a("# generated by: scripts/gen-tagger.py")
    a("# known problems: trained on 1980s Wall Street Journal text (US spelling, financial register, no post-1989 vocabulary);"
      " weights rounded to 3 decimals (lossless: the pickle already holds 3-decimal values);"
      " the pickle has features for \"!UNK\" but _normalize never produces it, so they never fire;"
      " the -START- tag features (tag1/tag2/tag12 with -START-) are barely trained (+-1 for NNP/``) because training carried"
      " prev/prev2 over from the previous sentence; the tag dictionary is exact-case (it has both 'The' and 'the', but a"
      " word seen capitalised fewer than 20 times misses it); _normalize maps every token with an inner hyphen to !HYPHEN"
      " and every 4-digit number to !YEAR (not only 1800-2100, whatever its docstring says); it expects PTB tokens:"
      " `` and '' for quotes, -LRB- -RRB- (-LCB- -RCB-) for brackets (a bare '(' or ')' is an unknown word and gets a"
      " wrong tag), 's and n't split off, -- for dashes; untokenised or Unicode-quote input tags worse.")
    a("# counts: %d classes, %d tag-dictionary entries, %d features" % (len(class_list), n_tags, n_feats))
    a("#")
    a("# columns: see below. Lines are separated by \\n, fields by \\t; lines starting with # are comments.")
    a("#   classes<TAB>T0<TAB>T1...            one line: all tags, sorted by code point. A tag's index = its 0-based position after 'classes'.")
    a("#   tag<TAB>WORD<TAB>TAG                 tag dictionary (one line per entry, sorted by WORD): exact, case-sensitive RAW token -> tag.")
    a("#   feat<TAB>NAME[<TAB>V1[<TAB>V2]]<TAB>WEIGHTS")
    a("#                                       NAME is a template (table below), followed by its 0, 1 or 2 values (any non-empty")
    a("#                                       string without whitespace, e.g. -START- !DIGITS ''); WEIGHTS is the last field:")
    a("#                                       comma-separated INDEX:WEIGHT, ascending INDEX, WEIGHT a decimal with at most 3")
    a("#                                       decimals (e.g. 2.817, -1, 0.06); zero weights and all-zero features are left out.")
    a("#                                       Lines are sorted by template (order of the table) then by values (code point).")
    a("#")
    a("# templates: NAME (values) <- pickle key prefix: what the value is. The pickle key was prefix + ' ' + ' '.join(values).")
    for prefix, canon, arity, what in TEMPLATES:
        a("#   %-9s (%d) <- %-17s %s" % (canon, arity, '"' + prefix + '":', what))
    a("#")
    a("# algorithm (what textblob_aptagger %s does; the verbatim Python source follows this summary):" % VERSION)
    a("#   input: a sentence as a list of Penn Treebank tokens (each non-empty, no whitespace; `` '' for quotes, -LRB- -RRB- for brackets, 's and n't split).")
    a("#   normalize(w): if '-' occurs in w and w[0] != '-' -> \"!HYPHEN\"")
    a("#                 elif w.isdigit() and len(w) == 4     -> \"!YEAR\"    (isdigit: every character is a digit, w non-empty)")
    a("#                 elif w[0] is a digit                 -> \"!DIGITS\"  (so 12, 3.5, 1,200, 1980s, 5.25)")
    a("#                 else                                 -> w.lower()")
    a("#                 (Python semantics: str.isdigit / str.lower are Unicode-aware; len, [0], [-3:] count code points,")
    a("#                 i.e. Unicode scalars, not Swift Characters. The order matters: '1990-91' -> !HYPHEN, '-5' -> '-5'.)")
    a("#   context = [\"-START-\", \"-START2-\"] + [normalize(w) for w in words] + [\"-END-\", \"-END2-\"]")
    a("#   prev, prev2 = \"-START-\", \"-START2-\" before the first sentence. NB: PerceptronTagger.tag() sets them once per call and")
    a("#     does NOT reset them between the sentences of one call (training did the same); tagging one sentence per call resets them.")
    a("#   for each token i (0-based) with raw word w:")
    a("#     if w is a key of the tag dictionary (exact raw string): tag = tagdict[w]   (no features, no scoring)")
    a("#     else: j = i + 2 (index into context); the 14 features, in this order:")
    a("#       bias; suffix w[-3:]; pref1 w[0]; tag1 prev; tag2 prev2; tag12 prev prev2; word context[j];")
    a("#       tag1word prev context[j]; word1 context[j-1]; suffix1 context[j-1][-3:]; word2 context[j-2];")
    a("#       wordn1 context[j+1]; suffixn1 context[j+1][-3:]; wordn2 context[j+2]")
    a("#       (suffix/pref1 use the RAW token with its case; all other word features use the normalised context;")
    a("#       [-3:] of a string shorter than 3 is the whole string)")
    a("#       score[c] = 0.0 for every class c; for each feature in the order above that has a feat line (others are skipped),")
    a("#       for each INDEX:WEIGHT: score[INDEX] += WEIGHT  (every feature's value is 1; IEEE double, added in exactly this")
    a("#       order from 0.0, gives Python's numbers bit for bit).")
    a("#       tag = the class with the highest score; on a tie the class that sorts LAST wins (Python:")
    a("#       max(classes, key=lambda label: (scores[label], label))), i.e. the highest index. Classes with no weight score 0.0.")
    a("#     then prev2 = prev; prev = tag  (also after a tag-dictionary hit).")
    a("#")
    a("# verbatim source (MIT, Copyright 2013 Matthew Honnibal; from the %s %s sdist):" % (PACKAGE, VERSION))
    for path, name, src in sources:
        a("# ---- %s: %s" % (path, name))
        for line in src.rstrip("\n").split("\n"):
            a(("# " + line).rstrip())
    a("# ---- end of source")
    a("#")
    return H


def write_tagger(path, header, class_list, td, feats):
    out = io.StringIO()
    for line in header:
        if "\t" in line:
            die("tab in header line: %r" % line)
        out.write(line + "\n")
    out.write("classes\t" + "\t".join(class_list) + "\n")
    for word, tag in td:
        out.write("tag\t%s\t%s\n" % (word, tag))
    for _, canon, values, items in feats:
        fields = ["feat", canon] + list(values) + [",".join("%d:%s" % (i, fmt_weight(w)) for i, w in items)]
        out.write("\t".join(fields) + "\n")
    data = out.getvalue().encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    return data


# --------------------------------------------------------------------------- file-based reimplementation


class FileTagger:
    """Reads tagger.tagger and tags exactly as its header says - independent of the pickle."""

    def __init__(self, text):
        self.classes, self.tagdict, self.weights = None, {}, {}
        for line in text.split("\n"):
            if line == "" or line.startswith("#"):
                continue
            f = line.split("\t")
            if f[0] == "classes":
                self.classes = f[1:]
            elif f[0] == "tag":
                assert len(f) == 3, line
                self.tagdict[f[1]] = f[2]
            elif f[0] == "feat":
                name = f[1]
                arity = TEMPLATE_ARITY[name]
                assert len(f) == 3 + arity, line
                key = (name,) + tuple(f[2:2 + arity])
                ws = []
                for item in f[2 + arity].split(","):
                    i, w = item.split(":")
                    ws.append((int(i), float(w)))
                assert key not in self.weights, line
                self.weights[key] = ws
            else:
                raise ValueError("unknown line kind: %r" % line[:40])
        assert self.classes == sorted(self.classes)

    @staticmethod
    def normalize(w):
        if "-" in w and w[0] != "-":
            return "!HYPHEN"
        if w.isdigit() and len(w) == 4:
            return "!YEAR"
        if w[0].isdigit():
            return "!DIGITS"
        return w.lower()

    def scores(self, i, w, context, prev, prev2):
        j = i + 2
        feats = [("bias",), ("suffix", w[-3:]), ("pref1", w[0]), ("tag1", prev), ("tag2", prev2),
                 ("tag12", prev, prev2), ("word", context[j]), ("tag1word", prev, context[j]),
                 ("word1", context[j - 1]), ("suffix1", context[j - 1][-3:]), ("word2", context[j - 2]),
                 ("wordn1", context[j + 1]), ("suffixn1", context[j + 1][-3:]), ("wordn2", context[j + 2])]
        sc = [0.0] * len(self.classes)
        for key in feats:
            for idx, wt in self.weights.get(key, ()):
                sc[idx] += wt
        return sc

    def best(self, sc):
        b = 0
        for k in range(1, len(sc)):
            if sc[k] >= sc[b]:  # ties go to the later (alphabetically last) class
                b = k
        return self.classes[b]

    def tag_sentences(self, sentences, carry=False, trace=None):
        prev, prev2 = START
        result = []
        for words in sentences:
            if not carry:
                prev, prev2 = START
            context = START + [self.normalize(w) for w in words] + END
            tags = []
            for i, w in enumerate(words):
                t = self.tagdict.get(w)
                if not t:
                    sc = self.scores(i, w, context, prev, prev2)
                    t = self.best(sc)
                    if trace is not None:
                        trace.append(sc)
                tags.append(t)
                prev2, prev = prev, t
            result.append(tags)
        return result


# --------------------------------------------------------------------------- the package's own code


def load_reference(tmp, files, weights, tagdict, classes):
    """Import taggers.py / _perceptron.py from the sdist (stubbing the textblob imports they make,
    which tag(tokenize=False) does not use) and give it the restricted-loaded weights, as its
    load() would, without its unrestricted pickle.load."""
    pkgdir = os.path.join(tmp, "ref", "textblob_aptagger")
    os.makedirs(pkgdir)
    for name in ("taggers.py", "_perceptron.py"):
        with open(os.path.join(pkgdir, name), "wb") as f:
            f.write(files["textblob_aptagger/" + name])
    stubs = {}
    tb = types.ModuleType("textblob")
    tb.__path__ = []
    base = types.ModuleType("textblob.base")
    base.BaseTagger = type("BaseTagger", (object,), {})
    packages = types.ModuleType("textblob.packages")
    packages.nltk = types.SimpleNamespace(sent_tokenize=None, word_tokenize=None)
    exc = types.ModuleType("textblob.exceptions")
    exc.MissingCorpusException = type("MissingCorpusException", (Exception,), {})
    pkg = types.ModuleType("textblob_aptagger")
    pkg.__path__ = [pkgdir]  # import submodules from the sdist without running its __init__.py
    for m in (tb, base, packages, exc, pkg):
        stubs[m.__name__] = m
    saved = {k: sys.modules.get(k) for k in stubs}
    sys.modules.update(stubs)
    sys.dont_write_bytecode = True
    try:
        taggers = importlib.import_module("textblob_aptagger.taggers")
    finally:
        for k, v in saved.items():
            if v is None:
                sys.modules.pop(k, None)
            else:
                sys.modules[k] = v
    t = taggers.PerceptronTagger(load=False)
    t.model.weights, t.tagdict, t.classes = weights, tagdict, classes
    t.model.classes = t.classes
    return t


def reference_tag(ref, sentences, carry=False, trace=None):
    """The package's PerceptronTagger.tag(..., tokenize=False): one call per sentence (prev reset),
    or one call for all sentences joined by \\n (carry=True: prev carried over, as the package does)."""
    if trace is not None:
        orig = ref.model.predict

        def predict(features):
            sc = {c: 0.0 for c in ref.model.classes}
            for feat, value in features.items():
                if feat not in ref.model.weights or value == 0:
                    continue
                for label, weight in ref.model.weights[feat].items():
                    sc[label] += value * weight
            trace.append(sc)
            return orig(features)
        ref.model.predict = predict
    try:
        if carry:
            flat = ref.tag("\n".join(" ".join(ws) for ws in sentences), tokenize=False)
            out, k = [], 0
            for ws in sentences:
                out.append([t for _, t in flat[k:k + len(ws)]])
                k += len(ws)
            return out
        return [[t for _, t in ref.tag(" ".join(ws), tokenize=False)] for ws in sentences]
    finally:
        if trace is not None:
            del ref.model.predict


# --------------------------------------------------------------------------- test sentences

# Invented news sentences, tokenised by hand in Penn Treebank form (`` '' quotes, -LRB- -RRB- brackets, 's and n't split,
# punctuation split, hyphenated words and numbers kept whole).
SENTENCES = [
    "`` We will not allow any attacks on our territory , '' the Ukrainian defence minister said on Tuesday .",
    "Russia 's foreign ministry said the new sanctions would n't change Moscow 's policy .",
    "The convoy attacked by rebels near Goma was carrying food for 12,000 displaced people .",
    "Officials said the missile strike hit a target 40 km north of the capital .",
    "North Korea plans to launch a satellite later this month , according to South Korean officials .",
    "The launch was condemned by Japan , which said it violated U.N. Security Council resolutions .",
    "The European Union will sanction five more companies linked to Iran 's drone program .",
    "Dock workers went on strike on Monday over pay , and talks are expected to resume next week .",
    "The government 's target is to cut emissions by 45 % by 2030 .",
    "Rebels attacked the town twice in 2023 , killing at least 17 civilians , the army said .",
    "`` We do n't negotiate with terrorists , '' she said in a televised address .",
    "Israel 's prime minister said the strikes would continue until all hostages were freed .",
    "China 's exports rose 8.5 % in March from a year earlier , customs data showed on Friday .",
    "The two-day summit in Brussels ended without a joint statement on Ukraine 's bid to join NATO .",
    "Turkey has targeted Kurdish militants in northern Iraq and Syria since the 1990s .",
    "The U.S. Treasury sanctioned three Venezuelan officials accused of rigging the election .",
    "He attacks the government every day on his radio show , critics say .",
    "India 's space agency said the rocket 's launch had been postponed because of bad weather .",
    "Brazil 's president , Luiz Inácio Lula da Silva , called the deal a `` historic step '' for the region .",
    "Analysts expect the central bank to raise rates by a quarter-point to 5.25 % -- the highest level since 2001 .",
    "The ministry did n't say how many troops would be sent to the border -LRB- about 300 km away -RRB- .",
    "Drones targeting civilian infrastructure struck Kharkiv overnight , the mayor said .",
]


def random_sentences(tagdict, weights, n=400, seed=20240601):
    """Seeded random token sequences that exercise normalisation, case and the tag dictionary."""
    rng = random.Random(seed)
    pool = sorted({w for s_ in SENTENCES for w in s_.split()})
    vocab = sorted(k[len("i word "):] for k in weights if k.startswith("i word "))
    tdw = sorted(tagdict)
    odd = ["1984", "12", "3.5", "1,200", "1980s", "-5", "well-known", "1990-91", "-", "--", "Inácio", "São",
           "ÉCOLE", "x", "0001", "9999", "12345", "٢٠٢٤", "²", "A-1", "-LRB-", "-RRB-", "'s", "n't", "`", "''", "``", "$", "%", "&", "II", "Ltd.", "Co.", "a", "I", "Ω"]
    out = []
    for _ in range(n):
        words = []
        for _ in range(rng.randint(1, 25)):
            r = rng.random()
            if r < 0.3:
                w = rng.choice(pool)
            elif r < 0.55:
                w = rng.choice(vocab)
            elif r < 0.75:
                w = rng.choice(tdw)
            elif r < 0.85:
                w = rng.choice(odd)
            else:
                w = rng.choice(vocab).capitalize()
            if w and not bad_chars(w):
                words.append(w)
        if words:
            out.append(words)
    return out


def self_check(tagger_bytes, ref, weights, tagdict):
    ft = FileTagger(tagger_bytes.decode("utf-8"))
    fixture = [s_.split(" ") for s_ in SENTENCES]
    rnd = random_sentences(tagdict, weights)
    ok = True
    results = {}
    for label, sents in (("fixture sentences", fixture), ("random sequences", rnd)):
        for carry in (False, True):
            tr_file, tr_ref = [], []
            a = ft.tag_sentences(sents, carry=carry, trace=tr_file)
            b = reference_tag(ref, sents, carry=carry, trace=tr_ref)
            n = sum(len(x) for x in a)
            agree = sum(1 for x, y in zip(a, b) for p, q in zip(x, y) if p == q)
            same_sents = sum(1 for x, y in zip(a, b) if x == y)
            exact_scores = (len(tr_file) == len(tr_ref) and
                            all(sf == [sr[c] for c in ft.classes] for sf, sr in zip(tr_file, tr_ref)))
            mode = "carry prev across sentences" if carry else "one sentence per call"
            log("self-check %s (%s): %d/%d tokens agree, %d/%d sentences identical, %d scored tokens, "
                "score vectors bit-identical: %s" % (label, mode, agree, n, same_sents, len(sents), len(tr_file),
                                                     "yes" if exact_scores else "NO"))
            ok = ok and agree == n and exact_scores
            results[(label, carry)] = (a, b)
    return ok, results[("fixture sentences", False)][1]


def write_fixture(path, ref_tags):
    lines = [
        "# Expected tags for Sources/KB/Lexicons/tagger.tagger, one sentence per line.",
        "# Made by scripts/gen-tagger.py: invented news sentences, tokenised by hand in Penn Treebank form",
        "# (`` '' quotes, -LRB- -RRB- brackets, 's and n't split, punctuation split), each tagged on its own (prev tags reset to -START-/-START2-)",
        "# by textblob-aptagger %s's own PerceptronTagger.tag(sentence, tokenize=False) with the weights of %s." % (VERSION, PICKLE_NAME),
        "# The script checks that a re-implementation reading only tagger.tagger predicts the same. Not gold tags: errors stay.",
        "# columns: tokens (space-separated)<TAB>tags (space-separated, one per token)",
    ]
    for s_, tags in zip(SENTENCES, ref_tags):
        toks = s_.split(" ")
        assert len(toks) == len(tags)
        lines.append(" ".join(toks) + "\t" + " ".join(tags))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    return data


def write_readme(path, archive_name, archive_sha, pickle_sha, licence_from_archive):
    text = f"""# textblob-aptagger {VERSION}

What: the weights of Matthew Honnibal's greedy averaged-perceptron part-of-speech tagger
(Penn Treebank tags, trained on Wall Street Journal text), as shipped in the PyPI package
`textblob-aptagger` {VERSION} by Steven Loria (file `textblob_aptagger/{PICKLE_NAME}`).

Used by: `Sources/KB/Lexicons/tagger.tagger`, a plain-text conversion of that pickle made by
`scripts/gen-tagger.py` (which also documents, in the file's header, the normalisation and
feature rules of the package's `PerceptronTagger` that a port must follow). No Python code of
the package is built into kbctl; the tagger's functions (`tag`, `_normalize`, `_get_features`,
`AveragedPerceptron.predict`) are quoted verbatim as comments in that header, under this licence.

- Package: `{PACKAGE}=={VERSION}` from PyPI (`pip download --no-deps --no-binary :all: {PACKAGE}=={VERSION}`)
- Archive: `{archive_name}`, sha256 `{archive_sha}`
- Pickle: `textblob_aptagger/{PICKLE_NAME}`, sha256 `{pickle_sha}`
- Licence: MIT, {COPYRIGHT_LINE}; `LICENSE` here is {"the archive's LICENSE file, byte for byte" if licence_from_archive else "the MIT text with the copyright line from the package"}.

Regenerate with `python3 scripts/gen-tagger.py` (network: PyPI only).
"""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# --------------------------------------------------------------------------- main


def main():
    with tempfile.TemporaryDirectory(prefix="gen-tagger-") as tmp:
        dl = os.path.join(tmp, "dl")
        os.makedirs(dl)
        archive = download(dl)
        archive_name = os.path.basename(archive)
        archive_sha = hashlib.sha256(open(archive, "rb").read()).hexdigest()
        log("downloaded %s (sha256 %s)" % (archive_name, archive_sha))
        if archive_name.endswith(".tar.gz") and archive_sha != SDIST_SHA256:
            log("note: sdist sha256 differs from the one recorded when this script was written (%s)" % SDIST_SHA256)
        files = read_archive(archive)

        pdata = files[PICKLE_MEMBER]
        pickle_sha = hashlib.sha256(pdata).hexdigest()
        log("%s: %d bytes, sha256 %s" % (PICKLE_NAME, len(pdata), pickle_sha))
        if pickle_sha != PICKLE_SHA256:
            die("pickle sha256 %s != pinned %s; the documented rules may not fit it" % (pickle_sha, PICKLE_SHA256))
        weights, tagdict, classes = load_pickle(pdata)
        log("pickle: %d features, %d tag-dictionary entries, %d classes" % (len(weights), len(tagdict), len(classes)))

        class_list, td, feats, stats = convert(weights, tagdict, classes)
        for why, what in stats["skipped"]:
            log("skipped (%s): %r" % (why, what))
        log("conversion: %d weights changed by rounding, %d zero weights dropped, %d all-zero features dropped, %d skipped"
            % (stats["rounded_changed"], stats["zero_dropped"], stats["empty_features"], len(stats["skipped"])))

        sources = function_sources(files["textblob_aptagger/taggers.py"].decode("utf-8"),
                                   files["textblob_aptagger/_perceptron.py"].decode("utf-8"))
        header = header_lines(pickle_sha, len(feats), len(td), class_list, sources)
        os.makedirs(os.path.dirname(OUT_TAGGER), exist_ok=True)
        tagger_bytes = write_tagger(OUT_TAGGER, header, class_list, td, feats)
        log("wrote %s: %d bytes, %d feature lines, %d tag lines, %d classes"
            % (os.path.relpath(OUT_TAGGER, ROOT), len(tagger_bytes), len(feats), len(td), len(class_list)))

        os.makedirs(OUT_TP_DIR, exist_ok=True)
        licence_from_archive = "LICENSE" in files
        lic = files["LICENSE"] if licence_from_archive else (COPYRIGHT_LINE + "\n\n" + MIT_BODY).encode("utf-8")
        with open(OUT_LICENSE, "wb") as f:
            f.write(lic)
        write_readme(OUT_README, archive_name, archive_sha, pickle_sha, licence_from_archive)
        log("wrote %s and %s" % (os.path.relpath(OUT_LICENSE, ROOT), os.path.relpath(OUT_README, ROOT)))

        ref = load_reference(tmp, files, weights, tagdict, classes)
        ok, ref_fixture_tags = self_check(tagger_bytes, ref, weights, tagdict)
        fx = write_fixture(OUT_FIXTURE, ref_fixture_tags)
        log("wrote %s: %d bytes, %d sentences" % (os.path.relpath(OUT_FIXTURE, ROOT), len(fx), len(SENTENCES)))
        if not ok:
            die("self-check failed: the file-based tagger disagrees with the package")
        log("self-check passed")


if __name__ == "__main__":
    main()
