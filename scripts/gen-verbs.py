#!/usr/bin/env python3
"""Generate kbctl's CAMEO event-verb lexicons from the PETRARCH2 CAMEO verb dictionary.

Usage: apt-get install wamerican && python3 scripts/gen-verbs.py [--kind KIND]

Input (committed, MIT): third_party/petrarch2/CAMEO.2.0.txt, plus Sources/KB/Lexicons/verbs.tsv
(the hand-kept lexicon, which wins) and the English word list /usr/share/dict/words (Debian package
`wamerican`), used to choose spellings (banned, targeted) and to admit nominalisations.
Output (committed; kbctl embeds every Sources/KB/Lexicons/*.tsv at build time and never runs this):
  Sources/KB/Lexicons/cameo-verbs.tsv     predicate  cameo  kind  particle  forms   (as verbs.tsv)
  Sources/KB/Lexicons/cameo-patterns.tsv  id  verb  cameo  pattern  example  forms
  Sources/KB/Lexicons/cameo-codes.tsv     code  name  name_source  dictionary_blocks  used_in
The output is a pure function of the inputs: rerunning it rewrites the same bytes.

`--kind` sets the `# kind:` header of cameo-verbs.tsv. The default, `cameo-verbs`, is no lexicon
kind kbctl knows, so the file is embedded but not loaded until the Swift side opts in (change the
header to `verbs`, or load the kind `cameo-verbs` like `verbs`).

PETRARCH2 verb dictionary format (see petrarch2/PETRreader.py, read_verb_dictionary):
  &NAME / +WORD          synset (noun list) used in patterns; `_` joins words, a trailing `_`
                         (on the word or the label) means no plural is generated
  --- NAME [code] ---    a block of synonymous verbs; [code] is the default for its verbs;
                         [---] is the null code: the verb alone is no event
  VERB {IRREG ...} [c]   a verb, its irregular forms (when {} is given, all forms are listed),
                         an optional code of its own
  +VERB_PART {...}       a multi-word verb; `+` marks the word that inflects
  - PRE * POST [code]    a pattern: `*` is the verb; words are noun heads, {A B} a noun phrase
                         (last word the head), (P X) a prepositional phrase, &SYN a synset,
                         `+` the target, `$` the source, `^` an actor that is skipped, `%` compound
  [a:b] [:b]             a for source→target and b for the reverse direction; [:b] has no
                         source→target event at all
  ~ ...                  verb transformations (statements about attacks): not used here
"""
import argparse
import hashlib
import os
import re
import sys
from collections import OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(ROOT, "third_party", "petrarch2", "CAMEO.2.0.txt")
SRC_REL = "third_party/petrarch2/CAMEO.2.0.txt"
SRC_COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf"
SRC_REPO = "openeventdata/petrarch2, petrarch2/data/dictionaries/CAMEO.2.0.txt"
LEX = os.path.join(ROOT, "Sources", "KB", "Lexicons")
HAND = os.path.join(LEX, "verbs.tsv")
WORDS_TSV = os.path.join(LEX, "words.tsv")
OUT_VERBS = os.path.join(LEX, "cameo-verbs.tsv")
OUT_PATTERNS = os.path.join(LEX, "cameo-patterns.tsv")
OUT_CODES = os.path.join(LEX, "cameo-codes.tsv")
WORDLIST = "/usr/share/dict/words"

# `*` in a kbctl pattern stands for at most this many tokens.
GAP = 4
# A pattern that uses synsets is expanded into one row per member (singular and plural) when that
# gives at most this many rows; larger synsets (&WEAPON, &CURRENCY, &TOWN, …) drop the pattern.
MAX_EXPANSION = 12

# ---------------------------------------------------------------------------------------------
# Hand-kept tables. Each entry says why.
# ---------------------------------------------------------------------------------------------

# Verbs that carry a code in the dictionary but are too general to be an event by themselves in
# kbctl, which has no parser to check the verb's arguments the way PETRARCH2 does. Their phrase
# patterns (take hostage, set fire, put on trial) are still written to cameo-patterns.tsv.
GENERAL_VERBS = OrderedDict([
    ("be", "copula"), ("have", "auxiliary / possession"), ("do", "auxiliary"),
    ("say", "statement cue (cues.tsv); as CAMEO 010 every quote would become a relation"),
    ("tell", "statement cue (cues.tsv)"), ("state", "statement cue; also a very common noun"),
    ("add", "statement cue"), ("note", "statement cue; also a common noun"),
    ("comment", "statement cue; also a common noun"), ("remark", "statement cue"),
    ("explain", "statement cue"), ("mention", "statement cue"), ("describe", "statement cue"),
    ("report", "statement cue; also a very common noun"), ("write", "statement cue"),
    ("announce", "statement cue"), ("assert", "statement cue"), ("stress", "statement cue; noun"),
    ("emphasize", "statement cue"), ("emphasise", "statement cue"), ("observe", "statement cue"),
    ("reply", "statement cue"), ("answer", "statement cue"), ("respond", "statement cue"),
    ("repeat", "statement cue"), ("reiterate", "statement cue"), ("quote", "statement cue"),
    ("cite", "statement cue"), ("refer", "statement cue"), ("inform", "statement cue"),
    ("predict", "statement cue"), ("estimate", "statement cue; also a common noun"),
    ("think", "statement cue (opinion)"), ("believe", "statement cue (opinion)"),
    ("expect", "statement cue (opinion); 030 would code every forecast"),
    ("hope", "statement cue (opinion)"), ("consider", "statement cue (opinion)"),
    ("make", "light verb"), ("get", "light verb"), ("take", "light verb"), ("give", "light verb"),
    ("go", "motion verb; light verb"), ("come", "motion verb; light verb"), ("put", "light verb"),
    ("set", "light verb"), ("keep", "light verb"), ("let", "light verb"), ("seem", "copula-like"),
    ("look", "perception verb"), ("see", "perception verb"), ("hear", "perception verb"),
    ("know", "mental verb"), ("want", "mental verb; PETRARCH2 uses it only in transformations"),
    ("need", "mental verb"), ("use", "light verb"), ("find", "light verb"), ("show", "light verb"),
    ("hold", "light verb"), ("turn", "light verb"), ("run", "light verb"), ("move", "light verb"),
    ("bring", "light verb"), ("begin", "aspectual verb"), ("start", "aspectual verb"),
    ("continue", "aspectual verb"), ("try", "aspectual verb"), ("work", "light verb; noun"),
    ("call", "light verb; 'call on/for' are kept via verbs.tsv and patterns"),
    ("leave", "light verb"), ("become", "copula"), ("place", "light verb; very common noun"),
    ("arrive", "motion verb: 040 for every arrival is too broad"),
    ("travel", "motion verb"), ("fly", "motion verb"), ("head", "motion verb; very common noun"),
    ("return", "motion verb; noun"), ("decide", "mental verb; 030 for every decision is too broad"),
    ("determine", "mental verb"), ("intend", "mental verb"), ("plan", "mental verb; noun"),
    ("prepare", "aspectual verb"), ("aim", "mental verb; common noun"),
    ("engage", "light verb ('engage in talks')"), ("die", "no agent: X died is no act on anyone"),
    ("communicate", "too vague"), ("express", "light verb ('express concern/support')"),
    ("vote", "030 for every vote is too broad; 'vote for/against' are in verbs.tsv"),
    ("allow", "light verb ('allow to')"),
    ("help", "light verb ('help to')"), ("serve", "light verb"),
])

# Verbs dropped for a reason other than generality, by reason. The dictionary's blocks are loose
# WordNet synonym sets written for a parser-based coder that checks the verb's phrase and its
# arguments; as bare triggers in kbctl many of them would code their everyday sense. Their phrase
# patterns, where the dictionary has any, are still in cameo-patterns.tsv.
_SKIP_BY_REASON = [
    ("statement or opinion cue: the statement extractor (cues.tsv) handles it; as an event every "
     "quote would become a relation",
     "acknowledge, affirm, argue, ask, aver, avow, caution, claim, contend, counter, doubt, hint, "
     "indicate, insist, reassert, recall, recommend, suggest, admit, reveal, divulge, confide, "
     "profess, unveil, expose, promulgate, gauge, reconsider, signal, swear"),
    ("everyday sense is no political event",
     "abandon, abide, abide by, accelerate, acquaint, act, administer, affect, allocate, allot, amass, "
     "ameliorate, amplify, appease, apply, apportion, appreciate, approach, assemble, assign, associate, "
     "assuage, attach, attend, augment, authorise, authorize, award, beat, benefit, bequeath, best, "
     "better, bestow, bid, bide, bind, blend, blow, boost, bow, break, build, bust, celebrate, chain, "
     "clear, coalesce, combine, command, commemorate, compound, conduct, conform, conform to, connect, "
     "constitute, contain, contemplate, contribute, control, converge, correlate, count, decline, "
     "deepen, defeat, defer, delay, detach, dictate, differ, direct, disconnect, disentangle, dominate, "
     "drop out, ease, embark, emerge, empower, enable, encounter, endeavor, endeavour, endow, enhance, "
     "enjoin, enlarge, enlist, enroll, ensure, entrust, escalate, establish, exaggerate, exchange, "
     "expand, explore, export, extract, face, facilitate, fail, fill, find out, flock, gather, gear, "
     "gear up, get out, get together, go away, go by, go forth, go through, go to, govern, groom, "
     "handle, hash out, heighten, hit, improve, inaugurate, increase, inhibit, innovate, insert, "
     "institute, integrate, intensify, interact, introduce, involve, is determined, issue, join, "
     "journey, lead, learn, leave behind, legislate, link, magnify, manage, match, mean, measure, "
     "merge, mitigate, necessitate, overcome, overtake, overwhelm, oversee, pay, pay for, permit, pit, "
     "prefer, prescribe, prevent, procrastinate, promote, provide, pull, pull together, push, ready, "
     "reason, recede, redouble, regard, regulate, reinforce, relate, relax, remit, remove, render, "
     "reopen, re-establish, reside, resolve, restore, resurrect, resuscitate, retard, retire, revise, revive, rule, "
     "run into, seek, sell, settle, settle on, simplify, steer, step in, step up, stock, strive, "
     "struggle, study, submit, subscribe, supply, surmount, swap, talk over, task, tease, tend, "
     "tolerate, trade, transfer, undo, unify, unite, unloose, untie, verify, weigh, wrap up, write, "
     "organise, organize, orchestrate, unionise, unionize, harmonise, harmonize, synchronise, "
     "synchronize, deal, concert, impact, influence, persuade, tempt, toast, toughen, catch, pluck, "
     "moderate, constrain, enclose, segregate, exclude, impel, press, bless, honor, honour, favor, "
     "favour, respect, attire, outfit, furnish, tender, send word, give notice, converse, huddle, "
     "revolutionise, revolutionize, wage, accord, abate, barter, haggle, brave, cluster, congregate, depart, elicit, fuse, garner, drum up, compete, contrast, counterbalance, countenance, degrade, exalt, galvanize, glorify, grab, give up, look after, look over, glance over, analyse, ascertain, audit, check, comb, dig, examine, mine, monitor, rake, scan, skim, sweep, unearth, marshal, risk, ruin, spur, stall, succumb, tie in, found, forswear, buy, compromise"),
    ("its code does not fit its usual sense (a loose synonym in its block)",
     "altercate, arbitrate, beef up, certify, compensate, confess, confront, defend, dishonor, "
     "dishonour, disarm, explode, formalize, identify, interfere, intercede, intermediate, intervene, "
     "intrude, intrude on, liberate, obtrude, overturn, pry, quarrel, rally, stabilise, stabilize, "
     "trespass, walk out, yield, infest, inhabit, snipe"),
    ("feeling or mental state, not an act on someone",
     "agonise, agonize, annoy, arouse, bother, concern, despair, disappoint, discomfit, disconcert, "
     "discourage, dishearten, dismay, disquiet, distress, disturb, embolden, enliven, esteem, exult, "
     "exuberate, frustrate, grieve, humble, inspire, invigorate, irk, irritate, meditate, mourn, mull, "
     "muse, ponder, rejoice, revitalize, rouse, ruminate, sadden, speculate, triumph, upset, vex, "
     "wail, weep, whine, worry, worried, cheer, badger, hassle, pester, rag, torment, plague, comfort, cry, curse"),
    ("mostly a noun or adjective in news",
     "advocate, ally, appropriate, bargain, bill, cable, campaign, cage, combat, conflict, console, "
     "counsel, crackdown, crusade, debate, deliberate, desire, dissent, guard, harm, lecture, pirate, "
     "prize, research, reward, siege, suspect, table, tax, tour, touring, train, value, volunteer, "
     "ward, concession, spy, engineer, march, parade, disgrace, disarray, disorder, slight"),
    ("archaic, rare or misspelt in the dictionary",
     "adjure, advertise, advertize, apprize, auspicate, bemock, blaspheme, constellate, conglomerate, "
     "conjoin, countermine, crucify, debase, defile, desolate, despoil, egress, enkindle, excogitate, "
     "expediate, felicitate, illegalise, illegalize, oppugn, ravish, reave, reassesment, reprobate, "
     "satify, sanctify, supervize, supervise, vitiate, chasten"),
    ("physical or figurative sense dominates (no attack on an actor)",
     "bruise, clamp, clap, contaminate, corrupt, crack, damage, fight down, foray into, grapple, "
     "hammer, hang, harry, hurt, impair, kick, lash, mar, master, ram, rip, smash, shatter, "
     "stamp out, stone, tarnish, tear, thump, wrestle, overshadow, penetrate, pelt, surround, "
     "encircle, ring, circle, pound, cane, whip, eradicate, duel, square off, string up, spoil, slap"),
]
SKIP_VERBS = OrderedDict()
for _reason, _lemmas in _SKIP_BY_REASON:
    for _l in _lemmas.split(","):
        SKIP_VERBS.setdefault(" ".join(_l.split()), _reason)

# Codes whose verbs are all left out.
SKIP_CODES = OrderedDict([
    ("010", "Make statement: verbs of saying, thinking and showing; statements are the statement "
            "extractor's, and as events they would code every quote"),
    ("012", "Make pessimistic comment: in the dictionary only feelings (worry, concern, distress)"),
])

# Single forms that collide with very common nouns, adjectives, names or function words: dropped
# from the generated verb rows (the verb's other forms stay: "ordered" but not "order"). Patterns
# keep them, since there the following words decide.
_COLLIDING_BY_REASON = [
    ("very common noun",
     "order, orders, force, forces, fire, fires, charge, charges, post, posts, base, bases, station, "
     "stations, face, faces, fund, funds, arms, rule, rules, check, checks, object, objects, issue, "
     "issues, concern, concerns, plan, plans, deal, deals, move, moves, call, calls, head, heads, "
     "hand, hands, stage, stages, date, dates, term, terms, seat, seats, table, tables, land, lands, "
     "field, fields, house, houses, power, powers, state, states, ship, ships, round, rounds, "
     "ground, grounds, minute, minutes, sentence, sentences, police, need, needs, interest, "
     "interests, bill, bills, press, mark, marks, arm, lead, leads, contact, contacts, loan, loans, "
     "shelter, shelters, patrol, patrols, pressure, search, searches, dispute, disputes, brand, "
     "brands, delay, delays, phone, phones, broker, brokers, bar, bars, fault, faults, decree, "
     "decrees, abuse, abuses, mine, mines, wound, wounds, test, tests, second, seconds, saw, bore, "
     "rose, rung, felt, hail, rescue, rescues, release, releases, retreat, retreats, surrender, "
     "appeal, appeals, veto, vetoes, supply, supplies, exchange, transfer, control, return, battle, battles, butcher, butchers, challenge, challenges, consent, consents, contest, contests, guarantee, guarantees, import, imports, jail, jails, murder, murders, pardon, pardons, petition, petitions, purchase, purchases, shield, shields, storm, storms, ban, bans, convict, convicts, curb, curbs, defect, defects, exile, exiles"),
    ("gerund or participle mostly used as a noun or adjective",
     "building, buildings, meeting, meetings, hearing, hearings, ruling, rulings, finding, findings, "
     "offering, offerings, saving, savings, spending, funding, leading, standing, training, setting, "
     "settings, opening, openings, passing, armed, wounded, fired, found, left, lay, proceeding, "
     "proceedings, holding, holdings, sitting, spoken, wanted, concerned, united, advanced, striking, "
     "sweeping, moving, pressing, binding, ringing, mounting, challenging, alleged, devastating, promising, firing"),
    ("adjective", "free, fine, fines, savage, present, content, well, even, mock"),
    ("function word, modal or month", "will, may, can, must, might, thanks"),
    ("name", "grant, grants, frank, bush, trump, harry"),
]
COLLIDING_FORMS = OrderedDict()
for _reason, _forms in _COLLIDING_BY_REASON:
    for _f in _forms.split(","):
        COLLIDING_FORMS.setdefault(" ".join(_f.split()), _reason)

# Irregular English verbs the dictionary lists without {…}: base → past, participle.
IRREGULAR = {
    "arise": ("arose", "arisen"), "beat": ("beat", "beaten"), "become": ("became", "become"),
    "begin": ("began", "begun"), "bend": ("bent", "bent"), "bet": ("bet", "bet"),
    "bid": ("bid", "bid"), "bind": ("bound", "bound"), "bite": ("bit", "bitten"),
    "bleed": ("bled", "bled"), "blow": ("blew", "blown"), "break": ("broke", "broken"),
    "breed": ("bred", "bred"), "bring": ("brought", "brought"), "broadcast": ("broadcast", "broadcast"),
    "build": ("built", "built"), "burst": ("burst", "burst"), "buy": ("bought", "bought"),
    "cast": ("cast", "cast"), "catch": ("caught", "caught"), "choose": ("chose", "chosen"),
    "cling": ("clung", "clung"), "come": ("came", "come"), "cost": ("cost", "cost"),
    "creep": ("crept", "crept"), "cut": ("cut", "cut"), "deal": ("dealt", "dealt"),
    "dig": ("dug", "dug"), "do": ("did", "done"), "draw": ("drew", "drawn"),
    "drink": ("drank", "drunk"), "drive": ("drove", "driven"), "eat": ("ate", "eaten"),
    "fall": ("fell", "fallen"), "feed": ("fed", "fed"), "feel": ("felt", "felt"),
    "fight": ("fought", "fought"), "find": ("found", "found"), "flee": ("fled", "fled"),
    "fling": ("flung", "flung"), "fly": ("flew", "flown"), "forbid": ("forbade", "forbidden"),
    "forecast": ("forecast", "forecast"), "foresee": ("foresaw", "foreseen"),
    "foretell": ("foretold", "foretold"), "forget": ("forgot", "forgotten"),
    "forgive": ("forgave", "forgiven"), "forsake": ("forsook", "forsaken"),
    "forswear": ("forswore", "forsworn"), "freeze": ("froze", "frozen"), "get": ("got", "gotten"),
    "give": ("gave", "given"), "go": ("went", "gone"), "grind": ("ground", "ground"),
    "grow": ("grew", "grown"), "hang": ("hung", "hung"), "have": ("had", "had"),
    "hear": ("heard", "heard"), "hide": ("hid", "hidden"), "hit": ("hit", "hit"),
    "hold": ("held", "held"), "hurt": ("hurt", "hurt"), "keep": ("kept", "kept"),
    "know": ("knew", "known"), "lay": ("laid", "laid"), "lead": ("led", "led"),
    "leave": ("left", "left"), "lend": ("lent", "lent"), "let": ("let", "let"),
    "lie": ("lay", "lain"), "lose": ("lost", "lost"), "make": ("made", "made"),
    "mean": ("meant", "meant"), "meet": ("met", "met"), "mislead": ("misled", "misled"),
    "outdo": ("outdid", "outdone"), "overcome": ("overcame", "overcome"),
    "overdo": ("overdid", "overdone"), "overfly": ("overflew", "overflown"),
    "override": ("overrode", "overridden"), "overrun": ("overran", "overrun"),
    "oversee": ("oversaw", "overseen"), "overtake": ("overtook", "overtaken"),
    "overthrow": ("overthrew", "overthrown"), "pay": ("paid", "paid"), "put": ("put", "put"),
    "quit": ("quit", "quit"), "read": ("read", "read"), "rebuild": ("rebuilt", "rebuilt"),
    "redo": ("redid", "redone"), "retell": ("retold", "retold"), "rid": ("rid", "rid"),
    "ride": ("rode", "ridden"), "ring": ("rang", "rung"), "rise": ("rose", "risen"),
    "run": ("ran", "run"), "say": ("said", "said"), "see": ("saw", "seen"), "seek": ("sought", "sought"),
    "sell": ("sold", "sold"), "send": ("sent", "sent"), "set": ("set", "set"),
    "shake": ("shook", "shaken"), "shed": ("shed", "shed"), "shoot": ("shot", "shot"),
    "show": ("showed", "shown"), "shut": ("shut", "shut"), "sink": ("sank", "sunk"),
    "sit": ("sat", "sat"), "slay": ("slew", "slain"), "slide": ("slid", "slid"),
    "sling": ("slung", "slung"), "slit": ("slit", "slit"), "speak": ("spoke", "spoken"),
    "speed": ("sped", "sped"), "spend": ("spent", "spent"), "spin": ("spun", "spun"),
    "split": ("split", "split"), "spread": ("spread", "spread"), "stand": ("stood", "stood"),
    "steal": ("stole", "stolen"), "stick": ("stuck", "stuck"), "sting": ("stung", "stung"),
    "strike": ("struck", "struck"), "string": ("strung", "strung"), "strive": ("strove", "striven"),
    "swear": ("swore", "sworn"), "sweep": ("swept", "swept"), "swing": ("swung", "swung"),
    "take": ("took", "taken"), "teach": ("taught", "taught"), "tear": ("tore", "torn"),
    "tell": ("told", "told"), "think": ("thought", "thought"), "throw": ("threw", "thrown"),
    "thrust": ("thrust", "thrust"), "undergo": ("underwent", "undergone"),
    "understand": ("understood", "understood"), "undertake": ("undertook", "undertaken"),
    "underwrite": ("underwrote", "underwritten"), "undo": ("undid", "undone"),
    "uphold": ("upheld", "upheld"), "upset": ("upset", "upset"), "wake": ("woke", "woken"),
    "wear": ("wore", "worn"), "weep": ("wept", "wept"), "win": ("won", "won"),
    "wind": ("wound", "wound"), "withdraw": ("withdrew", "withdrawn"),
    "withhold": ("withheld", "withheld"), "withstand": ("withstood", "withstood"),
    "write": ("wrote", "written"),
}

# Nominalisation suffixes: (verb ending, noun ending), tried in order on each generated event
# verb; a result is kept only when it is in the word list and not in NOUN_DENY.
NOUN_SUFFIXES = [
    ("ate", "ation"), ("ize", "ization"), ("ise", "isation"), ("ify", "ification"),
    ("pel", "pulsion"), ("ounce", "unciation"), ("aim", "amation"), ("ceive", "ception"),
    ("duce", "duction"), ("sume", "sumption"), ("mit", "mission"), ("ade", "asion"),
    ("ude", "usion"), ("ss", "ssion"), ("end", "ension"), ("ute", "ution"),
    ("e", "ation"), ("e", "ion"), ("ve", "val"), ("se", "sal"), ("e", "ure"), ("y", "ial"),
    ("y", "iance"), ("", "ation"), ("", "ion"), ("", "ment"), ("w", "wal"), ("y", "yal"),
    ("", "ance"), ("", "ence"), ("", "ure"),
]

# Derivations the word list admits but that are not the event noun of the verb, by reason.
_NOUN_DENY_BY_REASON = [
    ("another word, not the verb's derivation",
     "abortion, admiral, admirals, banal, battlement, final, importance, probation, deportment, "
     "apprehension, conviction, implication, compulsion, repulsion, station, signal, position, passion, "
     "commission, mission, conferment"),
    ("a state, thing or institution, not an act",
     "admiration, agitation, agreement, assistance, compliance, coordination, conference, defiance, "
     "devastation, decimation, enforcement, equipment, importation, investment, protection, "
     "emancipation, encouragement"),
    ("rare or formal; the news says it otherwise",
     "acclamation, advisement, chastisement, contradiction, disputation, infliction, lamentation, "
     "protestation, salutation, solicitation, vindication, conciliation"),
    ("ambiguous class", "betrayal, dismissal"),
]
NOUN_DENY = OrderedDict()
for _reason, _nouns in _NOUN_DENY_BY_REASON:
    for _n in _nouns.split(","):
        NOUN_DENY.setdefault(_n.strip(), _reason)

# Key news event nouns, hand-kept: (forms, lemma of the class verb whose predicate and code they
# take, or an explicit (predicate, code) when the verb gives none, particle, why).
EVENT_NOUNS = [
    ("attack|attacks", "attack", None, "on", "the main event noun of 19"),
    ("assault|assaults", "attack", None, "on", "military assault; verbs.tsv puts 'assault' with attack"),
    ("offensive|offensives", None, ("attack", "190"), "against", "military offensive"),
    ("strike|strikes", "strike", None, "on", "military strike (labour strikes are 143: known problem)"),
    ("airstrike|airstrikes|air strike|air strikes", "strike", None, "on", "aerial attack 195"),
    ("bombing|bombings", "strike", None, "on", "bombing"),
    ("shelling", "strike", None, "of", "artillery fire"),
    ("shooting|shootings", None, ("shoot", "190"), "of", "shooting"),
    ("raid|raids", "raid", None, "on", "raid"),
    ("ambush|ambushes", "ambush", None, "on", "ambush"),
    ("clash|clashes", None, ("clash", "190"), "with", "armed clash"),
    ("blast|blasts", None, ("bomb", "183"), "", "explosion as an attack (car bomb etc.)"),
    ("invasion|invasions", "invade", None, "of", "invasion; verbs.tsv has 'invasion'"),
    ("occupation", "invade", None, "of", "occupation; verbs.tsv has it"),
    ("blockade|blockades", None, ("blockade", "191"), "of", "blockade"),
    ("siege|sieges", None, ("besiege", "191"), "of", "siege"),
    ("massacre|massacres", "massacre", None, "of", "mass killing"),
    ("assassination|assassinations", "assassinate", None, "of", "assassination"),
    ("abduction|abductions|kidnapping|kidnappings", "kidnap", None, "of", "abduction"),
    ("torture", "torture", None, "of", "torture"),
    ("crackdown|crackdowns", None, ("crack down", "175"), "on", "violent repression"),
    ("arrest|arrests", "arrest", None, "of", "arrest; verbs.tsv lists the forms"),
    ("detention", "detain", None, "of", "detention; verbs.tsv has it"),
    ("expulsion|expulsions", "expel", None, "of", "expulsion"),
    ("deportation|deportations", "deport", None, "of", "deportation"),
    ("sanctions", "sanction", None, "on", "sanctions; verbs.tsv has it"),
    ("embargo|embargoes", None, ("sanction", "163"), "on", "embargo"),
    ("boycott|boycotts", "boycott", None, "of", "boycott"),
    ("withdrawal|withdrawals", "withdraw", None, "from", "withdrawal"),
    ("deployment|deployments", "deploy", None, "", "deployment"),
    ("mobilization|mobilisation", "mobilize", None, "", "mobilisation"),
    ("threat|threats", "threaten", None, "", "threat; verbs.tsv has it"),
    ("warning|warnings", "warn", None, "", "warning"),
    ("ultimatum|ultimatums", "give ultimatum", None, "", "ultimatum; verbs.tsv has it"),
    ("criticism|criticisms", "criticize", None, "", "criticism"),
    ("condemnation|condemnations", "criticize", None, "", "condemnation"),
    ("denunciation|denunciations", "criticize", None, "", "denunciation"),
    ("accusation|accusations", "accuse", None, "", "accusation"),
    ("allegation|allegations", "allege", None, "", "allegation"),
    ("protest|protests", "protest", None, "against", "protest"),
    ("demonstration|demonstrations", "demonstrate", None, "against", "demonstration"),
    ("riot|riots", "riot", None, "", "riot"),
    ("breach|breaches", "breach", None, "of", "breach (of a norm, law or ceasefire)"),
    ("violation|violations", "violate", ("violate", "128"), "of", "violation (of a norm, law or ceasefire)"),
    ("pledge|pledges", "pledge", None, "", "pledge"),
    ("promise|promises", "promise", None, "", "promise"),
    ("request|requests", "request", None, "", "request"),
    ("rejection", "reject", None, "of", "rejection; verbs.tsv has it"),
    ("refusal|refusals", "refuse", ("refuse", "120"), "", "refusal"),
    ("veto|vetoes", "veto", None, "", "veto"),
    ("talks", "negotiate", None, "with", "talks; verbs.tsv has it"),
    ("negotiations", "negotiate", None, "with", "negotiations; verbs.tsv has it"),
    ("mediation", "mediate", None, "", "mediation"),
    ("visit|visits", "visit", None, "to", "visit"),
    ("investigation|investigations|probe|probes", "investigate", None, "into", "investigation"),
    ("inquiry|inquiries", "investigate", None, "into", "inquiry"),
    ("apology|apologies", "apologize", None, "", "apology"),
    ("praise", "praise", None, "for", "praise"),
    ("endorsement|endorsements", "endorse", None, "", "endorsement"),
    ("recognition", "recognize", None, "of", "recognition"),
    ("ratification", "ratify", None, "of", "ratification; verbs.tsv has it"),
    ("extradition|extraditions", "extradite", None, "of", "extradition"),
    ("evacuation|evacuations", "evacuate", None, "of", "evacuation"),
    ("ceasefire|ceasefires|cease-fire|truce|truces", None, ("declare ceasefire", "0871"), "", "ceasefire"),
]

# Particles (the preposition that introduces the object, as in verbs.tsv) of intransitive
# event verbs; a verb not listed has none.
PARTICLES = OrderedDict([
    ("appeal", "to"), ("protest", "against"), ("rebel", "against"), ("retaliate", "against"),
    ("demonstrate", "against"), ("rally", "against"), ("riot", "against"), ("secede", "from"),
    ("defect", "to"), ("intervene", "in"), ("collaborate", "with"), ("clash", "with"),
    ("side", "with"), ("confer", "with"), ("consult", "with"), ("retreat", "from"),
    ("abstain", "from"), ("complain", "about"), ("apologize", "to"), ("apologise", "to"),
    ("surrender", "to"), ("yield", "to"), ("submit", "to"), ("concede", "to"),
    ("cooperate", "with"), ("coordinate", "with"), ("merge", "with"), ("trade", "with"),
    ("bargain", "with"), ("agree", "with"), ("plead", "with"), ("fight", "against"),
    ("campaign", "against"), ("lash", "at"), ("fire", "at"), ("shoot", "at"),
])

# ---------------------------------------------------------------------------------------------
# CAMEO codebook names (CAMEO 1.1b3, Schrodt 2012), written from the public codebook: the
# dictionary itself names no codes, only its blocks (verbs).
# ---------------------------------------------------------------------------------------------
# Codes whose name is less certain: not in every edition of the codebook, or named by analogy with
# its siblings (0213 Appeal for judicial cooperation → 1213).
NAME_UNCERTAIN = {
    "176": "in later CAMEO editions (cyber attack); not in every copy of 1.1b3",
    "1213": "not in the 1.1b3 codebook; named by analogy with 0213/1013 (the dictionary uses it)",
}

CAMEO_NAMES = {
    "01": "Make public statement", "010": "Make statement, not specified below",
    "011": "Decline comment", "012": "Make pessimistic comment", "013": "Make optimistic comment",
    "014": "Consider policy option", "015": "Acknowledge or claim responsibility",
    "016": "Deny responsibility", "017": "Engage in symbolic act", "018": "Make empathetic comment",
    "019": "Express accord",
    "02": "Appeal", "020": "Make an appeal or request, not specified below",
    "021": "Appeal for material cooperation, not specified below",
    "0211": "Appeal for economic cooperation", "0212": "Appeal for military cooperation",
    "0213": "Appeal for judicial cooperation", "0214": "Appeal for intelligence",
    "022": "Appeal for diplomatic cooperation (such as policy support)",
    "023": "Appeal for aid, not specified below", "0231": "Appeal for economic aid",
    "0232": "Appeal for military aid", "0233": "Appeal for humanitarian aid",
    "0234": "Appeal for military protection or peacekeeping",
    "024": "Appeal for political reform, not specified below",
    "0241": "Appeal for change in leadership", "0242": "Appeal for policy change",
    "0243": "Appeal for rights", "0244": "Appeal for change in institutions, regime",
    "025": "Appeal to yield, not specified below",
    "0251": "Appeal for easing of administrative sanctions",
    "0252": "Appeal for easing of popular dissent",
    "0253": "Appeal for release of persons or property",
    "0254": "Appeal for easing of economic sanctions, boycott, or embargo",
    "0255": "Appeal for target to allow international involvement (non-mediation)",
    "0256": "Appeal for de-escalation of military engagement",
    "026": "Appeal to others to meet or negotiate", "027": "Appeal to others to settle dispute",
    "028": "Appeal to others to engage in or accept mediation",
    "03": "Express intent to cooperate", "030": "Express intent to cooperate, not specified below",
    "031": "Express intent to engage in material cooperation, not specified below",
    "0311": "Express intent to cooperate economically",
    "0312": "Express intent to cooperate militarily",
    "0313": "Express intent to cooperate on judicial matters",
    "0314": "Express intent to cooperate on intelligence",
    "032": "Express intent to provide diplomatic cooperation (such as policy support)",
    "033": "Express intent to provide material aid, not specified below",
    "0331": "Express intent to provide economic aid", "0332": "Express intent to provide military aid",
    "0333": "Express intent to provide humanitarian aid",
    "0334": "Express intent to provide military protection or peacekeeping",
    "034": "Express intent to institute political reform, not specified below",
    "0341": "Express intent to change leadership", "0342": "Express intent to change policy",
    "0343": "Express intent to provide rights", "0344": "Express intent to change institutions, regime",
    "035": "Express intent to yield, not specified below",
    "0351": "Express intent to ease administrative sanctions",
    "0352": "Express intent to ease popular dissent",
    "0353": "Express intent to release persons or property",
    "0354": "Express intent to ease economic sanctions, boycott, or embargo",
    "0355": "Express intent to allow international involvement (non-mediation)",
    "0356": "Express intent to de-escalate military engagement",
    "036": "Express intent to meet or negotiate", "037": "Express intent to settle dispute",
    "038": "Express intent to accept mediation", "039": "Express intent to mediate",
    "04": "Consult", "040": "Consult, not specified below", "041": "Discuss by telephone",
    "042": "Make a visit", "043": "Host a visit", "044": "Meet at a \"third\" location",
    "045": "Mediate", "046": "Engage in negotiation",
    "05": "Engage in diplomatic cooperation",
    "050": "Engage in diplomatic cooperation, not specified below", "051": "Praise or endorse",
    "052": "Defend verbally", "053": "Rally support on behalf of",
    "054": "Grant diplomatic recognition", "055": "Apologize", "056": "Forgive",
    "057": "Sign formal agreement",
    "06": "Engage in material cooperation",
    "060": "Engage in material cooperation, not specified below", "061": "Cooperate economically",
    "062": "Cooperate militarily", "063": "Engage in judicial cooperation",
    "064": "Share intelligence or information",
    "07": "Provide aid", "070": "Provide aid, not specified below", "071": "Provide economic aid",
    "072": "Provide military aid", "073": "Provide humanitarian aid",
    "074": "Provide military protection or peacekeeping", "075": "Grant asylum",
    "08": "Yield", "080": "Yield, not specified below",
    "081": "Ease administrative sanctions, not specified below",
    "0811": "Ease restrictions on political freedoms",
    "0812": "Ease ban on political parties or politicians", "0813": "Ease curfew",
    "0814": "Ease state of emergency or martial law", "082": "Ease political dissent",
    "083": "Accede to requests or demands for political reform, not specified below",
    "0831": "Accede to demands for change in leadership",
    "0832": "Accede to demands for change in policy", "0833": "Accede to demands for rights",
    "0834": "Accede to demands for change in institutions, regime",
    "084": "Return, release, not specified below", "0841": "Return, release person(s)",
    "0842": "Return, release property", "085": "Ease economic sanctions, boycott, embargo",
    "086": "Allow international involvement, not specified below",
    "0861": "Receive deployment of peacekeepers", "0862": "Receive inspectors",
    "0863": "Allow delivery of humanitarian aid", "087": "De-escalate military engagement",
    "0871": "Declare truce, ceasefire", "0872": "Ease military blockade",
    "0873": "Demobilize armed forces", "0874": "Retreat or surrender militarily",
    "09": "Investigate", "090": "Investigate, not specified below",
    "091": "Investigate crime, corruption", "092": "Investigate human rights abuses",
    "093": "Investigate military action", "094": "Investigate war crimes",
    "10": "Demand", "100": "Demand, not specified below",
    "101": "Demand material cooperation, not specified below",
    "1011": "Demand economic cooperation", "1012": "Demand military cooperation",
    "1013": "Demand judicial cooperation", "1014": "Demand intelligence cooperation",
    "102": "Demand diplomatic cooperation (such as policy support)",
    "103": "Demand material aid, not specified below", "1031": "Demand economic aid",
    "1032": "Demand military aid", "1033": "Demand humanitarian aid",
    "1034": "Demand military protection or peacekeeping",
    "104": "Demand political reform, not specified below",
    "1041": "Demand change in leadership", "1042": "Demand policy change",
    "1043": "Demand rights", "1044": "Demand change in institutions, regime",
    "105": "Demand that target yields, not specified below",
    "1051": "Demand easing of administrative sanctions",
    "1052": "Demand easing of political dissent", "1053": "Demand release of persons or property",
    "1054": "Demand easing of economic sanctions, boycott, or embargo",
    "1055": "Demand that target allows international involvement (non-mediation)",
    "1056": "Demand de-escalation of military engagement", "106": "Demand meeting, negotiation",
    "107": "Demand settling of dispute", "108": "Demand mediation",
    "11": "Disapprove", "110": "Disapprove, not specified below", "111": "Criticize or denounce",
    "112": "Accuse, not specified below", "1121": "Accuse of crime, corruption",
    "1122": "Accuse of human rights abuses", "1123": "Accuse of aggression",
    "1124": "Accuse of war crimes", "1125": "Accuse of espionage, treason",
    "113": "Rally opposition against", "114": "Complain officially",
    "115": "Bring lawsuit against", "116": "Find guilty or liable (legally)",
    "12": "Reject", "120": "Reject, not specified below",
    "121": "Reject material cooperation", "1211": "Reject economic cooperation",
    "1212": "Reject military cooperation", "1213": "Reject judicial cooperation",
    "122": "Reject request or demand for material aid, not specified below",
    "1221": "Reject request for economic aid", "1222": "Reject request for military aid",
    "1223": "Reject request for humanitarian aid",
    "1224": "Reject request for military protection or peacekeeping",
    "123": "Reject request or demand for political reform, not specified below",
    "1231": "Reject request for change in leadership", "1232": "Reject request for policy change",
    "1233": "Reject request for rights", "1234": "Reject request for change in institutions, regime",
    "124": "Refuse to yield, not specified below",
    "1241": "Refuse to ease administrative sanctions", "1242": "Refuse to ease popular dissent",
    "1243": "Refuse to release persons or property",
    "1244": "Refuse to ease economic sanctions, boycott, or embargo",
    "1245": "Refuse to allow international involvement (non-mediation)",
    "1246": "Refuse to de-escalate military engagement",
    "125": "Reject proposal to meet, discuss, or negotiate", "126": "Reject mediation",
    "127": "Reject plan, agreement to settle dispute", "128": "Defy norms, law", "129": "Veto",
    "13": "Threaten", "130": "Threaten, not specified below",
    "131": "Threaten non-force, not specified below", "1311": "Threaten to reduce or stop aid",
    "1312": "Threaten to boycott, embargo, or sanction",
    "1313": "Threaten to reduce or break relations",
    "132": "Threaten with administrative sanctions, not specified below",
    "1321": "Threaten to impose restrictions on political freedoms",
    "1322": "Threaten to ban political parties or politicians",
    "1323": "Threaten to impose curfew",
    "1324": "Threaten to impose state of emergency or martial law",
    "133": "Threaten political dissent, protest", "134": "Threaten to halt negotiations",
    "135": "Threaten to halt mediation",
    "136": "Threaten to halt international involvement (non-mediation)",
    "137": "Threaten with repression",
    "138": "Threaten to use military force, not specified below", "1381": "Threaten blockade",
    "1382": "Threaten occupation", "1383": "Threaten unconventional violence",
    "1384": "Threaten conventional attack", "1385": "Threaten attack with WMD",
    "139": "Give ultimatum",
    "14": "Protest", "140": "Engage in political dissent, not specified below",
    "141": "Demonstrate or rally, not specified below",
    "1411": "Demonstrate for leadership change", "1412": "Demonstrate for policy change",
    "1413": "Demonstrate for rights", "1414": "Demonstrate for change in institutions, regime",
    "142": "Conduct hunger strike, not specified below",
    "143": "Conduct strike or boycott, not specified below",
    "144": "Obstruct passage, block, not specified below",
    "145": "Protest violently, riot, not specified below",
    "15": "Exhibit force posture",
    "150": "Demonstrate military or police power, not specified below",
    "151": "Increase police alert status", "152": "Increase military alert status",
    "153": "Mobilize or increase police power", "154": "Mobilize or increase armed forces",
    "16": "Reduce relations", "160": "Reduce relations, not specified below",
    "161": "Reduce or break diplomatic relations",
    "162": "Reduce or stop material aid, not specified below",
    "1621": "Reduce or stop economic assistance", "1622": "Reduce or stop military assistance",
    "1623": "Reduce or stop humanitarian assistance",
    "163": "Impose embargo, boycott, or sanctions", "164": "Halt negotiations",
    "165": "Halt mediation", "166": "Expel or withdraw, not specified below",
    "1661": "Expel or withdraw peacekeepers", "1662": "Expel or withdraw inspectors, observers",
    "1663": "Expel or withdraw aid agencies",
    "17": "Coerce", "170": "Coerce, not specified below",
    "171": "Seize or damage property, not specified below", "1711": "Confiscate property",
    "1712": "Destroy property", "172": "Impose administrative sanctions, not specified below",
    "1721": "Impose restrictions on political freedoms",
    "1722": "Ban political parties or politicians", "1723": "Impose curfew",
    "1724": "Impose state of emergency or martial law",
    "173": "Arrest, detain, or charge with legal action", "174": "Expel or deport individuals",
    "175": "Use tactics of violent repression",
    "176": "Attack cybernetically",
    "18": "Assault", "180": "Use unconventional violence, not specified below",
    "181": "Abduct, hijack, or take hostage", "182": "Physically assault, not specified below",
    "1821": "Sexually assault", "1822": "Torture", "1823": "Kill by physical assault",
    "183": "Conduct suicide, car, or other non-military bombing, not specified below",
    "1831": "Carry out suicide bombing", "1832": "Carry out vehicular bombing",
    "1833": "Carry out roadside bombing", "184": "Use as human shield",
    "185": "Attempt to assassinate", "186": "Assassinate",
    "19": "Fight", "190": "Use conventional military force, not specified below",
    "191": "Impose blockade, restrict movement", "192": "Occupy territory",
    "193": "Fight with small arms and light weapons", "194": "Fight with artillery and tanks",
    "195": "Employ aerial weapons", "196": "Violate ceasefire",
    "1431": "Conduct strike or boycott for leadership change",
    "20": "Use unconventional mass violence",
    "200": "Use unconventional mass violence, not specified below",
    "201": "Engage in mass expulsion", "202": "Engage in mass killings",
    "203": "Engage in ethnic cleansing", "204": "Use weapons of mass destruction, not specified below",
    "2041": "Use chemical, biological, or radiological weapons", "2042": "Detonate nuclear weapons",
}

# ---------------------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------------------

def fail(msg):
    sys.exit("gen-verbs: " + msg)


def read_words():
    if not os.path.exists(WORDLIST):
        fail(WORDLIST + " is missing: apt-get install wamerican")
    words = set()
    with open(WORDLIST, encoding="utf-8", errors="replace") as f:
        for line in f:
            w = line.strip()
            if w and "'" not in w:
                words.add(w.lower())
    return words


def wordlist_version():
    try:
        with open("/var/lib/dpkg/status", encoding="utf-8", errors="replace") as f:
            text = f.read()
        m = re.search(r"^Package: wamerican\n(?:[^\n]+\n)*?Version: (\S+)", text, re.M)
        return "Debian wamerican " + m.group(1) if m else "unknown version"
    except OSError:
        return "unknown version"


def read_tsv(path):
    columns, rows = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#"):
                m = re.match(r"#\s*columns:\s*(.*)$", line)
                if m:
                    columns = [c.strip() for c in re.split(r"[\t,]", m.group(1))]
                continue
            if not line.strip():
                continue
            fields = [x.strip() for x in line.split("\t")]
            fields += [""] * (len(columns) - len(fields))
            rows.append(dict(zip(columns, fields)))
    return rows


def code_of(raw):
    """'[042:043]' → ('042', '043'); '[---]' → (None, None); '[:110]' → (None, '110')."""
    raw = raw.strip().strip("[]").strip()
    if raw in ("", "---"):
        return None, None
    a, _, b = raw.partition(":")
    a, b = a.strip(), b.strip()
    return (a if a and a != "---" else None), (b if b and b != "---" else None)


class Entry:
    def __init__(self, block, line_no, words, vi, braces, code, secondary, explicit):
        self.block, self.line_no, self.words, self.vi = block, line_no, words, vi
        self.braces, self.code, self.secondary, self.explicit = braces, code, secondary, explicit
        self.alias = None  # the lemma this entry is an inflected form of (FORGAVE → forgive)

    @property
    def lemma(self):
        return self.alias or " ".join(self.words)


class Block:
    def __init__(self, name, code, secondary, line_no):
        self.name, self.code, self.secondary, self.line_no = name, code, secondary, line_no
        self.entries, self.patterns = [], []


def parse_dictionary(path):
    synsets, synset_noplural = OrderedDict(), set()
    blocks, transformations = [], 0
    section, current_syn, block = "head", None, None
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for n, raw in enumerate(lines, 1):
        line = raw.rstrip()
        if line.startswith("####### SYNONYM SETS"):
            section = "synsets"
            continue
        if line.startswith("####### VERB PATTERNS"):
            section = "verbs"
            continue
        if line.startswith("######## TRANSFORMATIONS"):
            section = "transformations"
            continue
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if section == "synsets":
            body = line.split("#")[0].strip()
            if body.startswith("&"):
                current_syn = body.rstrip("_")
                synsets[current_syn] = []
                if body.endswith("_"):
                    synset_noplural.add(current_syn)
            elif body.startswith("+") and current_syn:
                synsets[current_syn].append(body[1:])
            continue
        if section == "transformations":
            if line.startswith("~"):
                transformations += 1
            continue
        if section != "verbs":
            continue
        if line.startswith("---"):
            m = re.match(r"^---\s+(\S+)\s+(\[[^\]]*\])", line)
            if not m:
                fail("line %d: unreadable block title: %s" % (n, line))
            code, secondary = code_of(m.group(2))
            block = Block(m.group(1), code, secondary, n)
            blocks.append(block)
            continue
        if line.startswith("~"):
            transformations += 1
            continue
        if block is None:
            continue
        if line.startswith("-"):
            body, _, comment = line[1:].partition("#")
            m = re.search(r"\[([^\]]*)\]\s*$", body.strip())
            if not m:
                continue
            code, secondary = code_of(m.group(0))
            pat = body.strip()[: m.start()].strip()
            pre, star, post = pat.partition("*")
            if not star:
                continue
            verbs = [v.strip() for v in comment.split("<")[0].split(",")]
            verbs = [v.split()[0] for v in verbs if v.split() and re.match(r"^[A-Z_+'-]+$", v.split()[0])]
            block.patterns.append({"pre": pre.strip(), "post": post.strip(), "code": code,
                                   "secondary": secondary, "raw_code": m.group(1),
                                   "comment_verbs": verbs, "line_no": n, "line": line.strip()})
            continue
        # a verb line
        body = re.split(r"[#;]", line)[0].strip()
        if not body:
            continue
        m = re.match(r"^([^\s\[{]+)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?\s*$", body)
        if not m:
            fail("line %d: unreadable verb line: %s" % (n, line))
        head, braces, code_raw = m.group(1), m.group(2), m.group(3)
        words, vi = split_compound(head)
        brace_forms = None
        if braces is not None:
            brace_forms = [b for b in braces.strip("{}").replace(",", " ").split() if b]
        if code_raw:
            code, secondary = code_of(code_raw)
            explicit = True
        else:
            code, secondary, explicit = block.code, block.secondary, False
        block.entries.append(Entry(block, n, words, vi, brace_forms, code, secondary, explicit))
    return synsets, synset_noplural, blocks, transformations


def split_compound(head):
    """'+ASK_FOR' → (['ask', 'for'], 0); 'RE_+ARREST' → (['re', 'arrest'], 1); 'BOMB' → (['bomb'], 0)."""
    parts = head.split("_")
    vi = 0
    for i, p in enumerate(parts):
        if p.startswith("+"):
            vi = i
    words = [p.lstrip("+").lower() for p in parts if p.lstrip("+")]
    return words, min(vi, len(words) - 1)


# ---------------------------------------------------------------------------------------------
# English inflection
# ---------------------------------------------------------------------------------------------

VOWELS = "aeiou"


def syllables(w):
    return len(re.findall(r"[aeiouy]+", re.sub(r"e$", "", w))) or 1


def cvc(w):
    """Ends in one vowel letter and one consonant (ban, regret, quit): a candidate for doubling."""
    return bool(re.search(r"(^|[^aeiou]|qu)[aeiou][bcdfgklmnprstvz]$", w))


def pick(cands, words, default):
    found = [c for c in cands if c in words]
    return found if found else [default]


def third_sg(b):
    if re.search(r"(s|x|z|ch|sh)$", b):
        return b + "es"
    if re.search(r"[^aeiou]y$", b):
        return b[:-1] + "ies"
    if re.search(r"[^aeiou]o$", b):
        return b + "es"
    return b + "s"


def past_regular(b, words):
    if b.endswith("e"):
        return [b + "d"]
    if re.search(r"[^aeiou]y$", b):
        return [b[:-1] + "ied"]
    if b.endswith("c"):
        return pick([b + "ked", b + "ed"], words, b + "ked")
    plain = b + "ed"
    if cvc(b) and not b.endswith(("w", "x", "y")):
        doubled = b + b[-1] + "ed"
        return pick([plain, doubled], words, doubled if syllables(b) == 1 else plain)
    return [plain]


def ing_regular(b, words):
    if b.endswith("ie"):
        return [b[:-2] + "ying"]
    if b.endswith("e") and not b.endswith(("ee", "oe", "ye")) and len(b) > 2:
        return [b[:-1] + "ing"]
    if b.endswith("c"):
        return pick([b + "king", b + "ing"], words, b + "king")
    plain = b + "ing"
    if cvc(b) and not b.endswith(("w", "x", "y")):
        doubled = b + b[-1] + "ing"
        return pick([plain, doubled], words, doubled if syllables(b) == 1 else plain)
    return [plain]


def american(w, words):
    """Whether a British spelling's American form is in the word list (organise → organize)."""
    for a, b in (("ise", "ize"), ("isation", "ization"), ("our", "or"), ("yse", "yze"), ("lled", "led"),
                 ("lling", "ling"), ("ce", "se")):
        if a in w and w.replace(a, b) in words:
            return True
    return False


# Words the American word list lacks that are fine verbs.
EXTRA_WORDS = {"criminalize", "criminalise", "rearrest", "reinvite"}


def known_word(w, words):
    """In the word list, as an American spelling, as a hyphenated compound or with a prefix."""
    if w in words or w in EXTRA_WORDS or american(w, words):
        return True
    if "-" in w:
        return all(known_word(p, words) for p in w.split("-") if p not in ("re", "co", "de"))
    for pre in ("re", "de", "un", "dis", "over", "under", "counter"):
        if w.startswith(pre) and w[len(pre):] in words:
            return True
    return False


BE_FORMS = {"is", "are", "was", "were", "be", "been", "being", "am"}


def classify(base, f):
    """The slot of an irregular form given in {…}: s, ing, variant (another spelling), or past."""
    if f == base:
        return "base"
    if f.endswith("ing"):
        return "ing"
    if f in (third_sg(base), base + "s", base + "es"):
        return "s"
    if len(f) == len(base) and sum(1 for a, b in zip(f, base) if a != b) == 1 and \
            any({a, b} == {"s", "z"} for a, b in zip(f, base)):
        return "variant"
    return "past"


def verb_word_forms(base, brace_words, words):
    """All forms of the inflecting word, ordered base, 3sg, past(s), participle(s), -ing."""
    if base in BE_FORMS:
        return [base] + [w for w in (brace_words or []) if w != base]
    slots = {"s": [], "past": [], "ing": [], "variant": []}
    if brace_words:
        for w in brace_words:
            k = classify(base, w)
            if k != "base":
                slots[k].append(w)
    out = [base]
    out += slots["s"] or [third_sg(base)]
    if brace_words is not None and not slots["past"]:
        past = [base]  # {…} without a past form: the past is the base (put, quit, set, shut)
    elif slots["past"]:
        past = slots["past"] + [p for p in IRREGULAR.get(base, ()) if p not in slots["past"]]
    elif base in IRREGULAR:
        past = list(IRREGULAR[base])
    else:
        past = past_regular(base, words)
    out += past
    out += slots["ing"] or ing_regular(base, words)
    for v in slots["variant"]:
        out += verb_word_forms(v, None, words)
    seen, res = set(), []
    for w in out:
        if w not in seen:
            seen.add(w)
            res.append(w)
    return res


def entry_forms(e, words):
    """Every form of a dictionary verb entry, multi-word ones with the inflection on the `+` word."""
    base_words = e.words
    vw = base_words[e.vi]
    if e.braces is not None and not e.braces:
        return [" ".join(base_words)], []  # {} : the phrase exactly as written
    brace_vw = None
    if e.braces is not None:
        brace_vw = []
        for b in e.braces:
            bw, bvi = split_compound(b)
            if len(bw) == len(base_words):
                brace_vw.append(bw[bvi])
            elif len(bw) == 1:
                brace_vw.append(bw[0])
    forms, dropped = [], []
    for f in verb_word_forms(vw, brace_vw, words):
        # A form of a verb the word list knows must be in the word list too: this drops rule
        # errors (hitted) and the dictionary's typos (assailling); British spellings, which the
        # American list lacks, keep their rule-made forms.
        if f != vw and vw in words and f not in words and "-" not in f:
            dropped.append(f)
            continue
        ws = list(base_words)
        ws[e.vi] = f
        forms.append(" ".join(ws))
    return forms, dropped


# ---------------------------------------------------------------------------------------------
# Codes
# ---------------------------------------------------------------------------------------------

def is_ancestor(a, b):
    """Whether CAMEO code a is b's class or a class above it ('190' ⊇ '195', '17' ⊇ '1711')."""
    if a == b:
        return True
    if b.startswith(a):
        return True
    return len(a) == 3 and a.endswith("0") and b.startswith(a[:2]) and len(b) >= 3


def more_general(codes):
    """The first code, unless a later one is the class of every other one."""
    for c in codes:
        if all(is_ancestor(c, d) for d in codes):
            return c
    return codes[0]


def plural(noun):
    if re.search(r"(s|x|z|ch|sh)$", noun):
        return noun + "es"
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    return noun + "s"


# ---------------------------------------------------------------------------------------------
# Patterns
# ---------------------------------------------------------------------------------------------

def chunks(post):
    """Split a PETRARCH2 pattern side into chunks: ('w', word), ('np', [words]), ('pp', [chunks])."""
    toks = post.replace("(", " ( ").replace(")", " ) ").replace("{", " { ").replace("}", " } ").split()
    out, stack = [], [[]]
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == "(":
            stack.append([])
        elif t == ")":
            if len(stack) < 2:
                raise ValueError("unbalanced )")
            inner = stack.pop()
            stack[-1].append(("pp", inner))
        elif t == "{":
            j = toks.index("}", i) if "}" in toks[i:] else None
            if j is None:
                raise ValueError("unbalanced {")
            stack[-1].append(("np", toks[i + 1:j]))
            i = j
        elif t == "}":
            raise ValueError("unbalanced }")
        else:
            stack[-1].append(("w", t))
        i += 1
    if len(stack) != 1:
        raise ValueError("unbalanced (")
    return stack[0]


def synset_alternatives(name, synsets, noplural):
    alts = []
    for term in synsets.get(name, []):
        no_pl = term.endswith("_") or name in noplural
        words = term.rstrip("_").replace("_", " ").lower().split()
        if not words:
            continue
        alts.append(" ".join(words))
        if not no_pl:
            alts.append(" ".join(words[:-1] + [plural(words[-1])]))
    seen = []
    for a in alts:
        if a not in seen:
            seen.append(a)
    return seen


class Unusable(Exception):
    pass


def word_alternatives(w, synsets, noplural):
    """A pattern word → list of alternative token strings."""
    if w in ("+", "$"):
        return [w]
    if w == "^":
        return ["*"]
    if w == "%":
        raise Unusable("compound actor %")
    if w.startswith("&"):
        name = w.rstrip("_")
        if name not in synsets:
            raise Unusable("undefined synset " + name)
        return synset_alternatives(name, synsets, noplural)
    if "*" in w or not re.match(r"^[A-Z0-9'&_.\-/+$]+$", w) or re.search(r"[/.]", w):
        raise Unusable("odd token " + w)
    if "+" in w or "$" in w:
        raise Unusable("slot inside a word " + w)
    return [" ".join(w.lower().replace("_", " ").split())]


def chunk_alternatives(ch, synsets, noplural):
    kind, val = ch
    if kind == "w":
        return word_alternatives(val, synsets, noplural)
    if kind == "np":
        alts = [""]
        for w in val:
            alts = [(a + " " + b).strip() for a in alts for b in word_alternatives(w, synsets, noplural)]
        return alts
    # pp: the preposition, then its chunks after gaps
    if not val:
        raise Unusable("empty ()")
    alts = [""]
    first = True
    for sub in val:
        sub_alts = chunk_alternatives(sub, synsets, noplural)
        sep = " " if first else " * "
        alts = [(a + sep + b).strip() for a in alts for b in sub_alts]
        first = False
    return alts


def convert_pattern(p, synsets, noplural):
    """PETRARCH2 pattern → list of kbctl patterns (lower-case words, `*`, `+`, `$`)."""
    pre = p["pre"].split()
    if pre and pre != ["$"]:
        raise Unusable("words before the verb")
    if not p["post"]:
        raise Unusable("no words after the verb")
    try:
        chs = chunks(p["post"])
    except ValueError as e:
        raise Unusable(str(e))
    alts = [""]
    for ch in chs:
        ca = chunk_alternatives(ch, synsets, noplural)
        alts = [(a + " * " + b) for a in alts for b in ca]
        if len(alts) > MAX_EXPANSION:
            raise Unusable("synset too large to expand")
    out = []
    for a in alts:
        toks = a.split()
        norm = []
        for t in toks:
            if t == "*" and norm and norm[-1] == "*":
                continue
            norm.append(t)
        while norm and norm[-1] == "*":
            norm.pop()
        if not [t for t in norm if t not in ("*", "+", "$")]:
            raise Unusable("no literal word")
        s = " ".join(norm)
        if s not in out:
            out.append(s)
    return out


def past_of(verb_forms):
    """The simple past among a verb's forms (the first form that is neither 3sg nor -ing), else the base."""
    base = verb_forms[0].split()
    for f in verb_forms[1:]:
        ws = f.split()
        diff = [w for w, b in zip(ws, base) if w != b]
        if len(ws) == len(base) and len(diff) == 1:
            w = diff[0]
            b = base[ws.index(w)]
            if w.endswith("ing") or w in (third_sg(b), b + "s", b + "es"):
                continue
            return f
    return verb_forms[0]


def example_of(verb_forms, pattern):
    past = past_of(verb_forms)
    words = []
    for t in pattern.split():
        if t == "*":
            continue
        words.append({"+": "<object>", "$": "<source>"}.get(t, t))
    return "<subject> " + past + " " + " ".join(words)


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------

def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kind", default="cameo-verbs",
                    help="the '# kind:' header of cameo-verbs.tsv (default cameo-verbs: not loaded; "
                         "'verbs' makes kbctl load it as part of the verb lexicon)")
    ap.add_argument("--quiet", action="store_true", help="print only the counts")
    args = ap.parse_args()
    if not os.path.exists(SRC):
        fail(SRC_REL + " is missing")
    words = read_words()
    digest = sha256(SRC)
    synsets, noplural, blocks, n_transform = parse_dictionary(SRC)
    report = defaultdict(list)

    # --- the hand-kept lexicon and the closed classes ------------------------------------------
    hand_rows = read_tsv(HAND)
    hand_form = OrderedDict()  # form → row (first wins, as in kbctl's trie)
    hand_codes = set()
    for r in hand_rows:
        hand_codes.add(r["cameo"])
        for f in r["forms"].split("|"):
            f = " ".join(f.strip().lower().split())
            if f and f not in hand_form:
                hand_form[f] = r
    closed = {}
    for r in read_tsv(WORDS_TSV):
        if r.get("class") in ("function", "auxiliary", "negation", "pronoun-person", "pronoun-thing",
                              "pronoun-plural", "time", "possible", "planned", "conditional", "locative"):
            closed.setdefault(r["word"].lower(), r["class"])

    # --- every verb entry's forms --------------------------------------------------------------
    entries = [e for b in blocks for e in b.entries]
    forms_of = {}
    for e in entries:
        forms_of[id(e)], dropped = entry_forms(e, words)
        for d in dropped:
            report["inflections dropped: not in the word list"].append(d)
    # An entry that is an inflected form of another verb of its block (FORGAVE beside FORGIVE,
    # WORRIED beside WORRY) is folded into that verb.
    for b in blocks:
        own = {}
        for e in b.entries:
            if len(e.words) == 1:
                for f in forms_of[id(e)][1:]:
                    own.setdefault(f, e.lemma)
        for e in b.entries:
            target = own.get(e.lemma)
            if len(e.words) == 1 and target and target != e.lemma and e.lemma not in IRREGULAR:
                report["entries folded into their verb (an inflected form listed as a verb)"].append(
                    "%s → %s" % (e.lemma, target))
                e.alias = target
    lemma_forms = OrderedDict()  # lemma → forms (union over its entries, in order; the lemma first)
    for e in entries:
        fl = lemma_forms.setdefault(e.lemma, [e.lemma])
        for f in forms_of[id(e)]:
            if f not in fl:
                fl.append(f)

    # --- default codes per lemma -----------------------------------------------------------------
    # Every entry with a source→target code votes; the first listed, or a later one that is the
    # class of all the others, wins.
    codes_by_lemma = OrderedDict()
    reversed_only = OrderedDict()
    null_lemmas = OrderedDict()
    for e in entries:
        if e.code:
            codes_by_lemma.setdefault(e.lemma, [])
            if e.code not in codes_by_lemma[e.lemma]:
                codes_by_lemma[e.lemma].append(e.code)
        elif e.secondary:
            reversed_only.setdefault(e.lemma, "[:%s] block %s line %d" % (e.secondary, e.block.name, e.line_no))
        else:
            null_lemmas.setdefault(e.lemma, e)
    for lemma in list(reversed_only):
        if lemma in codes_by_lemma:
            del reversed_only[lemma]
    for lemma in list(null_lemmas):
        if lemma in codes_by_lemma or lemma in reversed_only:
            del null_lemmas[lemma]
    default_code = OrderedDict()
    for lemma, codes in codes_by_lemma.items():
        default_code[lemma] = more_general(codes)
        if len(codes) > 1:
            report["lemma code conflicts"].append("%s: %s → %s" % (lemma, "/".join(codes), default_code[lemma]))

    # --- patterns --------------------------------------------------------------------------------
    pattern_rows = []
    pattern_skips = defaultdict(int)
    pattern_info = defaultdict(int)
    pattern_seen = {}
    pattern_verbs_with_code = defaultdict(list)  # lemma → codes of its patterns (for null verbs)
    for b in blocks:
        block_lemmas = [e.lemma for e in b.entries]
        block_forms = {}
        for e in b.entries:
            for f in forms_of[id(e)]:
                block_forms.setdefault(f.replace(" ", "_").upper(), e.lemma)
                block_forms.setdefault(f.upper(), e.lemma)
            block_forms.setdefault(e.lemma.replace(" ", "_").upper(), e.lemma)
        for p in b.patterns:
            if p["code"] and not re.match(r"^\d{2,4}$", p["code"]):
                pattern_skips["malformed code (e.g. [080!])"] += 1
                continue
            if p["code"] is None:
                pattern_skips["null code [---] (a pattern that blocks coding)" if not p["secondary"]
                              else "reverse-only code [:x]"] += 1
                continue
            # the verb(s) the pattern was written for, from its comment; else the block's head verb
            # (the verb the block is named after), else its first verb
            lemmas = []
            for cv in p["comment_verbs"]:
                key = cv.lstrip("+").upper()
                lem = block_forms.get(key) or block_forms.get(key.replace("_", " "))
                if lem and lem not in lemmas:
                    lemmas.append(lem)
            if not lemmas:
                if not block_lemmas:
                    pattern_skips["block without verbs"] += 1
                    continue
                head = b.name.lower().replace("_", " ")
                lemmas = [head if head in block_lemmas else block_lemmas[0]]
                if p["comment_verbs"]:
                    pattern_info["comment names no verb of its block: the block's head verb used"] += 1
            try:
                converted = convert_pattern(p, synsets, noplural)
            except Unusable as u:
                reason = str(u)
                if reason.startswith("odd token") or reason.startswith("slot inside"):
                    reason = "odd token (e.g. '*_LAWS', 'A/B')"
                elif reason.startswith("undefined synset"):
                    reason = "undefined synset"
                pattern_skips[reason] += 1
                continue
            for lemma in lemmas:
                dflt = default_code.get(lemma)
                if dflt == p["code"]:
                    pattern_skips["same code as the verb's default (redundant)"] += 1
                    continue
                pattern_verbs_with_code[lemma].append(p["code"])
                for pat in converted:
                    key = (lemma, pat)
                    if key in pattern_seen:
                        row = pattern_seen[key]
                        if p["code"] in row["codes"]:
                            pattern_skips["duplicate"] += 1
                        else:
                            row["codes"].append(p["code"])
                        continue
                    row = {"verb": lemma, "codes": [p["code"]], "pattern": pat, "line_no": p["line_no"]}
                    pattern_seen[key] = row
                    pattern_rows.append(row)
    # The same verb and pattern with several codes: the first, unless a later one is the class of
    # all the others (as for verbs).
    for row in pattern_rows:
        row["cameo"] = more_general(row["codes"])
        if len(row["codes"]) > 1:
            report["pattern collisions (kept → dropped)"].append("%s '%s': %s → %s" % (
                row["verb"], row["pattern"], row["cameo"], "/".join(c for c in row["codes"] if c != row["cameo"])))

    # --- null-code verbs: a default from their patterns only when the patterns agree ------------
    # PETRARCH2's null code means "the verb alone is no event". We give such a verb a code only
    # when at least two of its own patterns exist and all lie in one CAMEO root; the code is then
    # that root's general code (e.g. 190), the most general code the patterns imply.
    pattern_defaults = OrderedDict()
    for lemma in null_lemmas:
        codes = pattern_verbs_with_code.get(lemma, [])
        roots = {c[:2] for c in codes}
        if len(codes) >= 2 and len(roots) == 1:
            pattern_defaults[lemma] = (codes[0][:2] + "0", len(codes))
        elif codes:
            report["null-code verbs left out (patterns disagree or only one)"].append(
                "%s (%s)" % (lemma, ",".join(sorted(set(codes)))))

    # --- verb rows -------------------------------------------------------------------------------
    claimed = {}  # form → row (one sense per form in the generated file)
    rows = []

    def add_row(predicate, code, kind, particle, forms, origin):
        keep = []
        for f in forms:
            if f in claimed:
                other = claimed[f]
                if other["kind"] == kind and other["cameo"] != code:
                    report["form collisions within kind (first kept)"].append(
                        "%s: %s %s kept, %s %s dropped" % (f, other["predicate"], other["cameo"], predicate, code))
                elif other["kind"] != kind:
                    report["form collisions across kinds (first kept)"].append(
                        "%s: %s/%s kept, %s/%s dropped" % (f, other["predicate"], other["kind"], predicate, kind))
                continue
            keep.append(f)
        if not keep:
            return None
        row = {"predicate": predicate, "cameo": code, "kind": kind, "particle": particle,
               "forms": keep, "origin": origin}
        for f in keep:
            claimed[f] = row
        rows.append(row)
        return row

    skipped_hand_forms = []
    adopted = []
    stats = defaultdict(int)
    skipped_verbs = defaultdict(list)

    def filter_forms(forms, lemma):
        out = []
        for f in forms:
            if f in hand_form:
                skipped_hand_forms.append(f)
                continue
            # kbctl tags every token: a verb sense fires only on a verb tag, so a form that is
            # also a common noun or adjective ("order", "fire") stays. Modals and names still go.
            if f in COLLIDING_FORMS and COLLIDING_FORMS[f] in ("function word, modal or month", "name"):
                report["forms dropped: collide with common nouns/names"].append(f)
                continue
            if f in closed:
                report["forms dropped: closed-class word in words.tsv"].append("%s (%s)" % (f, closed[f]))
                continue
            if re.search(r"\b(and|or)$", f):
                report["forms dropped: fragment ending in a conjunction"].append(f)
                continue
            out.append(f)
        return out

    def hand_match(forms, kind):
        hits = [hand_form[f] for f in forms if f in hand_form]
        same = [h for h in hits if h["kind"] == kind]
        return (same or hits or [None])[0]

    hand_by_predicate = OrderedDict()  # predicate → its first verb row (else first row)
    for r in hand_rows:
        cur = hand_by_predicate.get(r["predicate"])
        if cur is None or (cur["kind"] != "verb" and r["kind"] == "verb"):
            hand_by_predicate[r["predicate"]] = r

    # 1. the hand-kept event nouns (they claim their forms first, so "raids" is a noun here)
    verb_rows_by_lemma = {}
    for forms, lemma, explicit, particle, why in EVENT_NOUNS:
        fl = forms.split("|")
        hn = hand_match(fl, "noun")
        hv = hand_by_predicate.get(lemma) or hand_match(lemma_forms.get(lemma, []), "verb") if lemma else None
        if hn:  # a verbs.tsv row with these forms decides the class
            pred, code, part = hn["predicate"], hn["cameo"], hn["particle"] or particle
        elif hv:
            pred, code, part = hv["predicate"], hv["cameo"], particle
        elif lemma and lemma in default_code:
            pred, code, part = lemma, default_code[lemma], particle
        elif explicit:
            pred, code = explicit
            part = particle
            if pred in hand_by_predicate:  # keep verbs.tsv's code for its predicate
                code = hand_by_predicate[pred]["cameo"]
        else:
            report["event nouns without a class (dropped)"].append("%s (%s)" % (forms, lemma))
            continue
        keep = [f for f in fl if f not in hand_form]
        skipped_hand_forms.extend(f for f in fl if f in hand_form)
        if keep and add_row(pred, code, "noun", part, keep, "event-noun table"):
            stats["noun rows (event-noun table)"] += 1

    # 2. verbs with a code
    candidates = [(lemma, code, "dictionary") for lemma, code in default_code.items()]
    candidates += [(lemma, c, "patterns (%d agree)" % k) for lemma, (c, k) in pattern_defaults.items()]
    for lemma, code, origin in candidates:
        if lemma in GENERAL_VERBS:
            skipped_verbs["too general (GENERAL_VERBS)"].append(lemma)
            continue
        if lemma in SKIP_VERBS:
            skipped_verbs[SKIP_VERBS[lemma]].append(lemma)
            continue
        forms = lemma_forms[lemma]
        h = hand_match(forms, "verb")
        pred, particle = lemma, PARTICLES.get(lemma, "")
        if h:
            pred, code, particle = h["predicate"], h["cameo"], h["particle"]
            adopted.append("%s → %s %s" % (lemma, pred, code))
        elif code in SKIP_CODES:
            skipped_verbs["code %s: %s" % (code, SKIP_CODES[code])].append(lemma)
            continue
        elif not known_word(lemma.split()[0], words):
            skipped_verbs["not in the word list (misspelt or too rare)"].append(lemma)
            continue
        kept = filter_forms(forms, lemma)
        if not kept:
            stats["verbs fully covered by verbs.tsv or dropped"] += 1
            continue
        row = add_row(pred, code, "verb", particle, kept, origin)
        if row:
            verb_rows_by_lemma[lemma] = row
            if origin.startswith("patterns"):
                report["verbs given a code by their patterns"].append("%s %s" % (lemma, code))
            stats["verbs from " + ("patterns" if origin.startswith("patterns") else "the dictionary")] += 1

    # 3. nominalisations of the generated event verbs (single-word lemmas)
    noun_claims = []
    for lemma, row in verb_rows_by_lemma.items():
        if " " in lemma or "-" in lemma:
            continue
        found = []
        for vend, nend in NOUN_SUFFIXES:
            if vend and not lemma.endswith(vend):
                continue
            stem = lemma[: len(lemma) - len(vend)] if vend else lemma
            noun = stem + nend
            if noun == lemma or noun not in words or noun in NOUN_DENY or noun in found:
                continue
            found.append(noun)
        for noun in found:
            fl = [noun] + ([plural(noun)] if plural(noun) in words else [])
            fl = [f for f in fl if f not in COLLIDING_FORMS]
            hn = hand_match(fl, "noun")
            skipped_hand_forms.extend(f for f in fl if f in hand_form)
            fl = [f for f in fl if f not in hand_form]
            if fl:
                # a noun whose singular verbs.tsv lists takes that row's class for its plural
                cls = (hn["predicate"], hn["cameo"], hn["particle"]) if hn else \
                    (row["predicate"], row["cameo"], row["particle"])
                noun_claims.append((cls, fl, lemma))
    for (pred, code, part), fl, lemma in noun_claims:
        if add_row(pred, code, "noun", part, fl, "suffix of " + lemma):
            stats["noun rows (suffix table)"] += 1

    # Rows of one predicate, code, kind and particle (several dictionary verbs that verbs.tsv maps
    # to one predicate, or spelling variants) become one row.
    merged = OrderedDict()
    for r in rows:
        key = (r["predicate"], r["cameo"], r["kind"], r["particle"])
        if key in merged:
            merged[key]["forms"] += [f for f in r["forms"] if f not in merged[key]["forms"]]
        else:
            merged[key] = dict(r, forms=list(r["forms"]))
    rows = list(merged.values())

    # --- validation --------------------------------------------------------------------------------
    problems = []
    for r in rows:
        if not re.match(r"^\d{2,4}$", r["cameo"]):
            problems.append("bad code %r in %s" % (r["cameo"], r["predicate"]))
        for f in r["forms"]:
            if "|" in f or "\t" in f or f != f.lower() or not f.strip():
                problems.append("bad form %r" % f)
        for v in (r["predicate"], r["particle"]):
            if "\t" in v or "|" in v:
                problems.append("bad field %r" % v)
    seen_forms = defaultdict(set)
    for r in rows:
        for f in r["forms"]:
            seen_forms[(f, r["kind"])].add(r["cameo"])
    for (f, k), cs in seen_forms.items():
        if len(cs) > 1:
            problems.append("form %s (%s) has codes %s" % (f, k, cs))
    all_forms = [f for r in rows for f in r["forms"]]
    if len(all_forms) != len(set(all_forms)):
        problems.append("a form is in two rows")
    for f in all_forms:
        if f in hand_form:
            problems.append("form %s is in verbs.tsv" % f)
    not_in_wordlist = sorted({w for r in rows for f in r["forms"] for w in f.split()
                              if w not in words and "-" not in w})
    for pr in pattern_rows:
        if not re.match(r"^\d{2,4}$", pr["cameo"]):
            problems.append("bad pattern code %r" % pr["cameo"])
    if problems:
        fail("validation failed:\n  " + "\n  ".join(problems[:40]))

    # --- write cameo-verbs.tsv -------------------------------------------------------------------
    def kind_rank(k):
        return {"verb": 0, "noun": 1, "adjective": 2}[k]

    rows.sort(key=lambda r: (r["predicate"], kind_rank(r["kind"]), r["cameo"], r["forms"][0]))
    n_skipped_hand = len(set(skipped_hand_forms))
    src_line = "%s (from %s, commit %s)" % (SRC_REL, SRC_REPO, SRC_COMMIT)
    common_head = [
        "# source: " + src_line,
        "# licence: MIT (Copyright (c) 2015 Open Event Data Alliance; see third_party/petrarch2/LICENSE)",
        "# sha256: " + digest + " (" + SRC_REL + ")",
        "# generated-by: scripts/gen-verbs.py (python3 scripts/gen-verbs.py); do not edit: edit the script or verbs.tsv",
        "# wordlist: " + WORDLIST + " (" + wordlist_version() + "), for spellings and nominalisations",
    ]
    hand_line = "# hand-kept: Sources/KB/Lexicons/verbs.tsv sha256 %s (this file depends on it: rerun the script when it changes)" % sha256(HAND)
    out = [
        "# CAMEO event verbs and event nouns generated from the PETRARCH2 verb dictionary. Same format as",
        "# verbs.tsv, which it complements: verbs.tsv is hand-kept and wins. No form listed in verbs.tsv is",
        "# repeated here (kbctl's trie keeps the first sense of a form, and this file sorts before verbs.tsv);",
        "# where a dictionary verb shares a form with a verbs.tsv row, its other forms take that row's",
        "# predicate, code and particle (e.g. assaults → attack 19).",
    ] + common_head + [hand_line] + [
        "# kind: " + args.kind,
        "# Predicate = the verb's lemma (multi-word verbs keep their particle: 'pull out'); nouns take their",
        "# verb's predicate. cameo = the verb's default code in the dictionary: its own [code], else its",
        "# block's; codes as the dictionary writes them (190 = root 19 not specified further; verbs.tsv",
        "# writes some roots as two digits). A verb with no code of its own anywhere ([---]) is listed",
        "# only when two or more of its own patterns agree on one root, with that root's general code",
        "# (see cameo-patterns.tsv). Where a verb has several codes, the first listed wins unless a later",
        "# one is the class of all the others. Secondary codes ([a:b]: b for target→source) are dropped;",
        "# verbs whose only code is reversed ([:b], e.g. offend, outrage) are left out.",
        "# Nouns come from a hand-kept table of key news event nouns in the script, then nominalisations by a",
        "# suffix table (deploy → deployment) and kept only when the word list has them.",
        "# Left out, each with its reason in scripts/gen-verbs.py: verbs too general to be events (say, take),",
        "# statement cues, all verbs of codes 010 and 012, verbs whose usual sense is not their class, feelings,",
        "# noun-dominant and rare verbs (GENERAL_VERBS, SKIP_VERBS, SKIP_CODES), and single forms that are",
        "# common nouns, adjectives or names (COLLIDING_FORMS: 'order' but not 'ordered').",
        "# Loading: kind cameo-verbs is no kind kbctl loads yet, so this file is embedded but inert; to use it,",
        "# regenerate with --kind verbs (the file then extends the verb lexicon) or treat the kind",
        "# cameo-verbs like verbs in Knowledge.swift.",
        "# known problems: one sense per form and no part of speech, so the -ing and -ed forms in verb rows",
        "#   also fire as nouns and adjectives, and event nouns (raid, clash, blast) fire whatever the context;",
        "#   the dictionary's verbs were chosen for a parser-based coder, so a bare verb here fires where",
        "#   PETRARCH2 would have needed a verb phrase; synonyms of one block share its code even where",
        "#   CAMEO would split them; irregular forms are the dictionary's plus a table in the script and",
        "#   English rules, all checked against the word list",
        "# columns: predicate\tcameo\tkind\tparticle\tforms",
    ]
    for r in rows:
        out.append("\t".join([r["predicate"], r["cameo"], r["kind"], r["particle"], "|".join(r["forms"])]))
    with open(OUT_VERBS, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")

    # --- write cameo-patterns.tsv ----------------------------------------------------------------
    counters = defaultdict(int)
    pout = [
        "# Phrase patterns from the PETRARCH2 verb dictionary that give a verb another CAMEO code:",
        "# \"rushed aid to X\" is 070 (provide aid), not the verb's own class. One row per verb and pattern.",
    ] + common_head + [
        "# kind: cameo-patterns",
        "# verb = the lemma of the verb the pattern was written for (the dictionary's comment names it;",
        "#   otherwise the verb its block is named after, else the block's first verb); forms = that",
        "#   verb's forms, so the file stands alone. PETRARCH2 applies a block's patterns to every verb",
        "#   of the block; this file keeps them to the verb they were written for.",
        "# Pattern language, over the lower-cased tokens that follow the verb form:",
        "#   word   a literal word, matched by token key; tokenise it as lexicon forms are (cease-fire is",
        "#          three tokens: cease - fire)",
        "#   *      up to " + str(GAP) + " tokens of any kind (e.g. determiners, adjectives)",
        "#   +      an actor mention: the object (target) of the event",
        "#   $      an actor mention: the source, when it follows the verb ('… from $')",
        "#   the pattern matches when every element matches in sequence after the verb.",
        "# From PETRARCH2: noun heads and {noun phrases} become their words, (prepositional phrases) become",
        "#   'prep * words', &SYNSET references are expanded into one row per member (singular and plural)",
        "#   when that gives at most " + str(MAX_EXPANSION) + " rows; ^ (an actor not coded) becomes *. Left out: patterns with",
        "#   words before the verb, the null code [---] (patterns that stop coding), reverse-only codes ([:b]),",
        "#   larger synsets, compound actors (%), and patterns whose code is the verb's default. Secondary",
        "#   codes ([a:b]) are dropped. Examples are generated: <subject> past-form words.",
        "# known problems: PETRARCH2 matches syntactic heads, not token sequences, so modifiers inside a noun",
        "#   phrase may differ; the order of noun and prepositional phrases is the dictionary's; several",
        "#   patterns in the dictionary are leftovers (see the dictionary's header)",
        "# columns: id\tverb\tcameo\tpattern\texample\tforms",
    ]
    pattern_rows.sort(key=lambda r: (r["verb"], r["line_no"], r["pattern"]))
    for pr in pattern_rows:
        counters[pr["verb"]] += 1
        pid = "cameo.%s.%d" % (re.sub(r"[^a-z0-9]+", "_", pr["verb"]), counters[pr["verb"]])
        vf = lemma_forms[pr["verb"]]
        pout.append("\t".join([pid, pr["verb"], pr["cameo"], pr["pattern"], example_of(vf, pr["pattern"]), "|".join(vf)]))
    with open(OUT_PATTERNS, "w", encoding="utf-8") as f:
        f.write("\n".join(pout) + "\n")

    # --- write cameo-codes.tsv -------------------------------------------------------------------
    used = defaultdict(set)
    for r in rows:
        used[r["cameo"]].add("cameo-verbs")
    for pr in pattern_rows:
        used[pr["cameo"]].add("cameo-patterns")
    for c in hand_codes:
        if c:
            used[c].add("verbs.tsv")
    for root in ["%02d" % i for i in range(1, 21)]:
        used[root].add("root")
    blocks_of = defaultdict(list)
    for b in blocks:
        if b.code and b.name not in blocks_of[b.code]:
            blocks_of[b.code].append(b.name)
    unknown = sorted(c for c in used if c not in CAMEO_NAMES)
    cout = [
        "# CAMEO event codes used by cameo-verbs.tsv, cameo-patterns.tsv and verbs.tsv, and the 20 roots.",
    ] + common_head + [
        "# kind: cameo-codes",
        "# The dictionary names no codes: its blocks are named after verbs (dictionary_blocks lists the",
        "# blocks whose default is the code). Every name here is from the CAMEO 1.1b3 codebook (Schrodt",
        "# 2012), written from knowledge of that public codebook, not read from the input: name_source",
        "# 'knowledge' says so, 'knowledge, uncertain: …' marks a name less sure, 'unknown' a code without one.",
        "# used_in lists root, cameo-verbs, cameo-patterns, verbs.tsv. Codes are strings: keep leading zeros.",
        "# known problems: names written from knowledge may differ in wording from a given copy of the codebook",
        "# columns: code\tname\tname_source\tdictionary_blocks\tused_in",
    ]

    def code_key(c):
        return (c[:2], c)

    for c in sorted(used, key=code_key):
        name = CAMEO_NAMES.get(c, "")
        src = ("knowledge, uncertain: " + NAME_UNCERTAIN[c]) if c in NAME_UNCERTAIN else "knowledge" if name else "unknown"
        cout.append("\t".join([c, name, src, "|".join(blocks_of.get(c, [])), "|".join(sorted(used[c]))]))
    with open(OUT_CODES, "w", encoding="utf-8") as f:
        f.write("\n".join(cout) + "\n")

    # --- read the files back: every row has its header's number of fields --------------------------
    for path, ncols, code_col in ((OUT_VERBS, 5, 1), (OUT_PATTERNS, 6, 2), (OUT_CODES, 5, 0)):
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        columns = [l for l in lines if l.startswith("# columns:")]
        if len(columns) != 1 or len(columns[0].split(":", 1)[1].split("\t")) != ncols:
            fail("%s: expected one '# columns:' line with %d columns" % (path, ncols))
        for n, line in enumerate(lines, 1):
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != ncols or not re.match(r"^\d{2,4}$", fields[code_col]):
                fail("%s line %d: %d fields or a bad code: %r" % (path, n, len(fields), line))

    # --- report ----------------------------------------------------------------------------------
    n_forms = sum(len(r["forms"]) for r in rows)
    print("input: %s sha256 %s" % (SRC_REL, digest))
    print("dictionary: %d blocks, %d verb entries (%d lemmas), %d patterns, %d synsets, %d transformations (unused)" % (
        len(blocks), len(entries), len(lemma_forms), sum(len(b.patterns) for b in blocks), len(synsets), n_transform))
    print("lemmas: %d with a code, %d null-code, %d reverse-only, %d given a code from their patterns" % (
        len(default_code), len(null_lemmas), len(reversed_only), len(pattern_defaults)))
    print("cameo-verbs.tsv: %d rows (%d verb, %d noun), %d forms" % (
        len(rows), sum(r["kind"] == "verb" for r in rows), sum(r["kind"] == "noun" for r in rows), n_forms))
    for k in sorted(stats):
        print("  %s: %d" % (k, stats[k]))
    print("  forms omitted because verbs.tsv lists them: %d" % n_skipped_hand)
    print("  verbs with a code left out: %d" % sum(len(v) for v in skipped_verbs.values()))
    for k, v in skipped_verbs.items():
        print("    %d — %s" % (len(v), k))
    print("  lemmas that took a verbs.tsv predicate: %d" % len(adopted))
    print("cameo-patterns.tsv: %d rows for %d verbs" % (len(pattern_rows), len(counters)))
    for k in sorted(pattern_skips):
        print("  patterns left out — %s: %d" % (k, pattern_skips[k]))
    for k in sorted(pattern_info):
        print("  note — %s: %d" % (k, pattern_info[k]))
    print("cameo-codes.tsv: %d codes (%d without a codebook name)" % (len(used), len(unknown)))
    if not args.quiet:
        print("adopted verbs.tsv predicates: " + "; ".join(adopted))
        for k, v in skipped_verbs.items():
            print("skipped verbs — %s (%d): %s" % (k, len(v), ", ".join(v)))
        for k in sorted(report):
            v = report[k]
            print("%s (%d): %s" % (k, len(v), "; ".join(v)))
        print("words of generated forms not in the word list (%d): %s" % (len(not_in_wordlist), " ".join(not_in_wordlist)))
        if unknown:
            print("codes without a name: " + " ".join(unknown))


if __name__ == "__main__":
    main()
