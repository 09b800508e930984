/// The public contract (KB-CONTRACT.md) as data: every view, what a row is, and what each column
/// means. `kbctl datasette` writes its descriptions from here, and a test holds it to the schema:
/// each column of each view is described, and nothing is described that the schema lacks.
public enum Contract {
    /// A view (or table) of the contract and its columns, in schema order.
    public struct View: Sendable {
        public let name: String
        public let description: String
        public let columns: [(name: String, description: String)]
    }

    static let documentID = ("document_id", "The document (v_documents.document_id) the row comes from.")
    static let sentenceID = ("sentence_id", "The sentence (v_sentences.sentence_id) the row was extracted from.")
    static let evidence = ("evidence", "The sentence the row was extracted from, as written.")
    static let offsets = [("char_start", "Where it starts: Unicode code points into v_documents.text, counted from 0."),
                          ("char_end", "Where it ends (exclusive), in the same units as char_start.")]

    // Stable keys (migration 0007): the same in every database built from the same text with the
    // same lexicons, so that exports and shards merge.
    static let documentKey = ("document_key", "The document's stable key: the SHA-256 of its text.")
    static let sentenceKey = ("sentence_key", "The sentence's stable key: document_key '/' ordinal.")
    static func rowKey(_ name: String, _ what: String) -> (String, String) {
        (name, "The \(what)'s stable key: sentence_key '/' the number of \(what)s before it in its sentence.")
    }
    static func entityKey(_ name: String, _ whose: String) -> (String, String) {
        (name, "\(whose)'s stable key: its type ':' its canonical name (COUNTRY:Russia); NULL without an entity.")
    }

    /// The relation columns, shared by v_relations and v_threats.
    static let relationColumns: [(name: String, description: String)] = [
        ("relation_id", "The relation's id."), documentID, sentenceID,
        ("subject", "Who acts: an entity's canonical name, else the words as written."),
        ("subject_entity_id", "The subject's entity (v_entities.entity_id); NULL when the subject is words as written."),
        ("predicate", "A canonical lower-case verb (threaten, deploy, oppose, support, …), never an inflected form."),
        ("object", "What or whom it is done to: an entity's canonical name, else the words as written."),
        ("object_entity_id", "The object's entity; NULL when the object is words as written (see object_kind)."),
        ("polarity", "affirmed or negated (\"Russia does not threaten …\" is negated)."),
        ("modality", "asserted, possible, planned or conditional."),
        ("source", "Whose claim the relation is (the same as whose_claim, kept for compatibility); NULL for the author's own voice."),
        ("cameo", "The CAMEO event code of the predicate (13 = threaten), as text with its leading zeros; NULL when none fits."),
        evidence,
        ("statement_id", "The statement (v_statements) the relation is reported in, if any."),
        ("source_entity_id", "whose_claim's entity, when it is one."),
        ("trigger", "The words that carried the predicate (\"threats facing\")."),
        ("whose_claim", "Whose claim the relation is: the speaker's or holder's canonical name; NULL when it is the author's own voice."),
        ("object_kind", "entity when the object is an entity, text when it is words as written, NULL without an object."),
        ("cameo_name", "The CAMEO name of the code (cameo_codes.name), e.g. Threaten."),
        rowKey("relation_key", "relation"), documentKey, sentenceKey,
        entityKey("subject_key", "The subject entity"), entityKey("object_key", "The object entity"),
        entityKey("source_key", "whose_claim's entity"),
        ("statement_key", "The stable key of the statement the relation is reported in, if any."),
    ]

    /// Every view of the contract, and the CAMEO lookup table.
    public static let views: [View] = [
        View(name: "v_documents", description: "One row per ingested article, with its metadata and normalised text.", columns: [
            ("document_id", "The document's id."),
            ("title", "The headline; for an article without one, its first sentence (80 characters at most), else its file name."),
            ("author", "The byline, when the article gives one."),
            ("published", "The publication date as yyyy-mm-dd, when the article gives one."),
            ("source", "The path given to kbctl ingest, or - for standard input."),
            ("sha256", "SHA-256 of the normalised text: the same text is stored once."),
            ("ingested_at", "When it was ingested (ISO 8601, UTC)."),
            ("text", "The normalised text every char_start/char_end counts into."),
            ("format", "text, markdown or html."),
            documentKey,
        ]),
        View(name: "v_sentences", description: "One row per sentence of every document; searchable (full-text, stemmed).", columns: [
            ("sentence_id", "The sentence's id."), documentID,
            ("ordinal", "Its place in the document, from 0."),
            ("paragraph", "The paragraph it is in, from 0."),
        ] + offsets + [
            ("text", "The sentence as written."),
            ("date", "The full date the sentence itself gives (\"on June 9, 2010\" → 2010-06-09), else NULL."),
            sentenceKey, documentKey,
        ]),
        View(name: "v_entities", description: "One row per entity at least one document mentions.", columns: [
            ("entity_id", "The entity's id."),
            ("name", "The canonical name: the fullest form (Dmitry Medvedev, United States)."),
            ("type", "PERSON, COUNTRY, ORGANIZATION, LOCATION, WEAPON, DOCUMENT, EVENT or GROUP."),
            ("mentions", "How many times documents mention it."),
            ("documents", "In how many documents it is mentioned."),
            entityKey("entity_key", "The entity"),
        ]),
        View(name: "v_aliases", description: "Every surface form seen or known for an entity.", columns: [
            ("entity_id", "The entity (v_entities.entity_id)."), ("alias", "One form of its name."),
            entityKey("entity_key", "The entity"),
        ]),
        View(name: "v_mentions", description: "Every place a document mentions an entity.", columns: [
            ("mention_id", "The mention's id."), ("entity_id", "The entity mentioned."), documentID, sentenceID,
        ] + offsets + [
            ("surface", "The words as written."), ("entity", "The entity's canonical name."),
            ("method", "How it was found: lexicon, pattern or coreference."),
            rowKey("mention_key", "mention"), entityKey("entity_key", "The entity"), documentKey, sentenceKey,
        ]),
        View(name: "v_statements", description: "Who said what: one row per attribution.", columns: [
            ("statement_id", "The statement's id."), documentID, sentenceID,
            ("speaker", "Who makes the statement: an entity's canonical name, else the words as written; NULL when none is found."),
            ("speaker_entity_id", "The speaker's entity, when the speaker is one."),
            ("cue", "The word that introduces the statement (said, insisted, put it, …)."),
            ("content", "The claim as reported, without the attribution."),
            ("quote", "The words inside quotation marks, joined by \" … \"; NULL when nothing is quoted."),
            evidence,
            ("kind", "direct, partial, reported or transcript."),
            ("speaker_of", "Whose speaker it is when the speaker is no entity of its own (\"a Peruvian official\" → Peru)."),
            ("speaker_of_entity_id", "speaker_of's entity."),
            ("whose_claim", "Whose claim the statement is: the speaker (the same name as in v_relations)."),
            ("object_kind", "Always text: a statement's content is words, never an entity."),
            rowKey("statement_key", "statement"), documentKey, sentenceKey,
            entityKey("speaker_key", "The speaker entity"), entityKey("speaker_of_key", "speaker_of's entity"),
        ]),
        View(name: "v_relations", description: "Who does what to whom: one row per claim \"subject predicate object\", in someone's voice.",
             columns: relationColumns),
        View(name: "v_threats", description: "The relations of the threat class (CAMEO root 13, Threaten, and its sub-codes); v_relations' columns.",
             columns: relationColumns),
        View(name: "v_roles", description: "Who holds which office, as the documents say.", columns: [
            ("role_id", "The role's id."), documentID, sentenceID,
            ("person", "The office holder's canonical name."), ("person_entity_id", "The person's entity."),
            ("role", "The title as written, lower-case, with its modifiers (defence secretary)."),
            ("organization", "The organisation or country of the office, when given."),
            ("organization_entity_id", "The organisation's entity."),
            evidence,
            ("role_class", "The canonical office the title belongs to (defense minister), so that synonyms group."),
            rowKey("role_key", "role"), documentKey, sentenceKey,
            entityKey("person_key", "The person"), entityKey("organization_key", "The organisation"),
        ]),
        View(name: "cameo_codes", description: "The name of every CAMEO event code kbctl emits, and the 20 roots.", columns: [
            ("code", "The code as v_relations.cameo writes it, leading zeros kept."),
            ("name", "The CAMEO codebook's name."),
            ("description", "Its root, and the predicates kbctl emits it for."),
        ]),
    ]
}
