/// Names the cues of `NameCues` do not type: longer names that start with a listed one, names
/// with a lower-case category word, uncued names typed by the lexicons, listed people named by
/// surname alone, and the short forms one entity goes by in a document.
extension EntityRecognizer {
    /// Whether a listed place or state at [i, end) only starts a longer capitalised name ("Qatar
    /// Airways", "Havana Bay", "Victoria Haldane"): the longest name wins, unless a list or a title
    /// follows ("Russia, China", "Russian President").
    func isPrefixOfLongerName(_ tokens: [Token], _ i: Int, _ end: Int, _ form: Knowledge.Form, headline: Bool) -> Bool {
        let entry = knowledge.entries[form.entry]
        guard !headline, end < tokens.count, form.kind != .demonym, form.exact == nil,
              [.location, .country].contains(entry.type) else { return false }
        let cues = NameCues(knowledge: knowledge)
        let next = tokens[end]
        guard !next.joined, cues.isNameWord(tokens, end), [.nnp, .nnps].contains(next.tag), !next.isAllCaps,
              cues.titleEnd(tokens, end) == nil, lexiconMatch(tokens, end) == nil else { return false }
        // "Ambassador to Ethiopia Amina Odhiambo": a given name after a state starts a person of
        // its own ("Jordan Peterson", "Chad Johnson" go on with a surname and stay one name).
        if entry.type == .country, end + 1 < tokens.count, tokens[end + 1].isCapitalized,
           knowledge.generated.givenNames.contains(next.key) { return false }
        return true
    }

    /// "the Taiwan strait", "the Riga summit", "Hokkaido prefecture": a listed name followed by a
    /// lower-case geographic or event head word names that place or event, not the state.
    func categoryName(_ tokens: [Token], _ i: Int, _ end: Int, _ form: Knowledge.Form, _ si: Int) -> Candidate? {
        guard form.kind != .demonym, knowledge.entries[form.entry].type != .location,
              [.country, .location].contains(knowledge.entries[form.entry].type) else { return nil }
        guard var c = categoryName(tokens, (i, end - 1), si) else { return nil }
        // The state's name alone would read as the state: the place is named with its head word.
        var k = c.last + 1
        while k < tokens.count, tokens[k].kind == .word, !tokens[k].isCapitalized, knowledge.generated.geoHeads[tokens[k].key] != nil { k += 1 }
        c.last = k - 1
        c.text = surface(tokens, i, k)
        return c
    }

    /// A capitalised span followed by lower-case category words ("Zagros mountain range").
    func categoryName(_ tokens: [Token], _ span: (first: Int, last: Int), _ si: Int) -> Candidate? {
        var k = span.last + 1
        var type: EntityType?
        while k < tokens.count, tokens[k].kind == .word, !tokens[k].isCapitalized {
            let key = tokens[k].key
            if let c = knowledge.generated.geoHeads[key], ["water", "landform", "administrative"].contains(c) { type = .location }
            else if knowledge.is(key, .eventhead), knowledge.is(key, .eventCategoryNoun) { type = .event }
            else { break }
            k += 1
        }
        guard let t = type else { return nil }
        // "the Taiwan strait" needs its determiner; an administrative head ("Hokkaido prefecture") does not.
        let administrative = knowledge.generated.geoHeads[tokens[span.last + 1].key] == "administrative"
        guard administrative || (span.first > 0 && tokens[span.first - 1].key == "the") else { return nil }
        let last = t == .event ? k - 1 : span.last
        let text = t == .event ? surface(tokens, span.first, k) : surface(tokens, span.first, span.last + 1)
        return Candidate(sentence: si, first: span.first, last: last, text: text, type: t)
    }

    /// The other surface forms a typed name goes by later in the document: without its leading
    /// year ("1987 INF Treaty" → "INF Treaty"), without its head word ("Nordic Shield Accord" →
    /// "Nordic Shield"), and the acronym in parentheses after it ("Cruise Missiles (GLCMs)").
    func shortForms(of c: Candidate, _ type: EntityType, _ doc: AnalyzedDocument) -> [String] {
        var forms: [String] = []
        let words = c.text.split(separator: " ")
        if words.count > 1, words[0].count == 4, words[0].allSatisfy(\.isNumber) { forms.append(words.dropFirst().joined(separator: " ")) }
        if [.document, .organization, .event].contains(type), words.count > 2 {
            forms.append(words.dropLast().joined(separator: " "))
        }
        let t = doc.sentences[c.sentence].tokens
        if c.last + 3 < t.count, t[c.last + 1].text == "(", t[c.last + 3].text == ")", t[c.last + 2].text.count >= 2 {
            let acronym = t[c.last + 2].text
            let letters = acronym.filter(\.isUppercase)
            if letters.count >= 2 {
                forms.append(acronym)
                if acronym.hasSuffix("s") { forms.append(String(acronym.dropLast())) }
            }
        }
        return forms
    }

    /// The type of a name with no cue: a person when it looks like one (a listed given name or
    /// surname, or two words nobody lists after "to", "of", "with"), a place when it ends in a
    /// geographic head word ("Paracel Islands") or starts with one ("Fort Carson", "Lake Tana").
    func uncuedType(_ c: Candidate, _ doc: AnalyzedDocument) -> EntityType? {
        let s = doc.sentences[c.sentence]
        guard !s.isHeadline else { return nil }
        let t = Array(s.tokens[c.first...c.last])
        guard t.allSatisfy({ $0.kind == .word || $0.text == "-" }) else { return nil }
        let words = t.filter { $0.kind == .word }
        let g = knowledge.generated
        if words.count >= 2, let head = g.geoHeads[words.last!.key], head != "urban" || words.count == 2 { return .location }
        if words.count >= 2, let head = g.geoHeads[words[0].key], ["military", "landform", "water"].contains(head) { return .location }
        guard (2...3).contains(words.count), words.allSatisfy({ [.nnp, .nnps].contains($0.tag) && !$0.isAllCaps }),
              !words.contains(where: { knowledge.is($0, .function) || knowledge.is($0, .partyWord) || isCommon($0) }),
              c.first == 0 || s.tokens[c.first - 1].key != "the" else { return nil }
        if g.givenNames.contains(words[0].key) || g.surnameHolders.contains(words.last!.key) { return .person }
        if c.first > 0, knowledge.is(s.tokens, c.first - 1, .personPreposition) { return .person }
        return nil
    }

    /// A word the tagger knows as a common word of another class ("Fresh", "Green").
    func isCommon(_ t: Token) -> Bool {
        guard let c = TaggerModel.builtIn.tagdict.get(fnv1a(t.key.utf8)) else { return false }
        return TaggerModel.builtIn.classes[Int(c)] != .nnp
    }

    /// A listed person a one-word name stands for: the hand-kept one it is the surname of, or the
    /// generated office holder with that surname in office at the document's date. Never when the
    /// document names someone else with that surname (resolved before this is asked).
    func listedPerson(for c: Candidate, _ doc: AnalyzedDocument) -> Int? {
        if let f = c.fallback { return f }
        guard c.first == c.last, let date = doc.published else { return nil }
        let tok = doc.sentences[c.sentence].tokens[c.first]
        guard tok.tag == .nnp, !isCommon(tok), !doc.sentences[c.sentence].isHeadline else { return nil }
        return knowledge.holder(surname: tok.key, on: date)
    }

    /// The state a capital stood for at the time the sentence speaks of: "Moscow" in 1962 is the
    /// Soviet Union. Only from a year the sentence itself gives (a document's publication date says
    /// when it was written, not when its events happened).
    func historicalState(_ entry: Knowledge.Entry, _ tokens: [Token], _ doc: AnalyzedDocument) -> String? {
        guard let (state, until) = Self.formerStates[entry.name] else { return nil }
        let years = tokens.compactMap { $0.kind == .number && $0.text.count == 4 ? Int($0.text) : nil }.filter { (1900...2100).contains($0) }
        guard let year = years.max(), year < until, knowledge.entryByName[state.lowercased()] != nil else { return nil }
        return state
    }

    /// States whose capital a modern state's is, and the year they ended.
    static let formerStates: [String: (String, Int)] = ["Russia": ("Soviet Union", 1992)]
}
