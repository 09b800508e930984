/// A closed word class of `words.tsv` ("function", "negation", "title-link"), resolved to its bit
/// in `Knowledge.classBits` once: rules ask several classes of every token, and looking a class
/// up by its name at each question cost a sixth of extraction. A class the lexicons do not know
/// cannot be written: the constants are the classes `Knowledge.wordClassNames` and
/// `Knowledge.cueWordClassNames` list.
public struct WordClass: Sendable, Hashable {
    public let name: String
    /// Its bit: its rank among every class name in sorted order.
    let bit: Int

    /// Every class name in bit order.
    static let sortedNames: [String] = Knowledge.wordClassNames.sorted()

    /// The class called `name`, or nil when no lexicon class has that name.
    public init?(name: String) {
        guard let bit = Self.sortedNames.firstIndex(of: name) else { return nil }
        self.name = name
        self.bit = bit
    }

    private init(_ name: String) {
        self.init(name: name)!
    }

    static let abbreviation = WordClass("abbreviation")
    static let addressee = WordClass("addressee")
    static let adjunctPreposition = WordClass("adjunct-preposition")
    static let agentSuffix = WordClass("agent-suffix")
    static let appositionBodyPreposition = WordClass("apposition-body-preposition")
    static let article = WordClass("article")
    static let audience = WordClass("audience")
    static let authorPronoun = WordClass("author-pronoun")
    static let auxiliary = WordClass("auxiliary")
    static let be = WordClass("be")
    static let bodyCategoryNoun = WordClass("body-category-noun")
    static let bodyNamePreposition = WordClass("body-name-preposition")
    static let catenative = WordClass("catenative")
    static let clauseJoiner = WordClass("clause-joiner")
    static let clauseOpener = WordClass("clause-opener")
    static let conditional = WordClass("conditional")
    static let coordinator = WordClass("coordinator")
    static let diplomatNoun = WordClass("diplomat-noun")
    static let diplomaticNoun = WordClass("diplomatic-noun")
    static let docnoun = WordClass("docnoun")
    static let documentNameJoiner = WordClass("document-name-joiner")
    static let employerPreposition = WordClass("employer-preposition")
    static let eventCategoryNoun = WordClass("event-category-noun")
    static let eventhead = WordClass("eventhead")
    static let eventobject = WordClass("eventobject")
    static let filler = WordClass("filler")
    static let function = WordClass("function")
    static let groupnoun = WordClass("groupnoun")
    static let honorific = WordClass("honorific")
    static let lightverb = WordClass("lightverb")
    static let locative = WordClass("locative")
    static let motionPreposition = WordClass("motion-preposition")
    static let motionVerb = WordClass("motion-verb")
    static let nameConnector = WordClass("name-connector")
    static let nameDeterminer = WordClass("name-determiner")
    static let namingVerb = WordClass("naming-verb")
    static let negation = WordClass("negation")
    static let noAnswerCue = WordClass("no-answer-cue")
    static let notBeforeCue = WordClass("not-before-cue")
    static let nounpreposition = WordClass("nounpreposition")
    static let objectmarker = WordClass("objectmarker")
    static let officeModifier = WordClass("office-modifier")
    static let orghead = WordClass("orghead")
    static let orgnoun = WordClass("orgnoun")
    static let partyWord = WordClass("party-word")
    static let patronymic = WordClass("patronymic")
    static let personPreposition = WordClass("person-preposition")
    static let phraseend = WordClass("phraseend")
    static let placeCategoryNoun = WordClass("place-category-noun")
    static let placeNamePreposition = WordClass("place-name-preposition")
    static let placeortime = WordClass("placeortime")
    static let planned = WordClass("planned")
    static let pose = WordClass("pose")
    static let possible = WordClass("possible")
    static let preposition = WordClass("preposition")
    static let pronounFirstPlural = WordClass("pronoun-first-plural")
    static let pronounPerson = WordClass("pronoun-person")
    static let pronounPlural = WordClass("pronoun-plural")
    static let pronounThing = WordClass("pronoun-thing")
    static let proverb = WordClass("proverb")
    static let quantifier = WordClass("quantifier")
    static let relative = WordClass("relative")
    static let requestCue = WordClass("request-cue")
    static let sayingChain = WordClass("saying-chain")
    static let seatPreposition = WordClass("seat-preposition")
    static let sendingVerb = WordClass("sending-verb")
    static let speakerDeterminer = WordClass("speaker-determiner")
    static let stayPreposition = WordClass("stay-preposition")
    static let stayVerb = WordClass("stay-verb")
    static let subordinator = WordClass("subordinator")
    static let textClosing = WordClass("text-closing")
    static let textKind = WordClass("text-kind")
    static let time = WordClass("time")
    static let timeAdjunct = WordClass("time-adjunct")
    static let titleBodyPreposition = WordClass("title-body-preposition")
    static let titleCopula = WordClass("title-copula")
    static let titleLink = WordClass("title-link")
    static let titleModifier = WordClass("title-modifier")
    static let verbFormSuffix = WordClass("verb-form-suffix")
    static let weaponNoun = WordClass("weapon-noun")
}
