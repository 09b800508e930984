/// The general cues that find and type names nobody listed: where a capitalised span starts
/// and ends, and what its neighbours (titles, appositions, verbs of saying, head words,
/// prepositions) say it is.
struct NameCues {
    let knowledge: Knowledge

    // The English cue words of these rules are classes of `words.tsv` (name-connector, honorific,
    // diplomatic-noun, motion-verb, weapon-noun, party-word, body-category-noun, stay-verb, …).

    /// Roman numerals inside names ("the LAKES I Treaty", "World War II").
    static let romanNumerals: Set<String> = ["I", "II", "III", "IV", "V", "VI"]

    /// Whether the token can be part of a name.
    /// Token `i` is a capitalised word that is no function or time word. Read in place: the
    /// name loops ask this of every token, and a copied token cost two retains and releases.
    func isNameWord(_ tokens: [Token], _ i: Int) -> Bool {
        guard tokens[i].kind == .word, tokens[i].isCapitalized else { return false }
        return !knowledge.is(tokens, i, .function) && !knowledge.is(tokens, i, .time)
    }

    /// The end of a title that starts at `i` with a capital ("Secretary of State", "Gen.").
    func titleEnd(_ tokens: [Token], _ i: Int) -> Int? {
        guard tokens[i].isCapitalized else { return nil }
        return knowledge.titles.longestMatch(in: tokens, at: i).map(\.end)
    }

    /// The capitalised span that starts at `i`, if a name can start there.
    func nameSpan(_ tokens: [Token], from i: Int) -> (first: Int, last: Int)? {
        let isYear = tokens[i].kind == .number && tokens[i].text.count == 4 && i + 1 < tokens.count && isNameWord(tokens, i + 1)
        guard isNameWord(tokens, i) || isYear || isLeadingNumber(tokens, i) else { return nil }
        var last = i
        var j = i + 1
        while j < tokens.count {
            if isNameWord(tokens, j) {
                if titleEnd(tokens, j) != nil, !isOrgOrDocument(tokens, i, j) { break }
                last = j; j += 1; continue
            }
            if tokens[j].kind == .number, tokens[j].joined == false, tokens[j - 1].kind == .word, j == last + 1 { last = j; j += 1; continue }
            // "Lane-Fox", "S-400", and the short syllables of Korean given names ("Jong-un")
            if tokens[j].text == "-" || tokens[j].text == "\u{2011}", tokens[j].joined, j + 1 < tokens.count, tokens[j + 1].joined,
               tokens[j + 1].kind != .punct,
               tokens[j + 1].isCapitalized || tokens[j + 1].kind == .number || (tokens[j + 1].text.count <= 4 && j - i >= 1) {
                last = j + 1; j += 2; continue
            }
            // "Workers’ Party": a plural possessive inside a name.
            if tokens[j].text == "\u{2019}" || tokens[j].text == "'", tokens[j].joined, tokens[j - 1].text.hasSuffix("s"), j + 1 < tokens.count, isNameWord(tokens, j + 1) {
                last = j + 1; j += 2; continue
            }
            // "the LAKES I Treaty": a Roman numeral between two words of a name
            if Self.romanNumerals.contains(tokens[j].text), j + 1 < tokens.count, isNameWord(tokens, j + 1) { last = j + 1; j += 2; continue }
            // "the Nation's Voice newspaper": a singular possessive inside a name a category noun follows
            if tokens[j].key == "'s", tokens[j].joined, j + 1 < tokens.count, isNameWord(tokens, j + 1) {
                var k = j + 1
                while k < tokens.count, isNameWord(tokens, k) { k += 1 }
                if k < tokens.count, !tokens[k].isCapitalized, knowledge.is(tokens, k, .bodyCategoryNoun) { last = k - 1; j = k; continue }
            }
            // "the Institute for Peace and Conflict Studies": "and" inside a body's name after "for"/"of",
            // unless what follows is a name of its own (a list: "the Council of Europe and Poland").
            if tokens[j].key == "and", j + 1 < tokens.count, isNameWord(tokens, j + 1),
               (i...last).contains(where: { knowledge.is(tokens, $0, .orghead) }),
               (i...last).contains(where: { knowledge.is(tokens, $0, .bodyNamePreposition) }), !standsAlone(tokens, from: j + 1) {
                last = j + 1; j += 2; continue
            }
            if knowledge.is(tokens, j, .nameConnector), j + 1 < tokens.count, isNameWord(tokens, j + 1) || (tokens[j].key == "of" && tokens[j + 1].key == "the") {
                var k = j + 1
                if tokens[k].key == "the" { k += 1 }
                // "Lars Holm of Norway", "Veterans of the Chaco War": "of" joins a name only to what
                // completes it ("Bank of England"), not a name to another that stands on its own.
                if knowledge.is(tokens, j, .bodyNamePreposition), k < tokens.count, !(i...last).contains(where: { isHead(tokens[$0]) }),
                   standsAlone(tokens, from: k) { break }
                if k < tokens.count, isNameWord(tokens, k) { last = k; j = k + 1; continue }
            }
            break
        }
        return (i, last)
    }

    /// "the Comprehensive Iran Sanctions, Accountability, and Divestment Act of 2010": a title-case
    /// name with commas and "and" that ends in a document head word (and its year). Returns the
    /// index of its last token. Only spans with a comma or "and" are taken here; the others are
    /// ordinary names.
    func listedDocumentSpan(_ tokens: [Token], from i: Int) -> Int? {
        guard i > 0, tokens[i - 1].key == "the", isNameWord(tokens, i) else { return nil }
        var j = i
        var head: Int?
        var firstJoin: Int?
        while j < tokens.count, j < i + 16 {
            if knowledge.is(tokens, j, .docnoun), tokens[j].isCapitalized { head = j }
            if isNameWord(tokens, j) || tokens[j].kind == .number && head == j - 1 {
                if head == nil, knowledge.is(tokens, j, .orghead) { return nil }  // "the Foreign Relations Committee and …"
            } else if tokens[j].text == "," || tokens[j].key == "and" {
                if firstJoin == nil { firstJoin = j }
            } else if knowledge.is(tokens, j, .documentNameJoiner) || tokens[j].key == "-" || (tokens[j].key == "the" && tokens[j - 1].key == "of") {
            } else {
                break
            }
            j += 1
        }
        guard var end = head, let join = firstJoin, join < end, end > i + 1 else { return nil }
        // "… Act of 2010"
        if end + 2 < tokens.count, tokens[end + 1].key == "of", tokens[end + 2].kind == .number, tokens[end + 2].text.count == 4 { end += 2 }
        return end
    }

    /// Whether a name that starts at `k` is complete by itself: a lexicon entry, or a capitalised
    /// span with its own head word.
    func standsAlone(_ tokens: [Token], from k: Int) -> Bool {
        if knowledge.forms.longestMatch(in: tokens, at: k) != nil { return true }
        guard isNameWord(tokens, k), let span = nameSpan(tokens, from: k) else { return false }
        return (k...span.last).contains { isHead(tokens[$0]) }
    }

    /// A span with an organisation, document or event head word in it.
    func isOrgOrDocument(_ tokens: [Token], _ a: Int, _ b: Int) -> Bool {
        (a...b).contains { isHead(tokens[$0]) }
    }

    /// A word that makes the capitalised span it ends (or stands in) a body, a document or an event.
    func isHead(_ t: Token) -> Bool {
        knowledge.is(t, .orghead) || knowledge.is(t, .docnoun) || knowledge.is(t, .eventhead)
    }

    /// Whether a lexicon match at [i, end) is only part of a longer organisation or document name
    /// ("Syrian" in "Syrian Observatory for Human Rights", "France" in "France 24").
    func isInsideLongerName(_ tokens: [Token], _ i: Int, _ end: Int) -> Bool {
        guard let span = nameSpan(tokens, from: i), span.last >= end else { return false }
        if tokens[span.last].kind == .number, span.last == end { return true }
        let head = (end...span.last).contains { isHead(tokens[$0]) }
        // "U.S. State Department" and the like are lexicon entries of their own.
        return head
    }

    /// What the context says the span is, or nil when it says nothing.
    func type(of span: (first: Int, last: Int), in tokens: [Token]) -> EntityType? {
        let (a, b) = span
        let last = tokens[b]
        // "R-Ga.", "D-Calif.": a party and state tag after a legislator's name, not a name.
        if tokens[a].text.count == 1, a < b, tokens[a + 1].text == "-" { return nil }
        // "Democrat of Oregon", "Republicans": a party tag, not a person.
        if knowledge.is(tokens, a, .partyWord) { return nil }
        if knowledge.is(last, .docnoun) { return .document }
        if b > a, knowledge.is(last, .eventhead) { return .event }  // "the Korean War", "the Doha Summit"
        if last.kind == .number, b > a, knowledge.is(tokens, b - 1, .docnoun) { return .document }  // "Resolution 2231"
        if (a..<b).contains(where: { knowledge.is(tokens, $0, .orghead) }) || (b > a && knowledge.is(last, .orghead)) { return .organization }
        if b + 1 < tokens.count, knowledge.is(tokens, b + 1, .weaponNoun) { return .weapon }
        // "the Giraffe tracking radar": one lower-case word between the name and what it is
        if b + 2 < tokens.count, !tokens[b + 1].isCapitalized, tokens[b + 1].kind == .word, !knowledge.is(tokens, b + 1, .function),
           knowledge.is(tokens, b + 2, .weaponNoun) { return .weapon }
        if b > a, knowledge.is(last, .weaponNoun) { return .weapon }  // "Ground-Launched Cruise Missiles"
        if a > 0, knowledge.is(tokens, a - 1, .bodyCategoryNoun) { return .organization }
        // "the Nation's Voice newspaper", "the 17 Meridian project", "the official Morning Star
        // newspaper" (an adjective before the name): a body's category after its name
        if b + 1 < tokens.count, !tokens[b + 1].isCapitalized, a > 0,
           knowledge.is(tokens, a - 1, .nameDeterminer) || tokens[a - 1].tag == .jj || tokens[a].kind == .number,
           knowledge.is(tokens, b + 1, .bodyCategoryNoun) || knowledge.is(tokens, b + 1, .orghead) { return .organization }
        if b > a, let head = knowledge.generated.geoHeads[last.key], head != "urban" { return .location }  // "the Paracel Islands"
        if last.kind == .number || tokens[a].kind == .number { return nil }
        // "the official Nation's Voice newspaper": a lower-case category noun after the name
        if b + 1 < tokens.count, !tokens[b + 1].isCapitalized, knowledge.is(tokens, b + 1, .bodyCategoryNoun),
           (a...b).contains(where: { tokens[$0].key == "'s" }) { return .organization }
        // "the Daily Ledger said": a name right after "the" that acts like a person is a body;
        // news prose never writes "the Ana Ortiz said".
        if b - a <= 4, isPerson(span, tokens) { return a > 0 && tokens[a - 1].key == "the" ? .organization : .person }
        if a > 0, knowledge.is(tokens, a - 1, .locative), b - a <= 2 { return .location }
        return nil
    }

    /// Person cues: a title or honorific before, an apposition with a title, a verb of saying,
    /// a biography ("X is a researcher at"), "X as the next ambassador".
    func isPerson(_ span: (first: Int, last: Int), _ tokens: [Token]) -> Bool {
        let (a, b) = span
        let words = b - a + 1
        // title or honorific right before: "president Dmitry Medvedev", "Mr. Smith"
        if a > 0, knowledge.is(tokens, a - 1, .honorific) { return true }
        for s in max(0, a - 4)..<a where knowledge.titles.longestMatch(in: tokens, at: s)?.end == a { return true }
        // ", Rosa Ibarra," after a title phrase: "The Chilean envoy to the UN, Rosa Ibarra"
        if a > 1, tokens[a - 1].text == "," {
            for s in max(0, a - 9)..<(a - 1) where knowledge.titles.longestMatch(in: tokens, at: s) != nil { return true }
        }
        if words >= 2, isListedAfterPluralTitle(a, tokens) { return true }
        let after = b + 1
        if after < tokens.count {
            // "Pavel Orlik, the Czech ambassador to NATO"
            if tokens[after].text == "," {
                for s in (after + 1)..<min(tokens.count, after + 6) where knowledge.titles.longestMatch(in: tokens, at: s) != nil { return true }
            }
            // "Maria Lopez is a senior fellow at", "Lars Berg as the next Swedish ambassador"
            if knowledge.is(tokens, after, .titleLink) {
                for s in (after + 1)..<min(tokens.count, after + 6) where knowledge.titles.longestMatch(in: tokens, at: s) != nil { return true }
            }
            // "Ash Carter said" (a name of two words or more)
            var k = after
            while k < tokens.count, knowledge.is(tokens, k, .auxiliary) || tokens[k].key.hasSuffix("ly") { k += 1 }
            if words >= 2, k < tokens.count, let cue = knowledge.cues.longestMatch(in: tokens, at: k), cue.value.kind == .verb { return true }
        }
        // "…,” said Ash Carter"
        if words >= 2, a > 0, let cue = knowledge.cues.longestMatch(in: tokens, at: a - 1), cue.end == a, cue.value.kind == .verb { return true }
        return false
    }

    /// "Senators Ana Ortiz, D-Calif., and Lars Holm": a later name in a list that a plural title
    /// heads, with only names, commas, "and" and party tags between.
    func isListedAfterPluralTitle(_ a: Int, _ tokens: [Token]) -> Bool {
        guard a > 1, tokens[a - 1].key == "and" || tokens[a - 1].text == "," else { return false }
        var k = a - 2
        while k >= max(0, a - 16) {
            if let m = knowledge.titles.longestMatch(in: tokens, at: k), m.end < a, tokens[m.end - 1].text.hasSuffix("s"),
               tokens[m.end - 1].text.lowercased() != m.value.role {
                return true
            }
            let u = tokens[k]
            guard u.isCapitalized || u.kind == .punct || u.key == "and" else { return false }
            k -= 1
        }
        return false
    }

    /// A capital used as a place, not as its government: "in Brussels", a dateline "MOSCOW —".
    func isLiteralPlace(_ tokens: [Token], _ i: Int, seat: Bool = false) -> Bool {
        // "sitting in the Hague", "outside the White House": a seat of government as a place.
        if seat {
            guard i > 1, tokens[i - 1].key == "the" || tokens[i - 1].key == "The" else { return false }
            return knowledge.is(tokens, i - 2, .seatPreposition)
                || (knowledge.is(tokens, i - 2, .stayPreposition) && i > 2 && knowledge.is(tokens, i - 3, .stayVerb))
        }
        if i == 0, tokens.count > 1, ["\u{2014}", "\u{2013}", "-", "("].contains(tokens[1].text) { return true }
        // "the BBC's Tokyo correspondent": where a journalist is based.
        if i + 1 < tokens.count, let title = knowledge.titles.longestMatch(in: tokens, at: i + 1),
           knowledge.roleClasses[title.value.role] == "media" { return true }
        if i > 1, knowledge.is(tokens, i - 1, .motionPreposition), knowledge.is(tokens, i - 2, .motionVerb) { return true }
        guard i > 0, knowledge.is(tokens, i - 1, .locative) else { return false }
        return i < 2 || !knowledge.is(tokens, i - 2, .diplomaticNoun)
    }

    /// A place name that is also a common name ("Victoria") is a place only after a locative or
    /// motion word, or "the city of".
    func isPlaceContext(_ tokens: [Token], _ i: Int) -> Bool {
        guard i > 0 else { return false }
        let p = tokens[i - 1].key
        if knowledge.is(p, .locative) || knowledge.is(p, .placeNamePreposition) { return true }
        return p == "of" && i > 1 && knowledge.is(tokens, i - 2, .placeCategoryNoun)
    }

    /// "the Oslo-based 17 Meridian project": a short number that starts a name, followed by a
    /// capitalised word and then a lower-case category noun of a body.
    func isLeadingNumber(_ tokens: [Token], _ i: Int) -> Bool {
        guard tokens[i].kind == .number, tokens[i].text.count <= 3, tokens[i].text.allSatisfy(\.isNumber), i > 0,
              tokens[i - 1].kind == .word, !tokens[i - 1].isCapitalized || tokens[i - 1].key == "the" || tokens[i - 1].text.hasSuffix("based") else { return false }
        var k = i + 1
        while k < tokens.count, isNameWord(tokens, k), knowledge.forms.longestMatch(in: tokens, at: k) == nil { k += 1 }
        guard k > i + 1, k < tokens.count, !tokens[k].isCapitalized else { return false }
        return knowledge.is(tokens, k, .bodyCategoryNoun) || knowledge.is(tokens, k, .orghead)
    }
}
