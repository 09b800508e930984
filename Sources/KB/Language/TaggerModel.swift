import Dispatch

/// The weights of the part-of-speech tagger: a greedy averaged perceptron (Honnibal's design,
/// the model `textblob-aptagger` 0.2.0 ships), read from the embedded `tagger.tagger` file that
/// `scripts/gen-tagger.py` writes.
///
/// Every feature value (a word, a suffix, a tag) is interned once at load time by the FNV-1a
/// hash of its text; a feature is one 64-bit key (template, value, value). Tagging hashes a
/// word's bytes once and then looks up integers in open-addressing tables.
public struct TaggerModel: Sendable {
    /// The feature templates of the model, in the order `Tagger` adds them.
    enum Template: UInt64, CaseIterable {
        case bias, suffix, pref1, tag1, tag2, tag12, word, tag1word, word1, suffix1, word2, wordn1, suffixn1, wordn2
    }

    /// Class index → tag.
    let classes: [PennTag]
    /// Class index → its rank when classes are ordered by name (ties go to the greater name).
    let nameRank: [Int]
    /// A word the model always tags the same way ("the" → DT): hash of the surface form → class.
    let tagdict: HashTable
    /// Interned feature values, by the hash of their text.
    let vocabulary: HashTable
    /// Feature key → row; row r's weights are `entries[rowStart[r]..<rowStart[r + 1]]`.
    let features: HashTable
    let rowStart: [Int32]
    let entryClass: [UInt8]
    let entryWeight: [Double]
    /// The interned id of each class's tag name, for the previous-tag features.
    let tagValue: [UInt32]
    let start1: UInt32, start2: UInt32, end1: UInt32, end2: UInt32

    static let missing = UInt32.max

    /// The model compiled into the binary, loaded on first use.
    public static let builtIn: TaggerModel = {
        let clock = StartupClock()
        defer { clock.report("tagger") }
        if let indexed = builtInIndex() { return indexed }
        guard let text = Embedded.models.first(where: { $0.name == "tagger.tagger" })?.text else {
            fatalError("the tagger model is not embedded; run scripts/gen-tagger.py and rebuild")
        }
        do { return try TaggerModel(text: text) } catch { fatalError("the embedded tagger model is broken: \(error)") }
    }()

    /// Starts loading `builtIn` on another thread, so that it overlaps loading the lexicons (each is
    /// about a quarter of a one-article ingest); the first use of `builtIn` waits for it to finish.
    public static func preloadBuiltIn() {
        DispatchQueue.global(qos: .userInitiated).async { _ = builtIn }
    }

    /// Parses a model file; errors name the line.
    public init(text: String) throws {
        var classes: [PennTag] = []
        var classNames: [String] = []
        var tagdict: [(UInt64, Int32)] = []
        // Interned values by hash (an open-addressing table: a Dictionary spent a sixth of the load).
        var vocabulary = GrowingHashTable()
        var vocabularyCount = 0
        var features: [(UInt64, Int32)] = []
        var rowStart: [Int32] = []
        var entryClass: [UInt8] = []
        var entryWeight: [Double] = []
        var classByName: [UInt64: Int] = [:]
        func intern(_ s: Slice<UnsafeBufferPointer<UInt8>>) -> UInt32 {
            let h = fnv1a(s)
            if let id = vocabulary.get(h) { return UInt32(bitPattern: id) }
            let id = UInt32(vocabularyCount)
            vocabulary.insertNew(h, Int32(bitPattern: id))
            vocabularyCount += 1
            return id
        }
        let templates = Dictionary(uniqueKeysWithValues: Template.allCases.map { (fnv1a("\($0)".utf8), $0) })
        // Read as bytes, through a buffer pointer (no bounds check per byte): 97,000 lines of 5 MB,
        // parsed at every start-up that extracts.
        var number = 0
        var text = text
        try text.withUTF8 { bytes in
            var start = 0
            var fields: [Range<Int>] = []
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                number += 1
                defer { start = end + 1 }
                if end == start || bytes[start] == UInt8(ascii: "#") { continue }
                fields.removeAll(keepingCapacity: true)
                var f = start
                for i in start...end where i == end || bytes[i] == 0x09 {
                    fields.append(f..<i)
                    f = i + 1
                }
                let head = bytes[fields[0]]
                if head.elementsEqual("feat".utf8) {
                    // feat, template, 0 to 2 values, weights.
                    guard (3...5).contains(fields.count),
                          let template = templates[fnv1a(bytes[fields[1]])] else { throw TaggerError.badLine(line: number) }
                    let key = Self.key(template, fields.count > 3 ? intern(bytes[fields[2]]) : 0, fields.count > 4 ? intern(bytes[fields[3]]) : 0)
                    features.append((key, Int32(rowStart.count)))
                    rowStart.append(Int32(entryClass.count))
                    guard Self.weights(UnsafeBufferPointer(rebasing: bytes[fields[fields.count - 1]]), classes.count, &entryClass, &entryWeight) else {
                        throw TaggerError.badLine(line: number)
                    }
                } else if head.elementsEqual("tag".utf8) {
                    guard fields.count == 3, let c = classByName[fnv1a(bytes[fields[2]])] else { throw TaggerError.badLine(line: number) }
                    tagdict.append((fnv1a(bytes[fields[1]]), Int32(c)))
                } else if head.elementsEqual("classes".utf8) {
                    for r in fields.dropFirst() {
                        let name = String(decoding: bytes[r], as: UTF8.self)
                        guard let t = PennTag(name: name) else { throw TaggerError.unknownTag(line: number, tag: name) }
                        classByName[fnv1a(bytes[r])] = classes.count
                        classes.append(t)
                        classNames.append(name)
                    }
                } else {
                    throw TaggerError.badLine(line: number)
                }
            }
        }
        guard !classes.isEmpty else { throw TaggerError.badLine(line: number) }
        rowStart.append(Int32(entryClass.count))
        let order = classNames.indices.sorted { classNames[$0] < classNames[$1] }
        var rank = [Int](repeating: 0, count: classes.count)
        for (r, c) in order.enumerated() { rank[c] = r }
        var tagTable = HashTable(capacity: tagdict.count)
        for (h, c) in tagdict { tagTable.insert(h, c) }
        var featureTable = HashTable(capacity: features.count)
        for (k, r) in features { featureTable.insert(k, r) }
        func id(_ s: String) -> UInt32 { vocabulary.get(fnv1a(s.utf8)).map { UInt32(bitPattern: $0) } ?? Self.missing }
        self.classes = classes
        self.nameRank = rank
        self.tagdict = tagTable
        self.vocabulary = vocabulary.table
        self.features = featureTable
        self.rowStart = rowStart
        self.entryClass = entryClass
        self.entryWeight = entryWeight
        self.tagValue = classNames.map(id)
        self.start1 = id("-START-")
        self.start2 = id("-START2-")
        self.end1 = id("-END-")
        self.end2 = id("-END2-")
    }

    /// Parses "3:2.817,12:-1,40:0.06" into class indices and weights; false when malformed.
    /// A weight of at most a few decimals is an exact integer over a power of ten, so the division
    /// gives the same double as reading the decimal text.
    static func weights(_ b: UnsafeBufferPointer<UInt8>, _ classCount: Int, _ classesOut: inout [UInt8], _ weightsOut: inout [Double]) -> Bool {
        var i = b.startIndex
        while i < b.endIndex {
            var c = 0
            let c0 = i
            while i < b.endIndex, b[i] >= 0x30, b[i] <= 0x39 { c = c * 10 + Int(b[i] - 0x30); i += 1 }
            guard i > c0, i < b.endIndex, b[i] == UInt8(ascii: ":"), c < classCount else { return false }
            i += 1
            var negative = false
            if i < b.endIndex, b[i] == UInt8(ascii: "-") { negative = true; i += 1 }
            var mantissa: Int64 = 0, scale: Double = 1, digits = 0, fraction = false
            while i < b.endIndex, b[i] != UInt8(ascii: ",") {
                if b[i] == UInt8(ascii: ".") && !fraction { fraction = true; i += 1; continue }
                guard b[i] >= 0x30, b[i] <= 0x39, digits < 15 else { return false }
                mantissa = mantissa * 10 + Int64(b[i] - 0x30)
                if fraction { scale *= 10 }
                digits += 1
                i += 1
            }
            guard digits > 0 else { return false }
            classesOut.append(UInt8(c))
            weightsOut.append((negative ? -1 : 1) * Double(mantissa) / scale)
            if i < b.endIndex { i += 1 }
        }
        return true
    }

    /// A feature's key: its template and two interned values; the top bit keeps it non-zero.
    @inline(__always) static func key(_ t: Template, _ a: UInt32, _ b: UInt32) -> UInt64 {
        1 << 63 | t.rawValue << 56 | UInt64(a & 0x0FFF_FFFF) << 28 | UInt64(b & 0x0FFF_FFFF)
    }

    /// The interned id of a feature value, by the hash of its text, or `missing`.
    @inline(__always) func id(hash: UInt64) -> UInt32 { vocabulary.get(hash).map { UInt32(bitPattern: $0) } ?? Self.missing }
}

/// A tagger model file that cannot be read.
public enum TaggerError: Error, CustomStringConvertible {
    case badLine(line: Int)
    case unknownTag(line: Int, tag: String)

    public var description: String {
        switch self {
        case let .badLine(line): return "tagger model line \(line): not a 'classes', 'tag' or 'feat' row of the documented form; regenerate it with scripts/gen-tagger.py."
        case let .unknownTag(line, tag): return "tagger model line \(line): '\(tag)' is not a Penn Treebank tag."
        }
    }
}
