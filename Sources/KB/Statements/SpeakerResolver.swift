/// Finds the speaker of a cue: the subject before it (people first, then organisations and
/// states, then a description kept as written), a pronoun resolved to the most recent fitting
/// speaker or subject, or a description resolved to the holder of that office.
struct SpeakerResolver {
    let knowledge: Knowledge

    /// A speaker: an entity, or words kept as written ("a human rights monitor"), and its token span.
    struct Found {
        var entity: Int?
        var text: String?
        var start: Int
        var end: Int
        /// Whose speaker it is when the speaker is not itself an entity: Peru for "a Peruvian official".
        var of: Int? = nil
    }

    /// The subject that ends right before the cue at `k`.
    func subject(before k: Int, _ si: Int, _ quotes: [QuoteFinder.Span], _ doc: AnalyzedDocument) -> Found? {
        let s = doc.sentences[si]
        let t = s.tokens
        var j = k - 1
        // Past auxiliaries and adverbs, scare-quoted ones too: "It also “strongly” condemned".
        while j >= 0, knowledge.is(t, j, .auxiliary) || (t[j].key.hasSuffix("ly") && t[j].kind == .word && !t[j].isCapitalized)
                || (QuoteFinder.isMark(t[j].text) && j + 2 < k) || (QuoteFinder.isMark(t[j].text) && j > 0 && t[j - 1].key.hasSuffix("ly")) { j -= 1 }
        guard j >= 0 else { return nil }
        // The clause the subject belongs to starts after a quotation, a semicolon, a colon, or a
        // comma that joins another clause (", and", ", but").
        var start = 0
        for i in stride(from: j, through: 0, by: -1) where [";", ":"].contains(t[i].text) || quotes.contains(where: { $0.close == i })
            || (t[i].text == "," && i + 1 < j && (knowledge.is(t, i + 1, .clauseJoiner) || knowledge.is(t, i + 1, .clauseOpener))) {
            start = i + 1
            if start < t.count, t[start].text == "," { start += 1 }
            if t[i].text == ",", start < t.count, knowledge.is(t, start, .clauseJoiner) || knowledge.is(t, start, .clauseOpener) { start += 1 }
            break
        }
        if start > j { return nil }
        if knowledge.is(t, j, .pronounPerson) || knowledge.is(t, j, .pronounThing) || knowledge.is(t, j, .pronounPlural) {
            guard j == start || !t[j - 1].isCapitalized else { return nil }
            // "“…,” said a ministry spokesman. He added …": the unnamed speaker just quoted, whom
            // Coreference cannot name since no entity stands for it; it comes first for that reason.
            if knowledge.is(t, j, .pronounPerson), let st = doc.statements.last, st.sentence >= si - 1,
               st.speaker == nil, let text = st.speakerText {
                return Found(entity: nil, text: text, start: j, end: j)
            }
            // Who the pronoun is, is Coreference's decision, read from its mention.
            if let m = s.mentions.first(where: { $0.form == .pronoun && $0.first == j }) {
                return Found(entity: m.entity, text: nil, start: j, end: j)
            }
            return nil
        }
        // "we insisted on our position" outside any quotation: the author's own voice, a
        // statement whose speaker is NULL, unless Coreference gave "we" a side.
        if knowledge.is(t, j, .authorPronoun), t[j].tag == .prp {
            if let m = s.mentions.first(where: { $0.form == .pronoun && $0.first == j }) { return Found(entity: m.entity, text: nil, start: j, end: j) }
            return Found(entity: nil, text: nil, start: j, end: j)
        }
        // A plural of people right before the cue is the speaker, not a name further back
        // ("…to the Ortiz amendments, proponents argued"); "U.S. officials said" keeps the state.
        // "Ortiz and other officials affirm": the named one of several speakers.
        if knowledge.is(t, j, .groupnoun), !t[j].isCapitalized || j == start, !s.mentions.contains(where: { $0.last == j - 1 }) {
            let plural = barePlural(t, start, j, doc)
            if !(plural.start > start && knowledge.is(t, plural.start - 1, .coordinator)) { return plural }
        }
        // A place never speaks: "NAIROBI — Kenyan rangers said" is not Nairobi's statement (a capital
        // that stands for its government is a state, not a place).
        let region = s.mentions.filter { $0.first >= start && $0.last <= j && $0.form == .name && isSubjectLike($0, t)
            && doc.entities[$0.entity].type != .location }
        if let p = region.first(where: { doc.entities[$0.entity].type == .person }) ?? region.first {
            return Found(entity: p.entity, text: nil, start: p.first, end: p.last)
        }
        // "Syria's main opposition group", "Chile's U.N. ambassador": a description owned by a state or body.
        if let owner = s.mentions.last(where: { $0.first >= start && $0.last + 1 < j && t[$0.last + 1].key == "'s" && j - $0.last <= 5 }),
           isPersonOrBodyHead(t[j]) {
            return Found(entity: nil, text: doc.slice(t[owner.first].start, t[j].end), start: owner.first, end: j)
        }
        // A description: "the top U.S. diplomat", "a human rights monitor".
        if let det = (start...j).first(where: { knowledge.is(t, $0, .article) }), j - det <= 6, det <= start + 1 {
            let words = t[det...j]
            // The head comes before a prepositional phrase: "the main rebel coalition in Syria".
            let head = (det + 1..<j + 1).first { knowledge.is(t, $0, .preposition) }.map { $0 - 1 } ?? j
            guard !words.contains(where: { $0.text == "," }), head > det, isPersonOrBodyHead(t[head]) else { return nil }
            if let holder = officeHolder(t, det, head, si, doc) { return Found(entity: holder, text: nil, start: det, end: j) }
            // "The letter urges …": the words of whoever the document says sent it.
            if knowledge.is(t, head, .textKind), let (senders, _) = EmbeddedText(knowledge: knowledge).senders(before: si + 1, doc) {
                return Found(entity: senders[0], text: nil, start: det, end: j)
            }
            if head == j, let org = organisation(for: t[j].key, si, doc) { return Found(entity: org, text: nil, start: det, end: j) }
            return Found(entity: nil, text: doc.slice(t[det].start, t[j].end), start: det, end: j)
        }
        return nil
    }

    /// A word that can head a description of a speaker: an office, a plural of people, a body, a
    /// text ("the letter"), or an agent noun ("a monitor", "a witness").
    func isPersonOrBodyHead(_ t: Token) -> Bool {
        guard t.kind == .word else { return false }
        let k = t.key
        if knowledge.titles.longestMatch(in: [t], at: 0) != nil || knowledge.is(k, .groupnoun) || knowledge.is(k, .orgnoun)
            || knowledge.is(k, .orghead) || knowledge.is(k, .textKind) { return true }
        // A plural agent noun ("rangers", "monitors") heads a description as its singular does.
        let singular = k.utf8.count > 3 && k.hasSuffix("s") ? String(k.dropLast()) : k
        return !knowledge.is(k, .function) && (knowledge.hasSuffix(k, in: "agent-suffix") || knowledge.hasSuffix(singular, in: "agent-suffix"))
    }

    /// A bare plural of people ending at `j`: "Experts", "proponents", "many analysts".
    func barePlural(_ t: [Token], _ start: Int, _ j: Int, _ doc: AnalyzedDocument) -> Found {
        var a = j
        while a > start, a > j - 3, t[a - 1].kind == .word, !t[a - 1].isCapitalized || a - 1 == start,
              !knowledge.is(t, a - 1, .function) || knowledge.is(t, a - 1, .quantifier) { a -= 1 }
        return Found(entity: nil, text: doc.slice(t[a].start, t[j].end), start: a, end: j)
    }

    /// A description right after a cue, kept as written unless the document names the office's
    /// holder: "said a defense ministry spokesman", "said the senator".
    func descriptionStarting(at i: Int, _ si: Int, _ doc: AnalyzedDocument) -> Found? {
        let t = doc.sentences[si].tokens
        guard i < t.count, knowledge.is(t, i, .speakerDeterminer), t[i].key != "one" else { return nil }
        var j = i + 1
        while j < t.count, j <= i + 6, t[j].kind == .word { j += 1 }
        let head = j - 1
        guard head > i, j == t.count || [",", ".", ";"].contains(t[j].text) else { return nil }
        let isOffice = (i + 1...head).contains { knowledge.titles.longestMatch(in: t, at: $0)?.end == head + 1 }
        guard isOffice || knowledge.is(t, head, .groupnoun) else { return nil }
        if let holder = officeHolder(t, i, head, si, doc) { return Found(entity: holder, text: nil, start: i, end: head) }
        // Kept as written without its article, like a description before the cue ("Peruvian
        // official"), with the state or body it belongs to.
        let owner = doc.sentences[si].mentions.first { $0.first > i && $0.last < head && $0.form != .pronoun }?.entity
        return Found(entity: nil, text: doc.slice(t[i + 1].start, t[head].end), start: i, end: head, of: owner)
    }

    /// Not a possessor ("Ibarra's"), not the object of a preposition, not an adjective before a title.
    func isSubjectLike(_ m: Mention, _ t: [Token]) -> Bool {
        if m.last + 1 < t.count, t[m.last + 1].key == "'s" { return false }
        if m.last + 1 < t.count, t[m.last + 1].text == "-", t[m.last + 1].joined { return false }  // "Britain-based"
        if m.first > 0, knowledge.is(t, m.first - 1, .preposition) { return false }
        if m.last + 1 < t.count, knowledge.titles.longestMatch(in: t, at: m.last + 1) != nil { return false }  // "U.S. ambassador"
        return true
    }

    /// The entity mentioned at tokens ending at `j` (a possessor).
    func mentionEnding(at j: Int, _ si: Int, _ doc: AnalyzedDocument) -> Found? {
        doc.sentences[si].mentions.last { $0.last == j && $0.form == .name }.map { Found(entity: $0.entity, text: nil, start: $0.first, end: $0.last) }
    }

    /// The entity mentioned right after `i`, past a determiner and a title ("said the U.S. ambassador, Rosa Ibarra").
    func mentionStarting(at i: Int, _ si: Int, _ doc: AnalyzedDocument) -> Found? {
        let t = doc.sentences[si].tokens
        let window = i..<min(t.count, i + 8)
        let ms = doc.sentences[si].mentions.filter { window.contains($0.first) && $0.form == .name }
        if let p = ms.first(where: { doc.entities[$0.entity].type == .person }) ?? ms.first {
            return Found(entity: p.entity, text: nil, start: p.first, end: p.last)
        }
        return nil
    }

    /// "the top U.S. diplomat" → the person the document gives a diplomat's office of the United States.
    func officeHolder(_ t: [Token], _ det: Int, _ head: Int, _ si: Int, _ doc: AnalyzedDocument) -> Int? {
        var roleClass: String?
        var role: String?
        for s in det...head {
            if let m = knowledge.titles.longestMatch(in: t, at: s), m.end == head + 1 { role = m.value.role; roleClass = m.value.roleClass }
        }
        if role == nil, knowledge.is(t, head, .diplomatNoun) { roleClass = "diplomat" }
        guard roleClass != nil || role != nil else { return nil }
        let country = doc.sentences[si].mentions.first { $0.first > det && $0.last < head }?.entity
        let holders = doc.roles.filter { r in
            r.sentence <= si && (role == nil || r.role == role || (roleClass != nil && knowledge.roleClasses[r.role] == roleClass))
                && (country == nil || r.organization == country || r.organization == nil)
        }
        return holders.last?.person
    }

    /// "the coalition", "the Observatory" → the organisation the document named last with that head word,
    /// or the last organisation named in the previous sentences.
    func organisation(for head: String, _ si: Int, _ doc: AnalyzedDocument) -> Int? {
        guard knowledge.is(head, .orgnoun) || knowledge.is(head, .orghead) else { return nil }
        var lastOrg: Int?
        for sj in stride(from: si, through: max(0, si - 3), by: -1) {
            for m in doc.sentences[sj].mentions.reversed() where m.form == .name {
                let e = doc.entities[m.entity]
                guard e.type == .organization || e.type == .group else { continue }
                if e.name.lowercased().split(separator: " ").contains(Substring(head)) { return m.entity }
                if lastOrg == nil, sj < si { lastOrg = m.entity }
            }
        }
        return lastOrg
    }

    /// A transcript label ("MR. KIRBY") to a person of the document with that surname.
    func entity(named label: String, _ doc: AnalyzedDocument) -> Int? {
        let last = label.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return doc.entities.indices.first { doc.entities[$0].type == .person && doc.entities[$0].name.lowercased().hasSuffix(last) }
    }
}
