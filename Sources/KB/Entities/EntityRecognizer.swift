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
    }

    public func run(_ doc: inout AnalyzedDocument) {
        var registry = EntityRegistry()
        var candidates: [Candidate] = []
        // One-word lexicon people ("Kennedy"), kept until the document's own people are known.
        var surnames: [(si: Int, i: Int, form: Knowledge.Form)] = []
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
                if let (end, form) = lexiconMatch(tokens, i), !cues.isInsideLongerName(tokens, i, end) {
                    let entry = knowledge.entries[form.entry]
                    if entry.type == .person, end == i + 1, form.kind == .name, !doc.sentences[si].isHeadline {
                        surnames.append((si, i, form))
                        i = end
                        continue
                    }
                    var type = entry.type
                    var name = entry.name
                    if form.kind == .capital, cues.isLiteralPlace(tokens, i) {
                        type = .location
                        name = tokens[i..<end].map(\.text).joined(separator: " ")
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
                if let span = cues.nameSpan(tokens, from: i) {
                    var c = Candidate(sentence: si, first: span.first, last: span.last, text: surface(tokens, span.first, span.last + 1))
                    c.type = doc.sentences[si].isHeadline ? nil : cues.type(of: span, in: tokens)
                    candidates.append(c)
                    i = span.last + 1
                    continue
                }
                i += 1
            }
        }
        // A surname the document defines ("Trade Minister Grace Kennedy … Kennedy said") is that
        // person's, not the famous one the lexicon lists; otherwise the lexicon's person.
        let defined = Set(candidates.filter { $0.type == .person }.flatMap { c -> [String] in
            let parts = c.text.split(separator: " ").map(String.init)
            return parts.count > 1 ? [parts[parts.count - 1], parts[0]] : []
        })
        for (si, i, form) in surnames {
            let tokens = doc.sentences[si].tokens
            if defined.contains(tokens[i].text) {
                candidates.append(Candidate(sentence: si, first: i, last: i, text: tokens[i].text, type: nil))
            } else {
                let e = registry.add(name: knowledge.entries[form.entry].name, type: .person, alias: tokens[i].text, into: &doc)
                doc.sentences[si].mentions.append(Mention(entity: e, first: i, last: i, method: .lexicon, form: .name))
            }
        }
        resolve(candidates, &registry, &doc)
        for si in doc.sentences.indices { doc.sentences[si].mentions.sort { $0.first < $1.first } }
    }

    /// The longest lexicon form at `i` whose capitalisation fits the text.
    func lexiconMatch(_ tokens: [Token], _ i: Int) -> (Int, Knowledge.Form)? {
        guard tokens[i].kind != .punct else { return nil }
        let m = knowledge.forms.longestMatch(in: tokens, at: i) { form, end in
            for (k, listed) in form.tokens.enumerated() {
                let t = tokens[i + k]
                if form.exactCase { if t.text != listed { return false } }
                else if listed.first?.isUppercase == true, !t.isCapitalized { return false }
            }
            // A one-word name that starts a sentence is still a name; "US" as a pronoun is not ("us").
            return end == i + form.tokens.count
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
        // People: the fullest name wins; "Medvedev" joins "Dmitry Medvedev".
        // Distinct names, each resolved once: a long document repeats the same few names thousands of times.
        var seen = Set<String>()
        let people = candidates.filter { $0.type == .person && seen.insert($0.text).inserted }.map { $0.text.split(separator: " ") }
        var resolved: [String: String] = [:]
        func fullName(_ name: String) -> String {
            if let done = resolved[name] { return done }
            let parts = name.split(separator: " ")
            let full = people.filter { o in
                o.count > parts.count && (Array(o.suffix(parts.count)) == parts || Array(o.prefix(parts.count)) == parts)
            }.max { $0.count < $1.count }.map { $0.joined(separator: " ") } ?? name
            resolved[name] = full
            return full
        }
        var known: [String: Int] = [:]  // surface → entity
        for c in candidates {
            guard let type = c.type else { continue }
            let name = type == .person ? fullName(c.text) : c.text
            let e = registry.add(name: name, type: type, alias: c.text, into: &doc)
            known[c.text] = e
            doc.sentences[c.sentence].mentions.append(Mention(entity: e, first: c.first, last: c.last, method: .pattern, form: .name))
        }
        // A person's surname or given name alone, and any repeat of a cued name, refer to it.
        for (e, entity) in doc.entities.enumerated() where entity.type == .person {
            let parts = entity.name.split(separator: " ").map(String.init)
            if let last = parts.last, parts.count > 1, known[last] == nil { known[last] = e }
            if let first = parts.first, parts.count > 1, known[first] == nil, first.count > 2 { known[first] = e }
        }
        for c in candidates where c.type == nil {
            guard let e = known[c.text] else {
                linkPair(c, known, &doc)
                continue
            }
            doc.entities[e].aliases.insert(c.text)
            let method: Mention.Method = doc.entities[e].name == c.text ? .pattern : .coreference
            doc.sentences[c.sentence].mentions.append(Mention(entity: e, first: c.first, last: c.last, method: method, form: .name))
        }
    }
}

extension EntityRecognizer {
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
