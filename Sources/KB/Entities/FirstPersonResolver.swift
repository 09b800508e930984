/// Coreference's second pass, once statements are known: "we", "our", "us" inside someone's
/// statement are the speaker's side — the speaker itself when a state, body or group speaks,
/// else the state or body the speaking person holds office in. Written as mentions (method
/// `coreference`, form `pronoun`), so relations read them like any other reference:
/// “We deployed two frigates to Oman,” Indian Defence Minister X said → India deploy Oman.
public struct FirstPersonResolver: Stage {
    public let knowledge: Knowledge
    public let name = "FirstPersonResolver"
    public let reads = ["statements", "roles", "mentions"]
    public let writes = ["mentions"]

    public init(knowledge: Knowledge) { self.knowledge = knowledge }

    public func run(_ doc: inout AnalyzedDocument) {
        for st in doc.statements {
            guard let side = side(of: st, doc) else { continue }
            // The sentences the statement covers: its own and, for a quotation over several, those before.
            var si = st.sentence
            while si >= 0, st.sentence - si < 60, doc.sentences[si].end > st.start {
                var added = false
                for (k, t) in doc.sentences[si].tokens.enumerated()
                    where t.start >= st.start && t.end <= st.end && knowledge.is(t, .pronounFirstPlural)
                    && !doc.sentences[si].mentions.contains(where: { $0.first <= k && k <= $0.last }) {
                    doc.sentences[si].mentions.append(Mention(entity: side, first: k, last: k, method: .coreference, form: .pronoun))
                    added = true
                }
                if added { doc.sentences[si].mentions.sort { ($0.first, $0.last) < ($1.first, $1.last) } }
                si -= 1
            }
        }
    }

    /// The state, body or group a statement's speaker speaks for.
    func side(of st: Statement, _ doc: AnalyzedDocument) -> Int? {
        guard let speaker = st.speaker else { return nil }
        switch doc.entities[speaker].type {
        case .country, .organization, .group: return speaker
        case .person: return doc.roles.first { $0.person == speaker && $0.organization != nil }?.organization
        default: return nil
        }
    }
}
