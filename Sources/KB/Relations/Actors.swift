/// The actors of one sentence (entity mentions and collective noun phrases such as "U.S. Senators")
/// and the positional look-ups the relation patterns use.
struct Actors {
    struct Actor {
        var entity: Int?
        var text: String?
        var start: Int
        var end: Int
        var canAct: Bool
    }

    let tokens: [Token]
    let list: [Actor]
    /// Resolved possessive pronouns ("its", "their"): owners, never arguments themselves.
    let possessives: [Actor]
    /// The sentence's noun phrases and verb groups (`PhraseChunker`).
    let phrases: SentencePhrases
    let knowledge: Knowledge

    init(doc: AnalyzedDocument, si: Int, knowledge: Knowledge) {
        let s = doc.sentences[si]
        let t = s.tokens
        self.tokens = t
        self.phrases = s.phrases
        self.knowledge = knowledge
        var out: [Actor] = []
        var owners: [Actor] = []
        for (n, m) in s.mentions.enumerated() {
            let type = doc.entities[m.entity].type
            if m.form == .pronoun, t[m.first].tag == .prpS {
                owners.append(Actor(entity: m.entity, text: nil, start: m.first, end: m.last, canAct: true))
                continue
            }
            let next = m.last + 1
            // "U.S. Senators", "Western diplomats", "the Syrian rebel coalition": the collective, not the state.
            if m.form == .demonym || next < t.count && knowledge.is(t, next, .groupnoun),
               let head = (next..<min(t.count, next + 2)).first(where: { knowledge.is(t, $0, .groupnoun) || (m.form == .demonym && knowledge.is(t, $0, .orgnoun)) }),
               (next..<head).allSatisfy({ t[$0].kind == .word && !t[$0].isCapitalized }) {
                out.append(Actor(entity: nil, text: doc.slice(t[m.first].start, t[head].end), start: m.first, end: head, canAct: true))
                continue
            }
            // "Russian president Dmitry Medvedev": the adjective belongs to the person's title.
            if next < t.count, knowledge.titles.longestMatch(in: t, at: next) != nil || (n + 1 < s.mentions.count && s.mentions[n + 1].first == next && doc.entities[s.mentions[n + 1].entity].type == .person) {
                continue
            }
            let acts = [.person, .country, .organization, .group].contains(type)
            out.append(Actor(entity: m.entity, text: nil, start: m.first, end: m.last, canAct: acts))
        }
        self.list = out
        self.possessives = owners
    }

    func isFiller(_ t: Token) -> Bool {
        knowledge.is(t, .auxiliary) || knowledge.is(t, .negation) || knowledge.is(t, .possible)
            || knowledge.is(t, .planned) || (t.kind == .word && !t.isCapitalized && t.key.hasSuffix("ly"))
            || knowledge.is(t, .filler) || knowledge.is(t, .time)
    }

    /// The subject right before a verb at `k`: an actor, a relative pronoun's antecedent, or a pronoun.
    func subject(before k: Int) -> Actor? {
        var j = k - 1
        while j >= 0, isFiller(tokens[j]) { j -= 1 }
        guard j >= 0 else { return nil }
        if knowledge.is(tokens, j, .relative) { return antecedent(of: j) }
        // A pronoun is an actor when `Coreference` resolved it (its mention is in `list`).
        return list.last { $0.end == j && $0.canAct }
    }

    /// The first actor of the clause before `k` that is not inside a prepositional phrase or a possessor.
    func clauseSubject(before k: Int) -> Actor? {
        var start = 0
        for i in stride(from: k - 1, through: 0, by: -1) where [";", ":"].contains(tokens[i].text) || tokens[i].key == "that" {
            start = i + 1; break
        }
        return list.first { a in
            a.start >= start && a.end < k && a.canAct
                && !(a.start > 0 && knowledge.is(tokens, a.start - 1, .preposition) && a.start - 1 >= start)
                && !(a.end + 1 < tokens.count && tokens[a.end + 1].key == "'s")
        } ?? list.first { $0.start >= start && $0.end < k && $0.canAct }
    }

    /// The nearest acting actor before `k`, wherever it stands.
    func nearest(before k: Int) -> Actor? { list.last { $0.end < k && $0.canAct } }

    /// The first actor starting in [i, i + n).
    func first(from i: Int, within n: Int) -> Actor? { list.first { $0.start >= i && $0.start < i + n } }

    /// The first actor in the window and any joined to it by "and", "or" or commas.
    func list(from i: Int, within n: Int) -> [Actor] {
        guard var current = first(from: i, within: n) else { return [] }
        // Coordination is the phrase layer's: "to X, to Y and to Z" are three, "to Mali, Italy
        // to Niger" (gapping) is one.
        if let np = phrases.nounPhraseAt.indices.contains(current.start) ? phrases.nounPhraseAt[current.start] : nil, np >= 0 {
            let conj = phrases.conjuncts(of: np)
            if conj.count > 1 { return conj.compactMap { $0 == np ? current : actor(ofPhrase: $0) } }
            return [current]
        }
        var out = [current]
        while current.end + 2 < tokens.count, knowledge.is(tokens, current.end + 1, .coordinator) || [",", "/"].contains(tokens[current.end + 1].text),
              let next = list.first(where: { $0.start == current.end + 2 || ($0.start == current.end + 3 && tokens[current.end + 2].tag == .dt) }) {
            out.append(next)
            current = next
        }
        return out
    }

    /// The objects of a verb whose object starts at `i`: the actors there, unless a noun phrase
    /// that names no one comes first ("offered four amendments in the Committee" → "four
    /// amendments"); that phrase is the object, kept as written, as it is when no actor follows.
    /// Whether an actor is its noun phrase's head ("to Peru"), not a word before the head ("with
    /// Peruvian support").
    func headsItsPhrase(_ a: Actor) -> Bool {
        guard let np = phrases.nounPhrase(at: a.start) else { return true }
        return a.start <= np.head && np.head <= a.end
    }

    func directObjects(from i: Int) -> [Actor] {
        var i = i
        // "funding and training terrorists": two verbs share the object after the second.
        if i + 2 < tokens.count, knowledge.is(tokens, i, .coordinator), tokens[i + 1].kind == .word, !tokens[i + 1].isCapitalized,
           knowledge.hasSuffix(tokens[i + 1].key, in: "verb-form-suffix") {
            i += 2
        }
        // "met in Riyadh on Saturday": where and when, no object.
        if i < tokens.count, knowledge.is(tokens, i, .placeortime) { return [] }
        // A coordinated object is every conjunct the phrase layer joined.
        if i < tokens.count, phrases.nounPhraseAt[i] >= 0, phrases.nounPhrases[phrases.nounPhraseAt[i]].preposition == nil {
            let conj = phrases.conjuncts(of: phrases.nounPhraseAt[i])
            if conj.count > 1 { return conj.map { object(ofPhrase: $0) } }
        }
        let actors = list(from: i, within: 8)
        if let first = actors.first, first.start == i || (first.start == i + 1 && tokens[i].tag == .dt) { return actors }
        var j = i
        while j < tokens.count, j < i + 7, tokens[j].kind != .punct, !knowledge.is(tokens, j, .phraseend),
              !knowledge.is(tokens, j, .be), !isFiller(tokens[j]) || j == i,
              tokens[j].key == "of" || !knowledge.is(tokens, j, .preposition),
              !list.contains(where: { $0.start == j }) {
            j += 1
        }
        // Only a phrase with a noun-like word, not a lone article or adverb.
        let words = (i..<j).filter { !knowledge.is(tokens, $0, .function) && !tokens[$0].key.hasSuffix("ly") }
        guard !words.isEmpty, j > i else { return actors }
        if let first = actors.first, first.start == j { return actors }  // "deployed its Iskander missiles"
        // An actor after "to", "with", "against" may be the addressee ("approaches to NATO"); after
        // a place, a time or any other preposition it is not whom the verb acts on.
        // "deployed missiles to deter China": "to" before a verb opens a purpose, not an addressee.
        let purpose = j + 1 < tokens.count && tokens[j].key == "to" && tokens[j + 1].tag == .vb
        // "built the dam with Peruvian support": a demonym that only modifies the phrase's head is
        // no addressee; the phrase before the preposition is the object.
        if let a = actors.first, j < tokens.count, knowledge.is(tokens, j, .addressee), !purpose, headsItsPhrase(a) { return actors }
        var e = j - 1
        while e > i, tokens[e].key == "of" || knowledge.is(tokens, e, .function) { e -= 1 }
        let text = surface(i, e)
        // "threaten its neighbors in the Middle East, the United States, and the world": the later
        // items of a list after the place are the object's own conjuncts.
        let phrase = Actor(entity: nil, text: text, start: i, end: e, canAct: false)
        return j < tokens.count && knowledge.is(tokens, j, .placeortime) ? [phrase] + actors.dropFirst() : [phrase]
    }



    /// All actors inside the range.
    func all(in r: Range<Int>) -> [Actor] { r.isEmpty ? [] : list.filter { r.contains($0.start) } }

    /// A demonym right before the trigger, past one adjective: "the Iranian threat", "Russian nuclear threat".
    func demonym(before k: Int) -> Actor? {
        list.first { ($0.end == k - 1 || ($0.end == k - 2 && !tokens[k - 1].isCapitalized && tokens[k - 1].kind == .word && tokens[k - 1].tag != .pos)) && $0.canAct && $0.start < k }
            .flatMap { a in a.entity != nil && (a.end == k - 1 || a.end == k - 2) ? a : nil }
    }

    /// "X's" or "its" before the trigger, past adjectives: "its biggest threat", "Russia's withdrawal".
    func possessor(before k: Int) -> Actor? {
        var j = k - 1
        while j >= 0, tokens[j].kind == .word, !tokens[j].isCapitalized, tokens[j].tag != .prpS, tokens[j].key != "'s", k - j <= 2 { j -= 1 }
        guard j >= 0 else { return nil }
        if tokens[j].tag == .prpS { return possessives.last { $0.start == j } }
        if tokens[j].key == "'s" { return list.last { $0.end == j - 1 && $0.canAct } }
        return nil
    }

    /// The holder named before a relative clause containing `k`: "Russia, which continues to focus on … threats".
    func holder(before k: Int) -> Actor? {
        guard let rel = (max(0, k - 10)..<k).last(where: { knowledge.is(tokens, $0, .relative) && tokens[$0].key != "that" }) else { return nil }
        return antecedent(of: rel)
    }

    func antecedent(of rel: Int) -> Actor? {
        var j = rel - 1
        if j >= 0, tokens[j].text == "," { j -= 1 }
        return list.last { $0.end == j && $0.canAct }
    }
}
