/// Finds who holds which office where: a title before the name ("Russian president Dmitry
/// Medvedev"), an apposition on either side ("The Chilean envoy to the UN, Rosa Ibarra"; "Pavel
/// Orlik, the Czech ambassador to NATO"), a biography ("X is a researcher at Y"), "X as the
/// next U.S. ambassador", and "who is also the special representative".
public struct RoleExtractor: Sendable {
    public let knowledge: Knowledge

    public init(knowledge: Knowledge) { self.knowledge = knowledge }

    /// A found office: canonical role, the title as written, the body it is of.
    typealias Found = (role: String, written: String, org: Int?)

    public func run(_ doc: inout AnalyzedDocument) {
        for si in doc.sentences.indices {
            let s = doc.sentences[si]
            let t = s.tokens
            // "Senators Ana Ortiz, D-Calif., and Lars Holm": a plural title covers the whole list.
            var list: (found: Found, end: Int)?
            for m in s.mentions where m.form == .name && doc.entities[m.entity].type == .person {
                var found: [Found] = []
                var titleStart = m.first
                // "Chinese Chairman Mao Zedong": a listed name that contains its title.
                if let tm = knowledge.titles.longestMatch(in: t, at: m.first), tm.end <= m.last {
                    found.append((tm.value.role, written(t, m.first, tm.end, tm.value), org(before: m.first, s, doc)))
                }
                // title right before the name, with the state or body before the title
                for st in max(0, m.first - 10)..<m.first where found.isEmpty {
                    // "Kenyan Ambassador to the African Union Amina Odhiambo": the title's
                    // body may stand between it and the name.
                    if let tm = knowledge.titles.longestMatch(in: t, at: st),
                       tm.end == m.first || body(after: tm.end, endingAt: m.first - 1, s, doc) != nil {
                        let r: Found = (tm.value.role, written(t, st, tm.end, tm.value),
                                        org(before: modifiersStart(t, st), s, doc) ?? org(after: tm.end, s, doc, limit: m.first)
                                            ?? coordinatedOrg(before: st, si, s, doc))
                        found.append(r)
                        titleStart = st
                        // A plural title ("Senators", "Sens.") names a list.
                        let word = t[tm.end - 1].text.hasSuffix(".") ? String(t[tm.end - 1].text.dropLast()) : t[tm.end - 1].text
                        list = word.lowercased() != tm.value.role && word.hasSuffix("s") ? (r, m.last) : nil
                        break
                    }
                }
                if found.isEmpty, let l = list, m.first > l.end + 1, t[m.first - 1].key == "and" || t[m.first - 1].text == ",",
                   (l.end + 1..<m.first).allSatisfy({ t[$0].kind == .punct || t[$0].isCapitalized || t[$0].key == "and" }) {
                    found.append(l.found)
                    list?.end = m.last
                }
                // "Prime Minister Kaja Lind of Estonia": the state after the name.
                if let i = found.indices.last, found[i].org == nil, m.last + 2 < t.count, t[m.last + 1].key == "of",
                   let c = s.mentions.first(where: { $0.first == m.last + 2 && doc.entities[$0.entity].type == .country }) {
                    found[i].org = c.entity
                }
                // ", the Russian ambassador to NATO" after; "The U.S. ambassador to NATO," before
                if m.last + 1 < t.count, t[m.last + 1].key == "," || knowledge.is(t, m.last + 1, .titleLink), let r = title(from: m.last + 2, s, doc) {
                    found.append(r)
                }
                // "The head of the Polish army's missile program, Col. Jan Nowicki": an apposition
                // before the name, and before a rank the name carries.
                if found.isEmpty || titleStart < m.first, titleStart > 1, t[titleStart - 1].text == ",", let r = apposition(before: titleStart - 1, s, doc) {
                    found.append(r)
                }
                // "…—who is also the special representative for missile defense"
                if let who = t.indices.first(where: { $0 > m.last && $0 <= m.last + 14 && t[$0].key == "who" }),
                   who + 1 < t.count, knowledge.is(t, who + 1, .titleCopula), let r = title(from: who + 2, s, doc) {
                    found.append(r)
                }
                // Experts and journalists are of the body they work for, not of the country they
                // cover: "Korea expert Ana Ortiz from the Andean Institute", "the BBC's Tokyo correspondent".
                found = found.map { f -> Found in
                    guard isEmployed(f.role), f.org.map({ doc.entities[$0].type != .organization }) ?? true else { return f }
                    return (f.role, f.written, employer(after: m.last + 1, s, doc) ?? possessor(before: m.first, s, doc) ?? f.org)
                }
                for (role, written, org) in found {
                    // One row per person and office: an office "of" something replaces the same office of nothing.
                    if let i = doc.roles.firstIndex(where: { $0.person == m.entity && $0.role == role && ($0.organization == org || $0.organization == nil) }) {
                        if doc.roles[i].organization == nil, org != nil { doc.roles[i].organization = org }
                        continue
                    }
                    if org == nil, doc.roles.contains(where: { $0.person == m.entity && $0.role == role }) { continue }
                    doc.roles.append(Role(sentence: si, person: m.entity, role: role, organization: org, written: written))
                }
            }
        }
    }

    /// The title phrase nearest before the comma at `comma` ("President Ruto's top Africa policy
    /// adviser, Amina Odhiambo" → adviser): a title followed by someone's name is that person's.
    func apposition(before comma: Int, _ s: Sentence, _ doc: AnalyzedDocument) -> Found? {
        let t = s.tokens
        var best: (st: Int, end: Int, title: Knowledge.Title)?
        for st in max(0, comma - 10)..<comma {
            guard let tm = knowledge.titles.longestMatch(in: t, at: st), tm.end <= comma else { continue }
            if s.mentions.contains(where: { $0.first == tm.end && doc.entities[$0.entity].type == .person }) { continue }
            if best == nil || tm.end > best!.end { best = (st, tm.end, tm.value) }
        }
        guard let b = best else { return nil }
        let org = org(before: modifiersStart(t, b.st), s, doc) ?? org(after: b.end, s, doc, limit: comma)
            ?? orgInPhrase(b.end, comma, s, doc)
        return (b.title.role, written(t, b.st, b.end, b.title), org)
    }

    /// "of the Polish army's missile program": the first state or body named in the words after a title.
    func orgInPhrase(_ from: Int, _ to: Int, _ s: Sentence, _ doc: AnalyzedDocument) -> Int? {
        guard from < to, knowledge.is(s.tokens, from, .appositionBodyPreposition) else { return nil }
        return s.mentions.first { $0.first > from && $0.last < to && isBody(doc.entities[$0.entity].type) }?.entity
    }

    /// A title phrase starting at `i` after modifiers and a state adjective: its role and organisation.
    func title(from i: Int, _ s: Sentence, _ doc: AnalyzedDocument) -> Found? {
        let t = s.tokens
        var j = i
        var country: Int?
        while j < t.count, j < i + 6 {
            if let tm = knowledge.titles.longestMatch(in: t, at: j), !knowledge.is(t, j, .officeModifier) || tm.end > j + 1 {
                return (tm.value.role, written(t, j, tm.end, tm.value), country ?? org(after: tm.end, s, doc, limit: min(t.count, tm.end + 5)))
            }
            if knowledge.is(t, j, .titleModifier) || knowledge.is(t, j, .officeModifier) || t[j].text == "-" { j += 1; continue }
            if let m = s.mentions.first(where: { $0.first == j }), isBody(doc.entities[m.entity].type) { country = m.entity; j = m.last + 1; continue }
            break
        }
        return nil
    }

    /// The state or body named right before token `i` ("Russian", "U.S.", "NATO's").
    func org(before i: Int, _ s: Sentence, _ doc: AnalyzedDocument) -> Int? {
        var end = i - 1
        if end >= 0, s.tokens[end].key == "'s" { end -= 1 }
        return s.mentions.first { $0.last == end && isBody(doc.entities[$0.entity].type) }?.entity
    }

    /// The body after "to", "of", "at", "for" or "in" right after a title ("ambassador to NATO", "researcher at the …").
    func org(after i: Int, _ s: Sentence, _ doc: AnalyzedDocument, limit: Int) -> Int? {
        guard i < s.tokens.count, knowledge.is(s.tokens, i, .titleBodyPreposition) else { return nil }
        var j = i + 1
        if j < s.tokens.count, s.tokens[j].key == "the" { j += 1 }
        return s.mentions.first { $0.first == j && $0.first < max(limit, j + 1) && isBody(doc.entities[$0.entity].type) }?.entity
    }

    /// The body of "to the United Nations" when it starts at `i` and ends at `last`.
    func body(after i: Int, endingAt last: Int, _ s: Sentence, _ doc: AnalyzedDocument) -> Int? {
        guard let b = org(after: i, s, doc, limit: last + 1), s.mentions.contains(where: { $0.entity == b && $0.last == last }) else { return nil }
        return b
    }

    /// "Ghana's President Kofi Mensah and Foreign Minister Ama Owusu": a second titled name joined
    /// by "and" shares the state or body of the first when it names none of its own.
    func coordinatedOrg(before st: Int, _ si: Int, _ s: Sentence, _ doc: AnalyzedDocument) -> Int? {
        guard st >= 2, s.tokens[st - 1].key == "and",
              let previous = s.mentions.first(where: { $0.last == st - 2 && doc.entities[$0.entity].type == .person }) else { return nil }
        return doc.roles.last { $0.sentence == si && $0.person == previous.entity }?.organization
    }

    /// Roles held in a body rather than for a state (the `expert` and `media` title classes).
    func isEmployed(_ role: String) -> Bool { ["expert", "media"].contains(knowledge.roleClasses[role]) }

    /// ", from the Andean Institute" / "at the BBC" right after a name.
    func employer(after i: Int, _ s: Sentence, _ doc: AnalyzedDocument) -> Int? {
        var j = i
        if j < s.tokens.count, s.tokens[j].text == "," { j += 1 }
        guard j < s.tokens.count, knowledge.is(s.tokens, j, .employerPreposition) else { return nil }
        j += 1
        if j < s.tokens.count, s.tokens[j].key == "the" { j += 1 }
        return s.mentions.first { $0.first == j && doc.entities[$0.entity].type == .organization }?.entity
    }

    /// "The BBC's … correspondent, Name": an organisation's possessive a few words before the name.
    func possessor(before i: Int, _ s: Sentence, _ doc: AnalyzedDocument) -> Int? {
        guard let poss = (max(0, i - 8)..<i).first(where: { s.tokens[$0].key == "'s" }) else { return nil }
        return s.mentions.first { $0.last == poss - 1 && doc.entities[$0.entity].type == .organization }?.entity
    }

    func isBody(_ type: EntityType) -> Bool { type == .country || type == .organization || type == .group }
}
