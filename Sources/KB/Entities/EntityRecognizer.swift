/// Finds the entities a document names: lexicon entries (one trie pass per sentence) and names
/// nobody listed, typed by general cues (titles, appositions, verbs of saying, organisation and
/// document head words, locative prepositions). Capitalised words with no cue become entities
/// only when the same document names them with a cue elsewhere.
public struct EntityRecognizer: Sendable {
    public let knowledge: Knowledge

    public init(knowledge: Knowledge) { self.knowledge = knowledge }

    /// A capitalised span no lexicon entry covers, with what the context says about it.
    struct Candidate {
        var sentence: Int
        var first: Int
        var last: Int
        var text: String
        var type: EntityType?
        /// A listed person whose bare surname this is ("Blair"): used unless the document names its own.
        var fallback: Int?
    }

    public func run(_ doc: inout AnalyzedDocument) {
        var registry = EntityRegistry()
        var candidates: [Candidate] = []
        let cues = NameCues(knowledge: knowledge)
        for si in doc.sentences.indices {
            let tokens = doc.sentences[si].tokens
            var i = 0
            while i < tokens.count {
                if let last = cues.listedDocumentSpan(tokens, from: i) {
                    candidates.append(Candidate(sentence: si, first: i, last: last, text: surface(tokens, i, last + 1),
                                                type: doc.sentences[si].isHeadline ? nil : .document))
                    i = last + 1
                    continue
                }
                if let (end, form) = lexiconMatch(tokens, i), !cues.isInsideLongerName(tokens, i, end),
                   !isPrefixOfLongerName(tokens, i, end, form, headline: doc.sentences[si].isHeadline) {
                    let entry = knowledge.entries[form.entry]
                    // "Blair" alone: the document's own Blair, if it names one, else the listed one.
                    // "Ibarra" alone: a one-word place is the document's own Ibarra when it names a person so.
                    if entry.type == .person && entry.name.utf8.contains(0x20) || entry.type == .location && form.kind == .name,
                       form.count == 1 {
                        candidates.append(Candidate(sentence: si, first: i, last: i, text: tokens[i].text, type: nil, fallback: form.entry))
                        i = end
                        continue
                    }
                    if let c = categoryName(tokens, i, end, form, si) {
                        candidates.append(c)
                        i = c.last + 1
                        continue
                    }
                    var type = entry.type
                    var name = entry.name
                    if form.kind == .capital || form.kind == .seat, cues.isLiteralPlace(tokens, i, seat: form.kind == .seat) {
                        type = .location
                        name = tokens[i..<end].map(\.text).joined(separator: " ")
                    } else if form.kind == .capital || form.kind == .seat, let state = historicalState(entry, tokens, doc) {
                        name = state
                    }
                    let e = registry.add(name: name, type: type, alias: form.kind == .demonym ? nil : surface(tokens, i, end), into: &doc)
                    doc.sentences[si].mentions.append(Mention(entity: e, first: i, last: end - 1, method: .lexicon,
                                                              form: form.kind == .demonym ? .demonym : .name))
                    i = end
                    continue
                }
                if let end = cues.titleEnd(tokens, i) {
                    i = end  // a title is not the start of a name ("Secretary of State Hillary Clinton")
                    continue
                }
                // "Mrs. Varga": an honorific is not part of the name it precedes.
                if knowledge.is(tokens, i, .honorific), i + 1 < tokens.count, cues.isNameWord(tokens, i + 1) {
                    i += 1
                    continue
                }
                // "Fresh drone strikes …", "Separately, …": a capitalised first word the tagger reads as
                // an ordinary word is no name.
                if i == 0, tokens[i].kind == .word, ![.nnp, .nnps, .nn, .nns, .none].contains(tokens[i].tag) || isCommon(tokens[i]),
                   let span = cues.nameSpan(tokens, from: i), span.last == i {
                    i += 1
                    continue
                }
                // "the 1987 INF Treaty": a leading year is not part of a listed name.
                if tokens[i].kind == .number, tokens[i].text.count == 4, i + 1 < tokens.count, lexiconMatch(tokens, i + 1) != nil {
                    i += 1
                    continue
                }
                if let span = cues.nameSpan(tokens, from: i) {
                    var c = Candidate(sentence: si, first: span.first, last: span.last, text: surface(tokens, span.first, span.last + 1))
                    c.type = doc.sentences[si].isHeadline ? nil : cues.type(of: span, in: tokens)
                    if c.type == nil, !doc.sentences[si].isHeadline, let lower = categoryName(tokens, span, si) {
                        c = lower
                    }
                    candidates.append(c)
                    i = c.last + 1
                    continue
                }
                i += 1
            }
        }
        resolve(candidates, &registry, &doc)
        for si in doc.sentences.indices { doc.sentences[si].mentions.sort { $0.first < $1.first } }
    }

    /// The longest lexicon form at `i` whose capitalisation fits the text.
    func lexiconMatch(_ tokens: [Token], _ i: Int) -> (Int, Knowledge.Form)? {
        guard tokens[i].kind != .punct else { return nil }
        let cues = NameCues(knowledge: knowledge)
        let m = knowledge.forms.longestMatch(in: tokens, at: i) { form, end in
            if let exact = form.exact { if tokens[i].text != exact { return false } }
            else {
                for k in 0..<form.count where form.isCapital(k) && !tokens[i + k].isCapitalized { return false }
            }
            // A city that is also a common name counts only where the text says it is a place.
            if form.weak, !cues.isPlaceContext(tokens, i) { return false }
            // A one-word name that starts a sentence is still a name; "US" as a pronoun is not ("us").
            return end == i + form.count
        }
        return m.map { ($0.end, $0.value) }
    }

    func surface(_ tokens: [Token], _ a: Int, _ b: Int) -> String {
        var s = ""
        for k in a..<b {
            if k > a, !tokens[k].joined { s += " " }
            s += tokens[k].text
        }
        return s
    }

    /// Turns candidates into entities: cued ones first (people merged by shared surnames), then
    /// uncued ones that repeat a name the document already established.
    func resolve(_ candidates: [Candidate], _ registry: inout EntityRegistry, _ doc: inout AnalyzedDocument) {
        // Names with no cue, typed by the lexicons and the words around them (people, places),
        // join the cued ones: "Mrs. Varga" then finds "Lena Varga".
        var candidates = candidates
        for k in candidates.indices where candidates[k].type == nil && candidates[k].fallback == nil {
            candidates[k].type = uncuedType(candidates[k], doc)
        }
        // People: the fullest name wins; "Medvedev" joins "Dmitry Medvedev".
        // Distinct names, each resolved once: a long document repeats the same few names thousands of times.
        var seen = Set<String>()
        let people = candidates.filter { $0.type == .person && seen.insert($0.text).inserted }.map { $0.text.split(separator: " ") }
        // "Bin Tariq" opening a sentence is "Khalid bin Tariq": connectors compare without case.
        func same(_ a: ArraySlice<Substring>, _ b: [Substring]) -> Bool { a.elementsEqual(b) { $0 == $1 || $0.lowercased() == $1.lowercased() } }
        var resolved: [String: String] = [:]
        func fullName(_ name: String) -> String {
            if let done = resolved[name] { return done }
            let parts = name.split(separator: " ")
            let full = people.filter { o in
                o.count > parts.count && (same(o.suffix(parts.count), parts) && !isPatronymic(o, endingAt: o.count - parts.count)
                    || same(o.prefix(parts.count), parts))
            }.max { $0.count < $1.count }.map { $0.joined(separator: " ") } ?? name
            resolved[name] = full
            return full
        }
        var known: [String: Int] = [:]  // surface → entity
        for c in candidates {
            guard let type = c.type else { continue }
            let name = type == .person ? fullName(c.text) : c.text
            // "The INF Treaty" after "the 1987 INF Treaty": the short form of a name already seen.
            let e = known[c.text].flatMap { doc.entities[$0].type == type ? $0 : nil }
                ?? registry.add(name: name, type: type, alias: c.text, into: &doc)
            doc.entities[e].aliases.insert(c.text)
            known[c.text] = e
            doc.sentences[c.sentence].mentions.append(Mention(entity: e, first: c.first, last: c.last, method: .pattern, form: .name))
            for alias in shortForms(of: c, type, doc) where known[alias] == nil { known[alias] = e }
        }
        // A person's surname or given name alone, and any repeat of a cued name, refer to it.
        for (e, entity) in doc.entities.enumerated() where entity.type == .person {
            let parts = entity.name.split(separator: " ").map(String.init)
            if let last = parts.last, parts.count > 1, known[last] == nil, !isPatronymic(parts, endingAt: parts.count - 1) { known[last] = e }
            if let first = parts.first, parts.count > 1, known[first] == nil, first.count > 2 { known[first] = e }
        }
        for c in candidates where c.type == nil {
            if known[c.text] == nil, let e = listedPerson(for: c, doc) {
                let entry = knowledge.entries[e]
                let id = registry.add(name: entry.name, type: entry.type, alias: c.text, into: &doc)
                doc.sentences[c.sentence].mentions.append(Mention(entity: id, first: c.first, last: c.last, method: .lexicon, form: .name))
                continue
            }
            guard let e = known[c.text] else {
                linkPair(c, known, &doc)
                continue
            }
            if doc.sentences[c.sentence].mentions.contains(where: { $0.first == c.first && $0.entity == e }) { continue }
            doc.entities[e].aliases.insert(c.text)
            let method: Mention.Method = doc.entities[e].name == c.text ? .pattern : .coreference
            doc.sentences[c.sentence].mentions.append(Mention(entity: e, first: c.first, last: c.last, method: method, form: .name))
        }
    }
}

extension EntityRecognizer {
    /// Whether the words of a name from `i` on are a father's name: "Tariq" in "Khalid bin
    /// Tariq" names another man ("King Tariq"), so it is no surname of this one.
    func isPatronymic<S: StringProtocol>(_ name: [S], endingAt i: Int) -> Bool {
        i > 0 && knowledge.is(name[i - 1].lowercased(), .patronymic)
    }

    /// "the Ortiz-Holm plan": a hyphenated pair of names the document established refers to both.
    func linkPair(_ c: Candidate, _ known: [String: Int], _ doc: inout AnalyzedDocument) {
        let t = doc.sentences[c.sentence].tokens
        guard let h = (c.first...c.last).first(where: { t[$0].text == "-" }), h > c.first, h < c.last else { return }
        let left = surface(t, c.first, h), right = surface(t, h + 1, c.last + 1)
        guard let a = known[left], let b = known[right], a != b else { return }
        doc.sentences[c.sentence].mentions.append(Mention(entity: a, first: c.first, last: h - 1, method: .coreference, form: .name))
        doc.sentences[c.sentence].mentions.append(Mention(entity: b, first: h + 1, last: c.last, method: .coreference, form: .name))
    }
}

/// The document's entities, one per canonical name and type.
struct EntityRegistry {
    var index: [String: Int] = [:]

    mutating func add(name: String, type: EntityType, alias: String?, into doc: inout AnalyzedDocument) -> Int {
        let key = type.rawValue + "\u{1}" + name.lowercased()
        let e: Int
        if let found = index[key] { e = found } else {
            doc.entities.append(LocalEntity(name: name, type: type, aliases: [name]))
            e = doc.entities.count - 1
            index[key] = e
        }
        if let a = alias { doc.entities[e].aliases.insert(a) }
        return e
    }
}
