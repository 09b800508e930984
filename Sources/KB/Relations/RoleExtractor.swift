/// Finds who holds which office where: a title before the name ("Russian president Dmitry
/// Medvedev"), an apposition on either side ("The Chilean envoy to the UN, Rosa Ibarra"; "Pavel
/// Orlik, the Czech ambassador to NATO"), a biography ("X is a researcher at Y"), "X as the
/// next U.S. ambassador", and "who is also the special representative".
public struct RoleExtractor: Sendable {
    public let knowledge: Knowledge

    public init(knowledge: Knowledge) { self.knowledge = knowledge }

    static let modifiers: Set<String> = ["the", "a", "an", "next", "new", "former", "top", "current", "then", "acting", "deputy", "also", "senior", "chief", "visiting", "longtime"]

    public func run(_ doc: inout AnalyzedDocument) {
        for si in doc.sentences.indices {
            let s = doc.sentences[si]
            let t = s.tokens
            // "Senators Ana Ortiz, D-Calif., and Lars Holm": a plural title covers the whole list.
            var list: (role: String, org: Int?, end: Int)?
            for m in s.mentions where m.form == .name && doc.entities[m.entity].type == .person {
                var found: [(String, Int?)] = []
                // title right before the name, with the state or body before the title
                for st in max(0, m.first - 6)..<m.first {
                    if let tm = knowledge.titles.longestMatch(in: t, at: st), tm.end == m.first {
                        let r = (tm.value.role, org(before: st, s, doc) ?? org(after: tm.end, s, doc, limit: m.first))
                        found.append(r)
                        list = t[tm.end - 1].text.lowercased() != tm.value.role && t[tm.end - 1].text.hasSuffix("s") ? (r.0, r.1, m.last) : nil
                        break
                    }
                }
                if found.isEmpty, let l = list, m.first > l.end + 1, t[m.first - 1].key == "and" || t[m.first - 1].text == ",",
                   (l.end + 1..<m.first).allSatisfy({ t[$0].kind == .punct || t[$0].isCapitalized || t[$0].key == "and" }) {
                    found.append((l.role, l.org))
                    list?.end = m.last
                }
                // ", the Russian ambassador to NATO" after; "The U.S. ambassador to NATO," before
                if m.last + 1 < t.count, [",", "is", "was", "as"].contains(t[m.last + 1].key), let r = title(from: m.last + 2, s, doc) {
                    found.append(r)
                }
                if found.isEmpty, m.first > 1, t[m.first - 1].text == "," {
                    for st in max(0, m.first - 10)..<(m.first - 1) {
                        if let tm = knowledge.titles.longestMatch(in: t, at: st), tm.end < m.first {
                            found.append((tm.value.role, org(before: st, s, doc) ?? org(after: tm.end, s, doc, limit: m.first)))
                            break
                        }
                    }
                }
                // "…—who is also the special representative for missile defense"
                if let who = t.indices.first(where: { $0 > m.last && $0 <= m.last + 14 && t[$0].key == "who" }),
                   who + 1 < t.count, ["is", "was"].contains(t[who + 1].key), let r = title(from: who + 2, s, doc) {
                    found.append(r)
                }
                // Experts and journalists are of the body they work for, not of the country they
                // cover: "Korea expert Ana Ortiz from the Andean Institute", "the BBC's Tokyo correspondent".
                found = found.map { (role: String, org: Int?) -> (String, Int?) in
                    guard isEmployed(role), org.map({ doc.entities[$0].type != .organization }) ?? true else { return (role, org) }
                    return (role, employer(after: m.last + 1, s, doc) ?? possessor(before: m.first, s, doc) ?? org)
                }
                for (role, org) in found {
                    // One row per person and office: an office "of" something replaces the same office of nothing.
                    if let i = doc.roles.firstIndex(where: { $0.person == m.entity && $0.role == role && ($0.organization == org || $0.organization == nil) }) {
                        if doc.roles[i].organization == nil, org != nil { doc.roles[i].organization = org }
                        continue
                    }
                    if org == nil, doc.roles.contains(where: { $0.person == m.entity && $0.role == role }) { continue }
                    doc.roles.append(Role(sentence: si, person: m.entity, role: role, organization: org))
                }
            }
        }
    }

    /// A title phrase starting at `i` after modifiers and a state adjective: its role and organisation.
    func title(from i: Int, _ s: Sentence, _ doc: AnalyzedDocument) -> (String, Int?)? {
        let t = s.tokens
        var j = i
        var country: Int?
        while j < t.count, j < i + 6 {
            if Self.modifiers.contains(t[j].key) { j += 1; continue }
            if let tm = knowledge.titles.longestMatch(in: t, at: j) {
                return (tm.value.role, country ?? org(after: tm.end, s, doc, limit: min(t.count, tm.end + 5)))
            }
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
        guard i < s.tokens.count, ["to", "of", "at", "in", "for", "with"].contains(s.tokens[i].key) else { return nil }
        var j = i + 1
        if j < s.tokens.count, s.tokens[j].key == "the" { j += 1 }
        return s.mentions.first { $0.first == j && $0.first < max(limit, j + 1) && isBody(doc.entities[$0.entity].type) }?.entity
    }

    /// Roles held in a body rather than for a state (the `expert` and `media` title classes).
    func isEmployed(_ role: String) -> Bool { ["expert", "media"].contains(knowledge.roleClasses[role]) }

    /// ", from the Andean Institute" / "at the BBC" right after a name.
    func employer(after i: Int, _ s: Sentence, _ doc: AnalyzedDocument) -> Int? {
        var j = i
        if j < s.tokens.count, s.tokens[j].text == "," { j += 1 }
        guard j < s.tokens.count, ["from", "at", "of", "with"].contains(s.tokens[j].key) else { return nil }
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
