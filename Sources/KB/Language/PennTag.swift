/// A Penn Treebank part-of-speech tag, as the tagger's model writes it ("NNP", "VBD", "``").
///
/// Stored on every token as one byte, so rules compare integers, never strings.
public enum PennTag: UInt8, Sendable, CaseIterable {
    case none
    case cc, cd, dt, ex, fw, `in`, jj, jjr, jjs, ls, md, nn, nns, nnp, nnps, pdt, pos, prp, prpS
    case rb, rbr, rbs, rp, sym, to, uh, vb, vbd, vbg, vbn, vbp, vbz, wdt, wp, wpS, wrb
    case openQuote, closeQuote, comma, period, colon, dollar, hash, lrb, rrb

    /// The tag as the Penn Treebank writes it.
    public var name: String {
        switch self {
        case .none: return "-"
        case .prpS: return "PRP$"
        case .wpS: return "WP$"
        case .openQuote: return "``"
        case .closeQuote: return "''"
        case .comma: return ","
        case .period: return "."
        case .colon: return ":"
        case .dollar: return "$"
        case .hash: return "#"
        case .lrb: return "-LRB-"
        case .rrb: return "-RRB-"
        default: return "\(self)".uppercased()
        }
    }

    /// The tag for a Penn Treebank name; `nil` for a name that is no Penn tag.
    public init?(name: String) {
        guard let t = Self.byName[name] else { return nil }
        self = t
    }

    private static let byName: [String: PennTag] = {
        var out: [String: PennTag] = [:]
        for t in allCases where t != .none { out[t.name] = t }
        out["("] = .lrb
        out[")"] = .rrb
        return out
    }()

    /// NN, NNS, NNP, NNPS.
    public var isNoun: Bool { self == .nn || self == .nns || self == .nnp || self == .nnps }
    /// NNP, NNPS.
    public var isProperNoun: Bool { self == .nnp || self == .nnps }
    /// Any verb form (VB, VBD, VBG, VBN, VBP, VBZ); not MD.
    public var isVerb: Bool { rawValue >= PennTag.vb.rawValue && rawValue <= PennTag.vbz.rawValue }
    /// A verb that can head a finite clause (VBD, VBP, VBZ) or a modal.
    public var isFiniteVerb: Bool { self == .vbd || self == .vbp || self == .vbz || self == .md }
    /// JJ, JJR, JJS.
    public var isAdjective: Bool { self == .jj || self == .jjr || self == .jjs }
    /// RB, RBR, RBS.
    public var isAdverb: Bool { self == .rb || self == .rbr || self == .rbs }
    /// Punctuation tags, quotation marks and brackets.
    public var isPunctuation: Bool { rawValue >= PennTag.openQuote.rawValue }
}
