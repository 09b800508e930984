/// The numbers closed vocabularies are stored as (migration 0009): a number takes one byte or
/// none where the word took up to eleven, on rows there are millions of. The views spell them
/// again (`CASE … WHEN 0 THEN 'lexicon' …` in v_mentions, v_statements and v_relations), so
/// readers never see the numbers; each list is in the order of the CHECK the column had before.
enum StoredCode {
    /// mentions.method
    static func of(_ method: Mention.Method) -> Int {
        switch method {
        case .lexicon: 0
        case .pattern: 1
        case .coreference: 2
        }
    }

    /// statements.kind
    static func of(_ kind: Statement.Kind) -> Int {
        switch kind {
        case .direct: 0
        case .partial: 1
        case .reported: 2
        case .transcript: 3
        }
    }

    /// relations.polarity
    static func of(_ polarity: Relation.Polarity) -> Int {
        switch polarity {
        case .affirmed: 0
        case .negated: 1
        }
    }

    /// relations.modality
    static func of(_ modality: Relation.Modality) -> Int {
        switch modality {
        case .asserted: 0
        case .possible: 1
        case .planned: 2
        case .conditional: 3
        }
    }
}
