/// The phrases of one sentence, computed once by `PhraseChunker` after tagging and names, and
/// read by every later stage: who the subject of a verb is, what a noun phrase's head and
/// possessor are, which phrases are coordinated, which verbs only modify a noun.
public struct SentencePhrases: Sendable {
    public var nounPhrases: [NounPhrase] = []
    public var verbGroups: [VerbGroup] = []
    /// Token index → the noun phrase that contains it, or -1.
    public var nounPhraseAt: [Int] = []
    /// Token index → the verb group that contains it, or -1.
    public var verbGroupAt: [Int] = []

    public init() {}

    /// The noun phrase containing token `i`.
    public func nounPhrase(at i: Int) -> NounPhrase? {
        i >= 0 && i < nounPhraseAt.count && nounPhraseAt[i] >= 0 ? nounPhrases[nounPhraseAt[i]] : nil
    }

    /// The verb group containing token `i`.
    public func verbGroup(at i: Int) -> VerbGroup? {
        i >= 0 && i < verbGroupAt.count && verbGroupAt[i] >= 0 ? verbGroups[verbGroupAt[i]] : nil
    }

    /// The phrases coordinated with noun phrase `n` ("Norway and Denmark"), itself included, in order.
    public func conjuncts(of n: Int) -> [Int] {
        guard let g = nounPhrases[n].coordination else { return [n] }
        return nounPhrases.indices.filter { nounPhrases[$0].coordination == g }
    }
}

/// A noun phrase: "Hanoi's envoy", "the United Nations", "two frigates", "it".
public struct NounPhrase: Sendable, Equatable {
    public var first: Int
    public var last: Int
    /// The token that names what the phrase is ("envoy"); the last token of a name it ends with.
    public var head: Int
    /// The noun phrase that owns this one ("Hanoi" in "Hanoi's envoy"): an index into `nounPhrases`.
    public var possessor: Int?
    /// The preposition before the phrase when it is a prepositional object ("to" in "to the UN").
    public var preposition: Int?
    /// The noun phrase a prepositional phrase right after it modifies ("envoy" ← "to the UN").
    public var attachedTo: Int?
    /// Coordinated phrases share this id (the index of the first of them).
    public var coordination: Int?
    /// Owned by another phrase: it stands inside that phrase ("Hanoi" in "Hanoi's envoy").
    public var isPossessor = false
}

/// A verb group: auxiliaries, modals, adverbs, negation and the verbs of a catenative chain
/// ("had begun to deploy", "will not be targeted", "voted to reject").
public struct VerbGroup: Sendable, Equatable {
    public var first: Int
    public var last: Int
    /// The verb naming the event: the last verb of the chain ("deploy" in "had begun to deploy").
    public var main: Int
    /// The verbs before it in a catenative chain ("begun" in "had begun to deploy").
    public var chain: [Int] = []
    public var negated = false
    /// A form of "be" with a past participle, or a participle right after a noun with "by" after it.
    public var passive = false
    /// A past participle right after a noun phrase, modifying it ("the convoy attacked by …").
    public var isReducedRelative = false
    /// The subject noun phrase: where the clause's actor is (for a passive, the patient).
    public var subject: Int?
    /// The noun phrase right after the verb (or its particle).
    public var object: Int?
    /// The agent of a passive ("by X"): a noun phrase index.
    public var agent: Int?
}
