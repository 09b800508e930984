/// Links descriptions to the entities the document names: "the Russian president" or "the
/// ambassador" to the person the document gives that office, "the alliance" or "the agency" to
/// the organisation named with that head word. Surnames and title + surname are linked earlier,
/// by `EntityRecognizer`; hyphenated pairs ("the Ortiz-Holm plan") there too.
///
/// A description is only linked when the document names exactly who it is: an office nobody in
/// the document holds, or a head word no named organisation carries, stays unlinked. Descriptions
/// become mentions (method `coreference`, form `description`), never aliases: "the Russian
/// president" is someone else in the next article.
public struct Coreference: Sendable {
    public let knowledge: Knowledge

    public init(knowledge: Knowledge) { self.knowledge = knowledge }

    public func run(_ doc: inout AnalyzedDocument) {
        linkDescriptions(&doc)
        resolvePronouns(&doc)
    }

    /// "the Russian president", "the alliance": descriptions of named entities.
    func linkDescriptions(_ doc: inout AnalyzedDocument) {
        for si in doc.sentences.indices where !doc.sentences[si].isHeadline {
            let t = doc.sentences[si].tokens
            var found: [Mention] = []
            var i = 0
            while i < t.count {
                guard t[i].key == "the", let (end, entity) = description(at: i, si, doc) else { i += 1; continue }
                found.append(Mention(entity: entity, first: i, last: end - 1, method: .coreference, form: .description))
                i = end
            }
            guard !found.isEmpty else { continue }
            doc.sentences[si].mentions += found
            doc.sentences[si].mentions.sort { ($0.first, $0.last) < ($1.first, $1.last) }
        }
    }

    /// The end of the description starting with "the" at `i`, and the entity it refers to.
    func description(at i: Int, _ si: Int, _ doc: AnalyzedDocument) -> (Int, Int)? {
        let s = doc.sentences[si]
        let t = s.tokens
        var j = i + 1
        // "the Russian president", "the U.S. ambassador": a country before the office.
        var country: Int?
        if let m = s.mentions.first(where: { $0.first == j }), [.country, .organization].contains(doc.entities[m.entity].type) {
            country = m.entity
            j = m.last + 1
        }
        guard j < t.count else { return nil }
        if let title = knowledge.titles.longestMatch(in: t, at: j) {
            let end = title.end
            // A name right after is an apposition the recogniser has already linked ("the president, Ana Ortiz").
            if end < t.count, t[end].isCapitalized, s.mentions.contains(where: { $0.first == end }) { return nil }
            var of = country
            // "the president of Chile"
            if of == nil, end + 1 < t.count, t[end].key == "of", let m = s.mentions.first(where: { $0.first == end + 1 }) { of = m.entity }
            guard let holder = holder(of: title.value.role, at: of, before: si, doc) else { return nil }
            return (end, holder)
        }
        // "the accord", "the treaty": the last document named with that head word.
        if country == nil, knowledge.is(t, j, .docnoun), !(j + 1 < t.count && (t[j + 1].isCapitalized || t[j + 1].key == "of")),
           let document = entity(withHead: t[j].key, types: [.document], before: si, doc) {
            return (j + 1, document)
        }
        // "the alliance", "the Agency": an organisation the document named with that head word.
        guard country == nil, knowledge.is(t, j, .orgnoun) || knowledge.is(t, j, .orghead) else { return nil }
        if j + 1 < t.count, t[j + 1].isCapitalized || t[j + 1].key == "of" { return nil }  // "the Agency for …" is a name
        guard let org = organisation(withHead: t[j].key, before: si, doc) else { return nil }
        return (j + 1, org)
    }

    /// The person the document gives this office (of this country or body, when one is said):
    /// the latest holder named up to here, else the first named after.
    func holder(of role: String, at organization: Int?, before si: Int, _ doc: AnalyzedDocument) -> Int? {
        let fits = doc.roles.filter { $0.role == role && (organization == nil || $0.organization == organization) }
        let people = Set(fits.map(\.person))
        // Two different holders of the same office: the description is ambiguous without more.
        guard people.count == 1 || organization != nil else { return nil }
        return (fits.last { $0.sentence <= si } ?? fits.first)?.person
    }

    /// The organisation named in the document whose name or aliases carry the head word
    /// ("alliance" in "North Atlantic Alliance"), the latest named up to here first.
    func organisation(withHead head: String, before si: Int, _ doc: AnalyzedDocument) -> Int? {
        entity(withHead: head, types: [.organization, .group], before: si, doc)
    }

    /// The entity of one of these types, named in the document, whose name or aliases carry the
    /// head word; the latest named up to here first.
    func entity(withHead head: String, types: Set<EntityType>, before si: Int, _ doc: AnalyzedDocument) -> Int? {
        func carries(_ e: Int) -> Bool {
            let entity = doc.entities[e]
            guard types.contains(entity.type) else { return false }
            let listed = knowledge.entryByName[entity.name.lowercased()].map { knowledge.names(of: $0) } ?? []
            return entity.aliases.union([entity.name]).union(listed).contains { $0.lowercased().split(separator: " ").contains(Substring(head)) }
        }
        // The last 30 sentences first: long documents would otherwise rescan from the start each time.
        for sj in stride(from: si, through: max(0, si - 30), by: -1) {
            if let m = doc.sentences[sj].mentions.last(where: { $0.form == .name && carries($0.entity) }) { return m.entity }
        }
        return doc.entities.indices.first(where: carries)
    }
}
