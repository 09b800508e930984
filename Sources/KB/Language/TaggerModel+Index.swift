import Foundation

/// The tagger's weights compiled ahead of time (`Sources/KB/Lexicons/tagger.index`, written by
/// `scripts/gen-indexes.sh` from `tagger.tagger`): its tables as numbers, read at start-up instead
/// of parsing 94,000 lines of decimal text (0.3 G instructions, the longest step of a start-up).
///
/// As with `EntityIndex`, the index names the digest of the model file it was made from; an index
/// of another file or layout is not read (the text is parsed instead), and `TaggerIndexTests`
/// fails until it is made again.
extension TaggerModel {
    static let indexFormat = 1
    static let indexMagic: UInt64 = 0x3158_4947_4154_424B  // "KBTAGIX1"

    /// The built-in index, or nil when it is missing, of another layout, or of another model file.
    static func builtInIndex() -> TaggerModel? {
        guard let model = Embedded.models.first(where: { $0.name == "tagger.tagger" }),
              let text = Embedded.indexes.first(where: { $0.name == "tagger.index" })?.base64,
              let data = Data(base64Encoded: text) else { return nil }
        return try? TaggerModel(index: Array(data), digest: model.digest)
    }

    /// The powers of ten a weight's decimals divide by, as the text parser makes them.
    private static let scales: [Double] = (0..<16).reduce(into: [1.0]) { s, _ in s.append(s.last! * 10) }

    /// A weight as the text gave it: its decimal digits as an integer and how many follow the
    /// point (`mantissa / 10^k`, which is how the text parser computes it), in one number:
    /// zigzag(mantissa) << 3 | k; k = 7 means the raw bits follow.
    private static func weightCode(_ w: Double) -> (code: Int, raw: UInt64?) {
        for k in 0..<7 {
            let m = (w * scales[k]).rounded()
            guard abs(m) < 1e15 else { break }
            let back = (m < 0 ? -1 : 1) * Double(Int64(abs(m))) / scales[k]
            if back.bitPattern == w.bitPattern {
                let i = Int(m)
                return ((i < 0 ? (-i << 1) - 1 : i << 1) << 3 | k, nil)
            }
        }
        return (7, w.bitPattern)
    }

    /// The model as bytes, with the digest of the model file it was read from.
    func encodeIndex(digest: UInt64) -> [UInt8] {
        var w = ByteWriter()
        w.word(Self.indexMagic)
        w.int(Self.indexFormat)
        w.word(digest)
        w.int(classes.count)
        classes.forEach { w.int(Int($0.rawValue)) }
        nameRank.forEach { w.int($0) }
        for table in [tagdict, vocabulary, features] {
            var pairs: [(UInt64, Int32)] = []
            table.forEach { pairs.append(($0, $1)) }
            pairs.sort { $0.0 < $1.0 }
            w.int(pairs.count)
            for (k, v) in pairs {
                w.word(k)
                w.int(Int(UInt32(bitPattern: v)))
            }
        }
        w.int(rowStart.count)
        var previous: Int32 = 0
        for r in rowStart {
            w.int(Int(r - previous))
            previous = r
        }
        w.int(entryClass.count)
        for (c, weight) in zip(entryClass, entryWeight) {
            w.int(Int(c))
            let (code, raw) = Self.weightCode(weight)
            w.int(code)
            if let raw { w.word(raw) }
        }
        w.int(tagValue.count)
        tagValue.forEach { w.int(Int($0)) }
        [start1, start2, end1, end2].forEach { w.int(Int($0)) }
        return w.bytes
    }

    /// The model in `bytes`; nil when they are of another layout or model file, an error when damaged.
    init?(index bytes: [UInt8], digest: UInt64) throws {
        let decoded: TaggerModel? = try bytes.withUnsafeBufferPointer { b in
            var r = ByteReader(b)
            guard try r.word() == Self.indexMagic, try r.int() == Self.indexFormat, try r.word() == digest else { return nil }
            let n = try r.count()
            var classes: [PennTag] = []
            for _ in 0..<n {
                guard let t = PennTag(rawValue: UInt8(try r.index(below: 256))) else { throw ByteReader.Truncated() }
                classes.append(t)
            }
            var nameRank: [Int] = []
            for _ in 0..<n { nameRank.append(try r.index(below: n)) }
            var tables: [HashTable] = []
            for _ in 0..<3 {
                let count = try r.count()
                var table = HashTable(capacity: count)
                for _ in 0..<count {
                    let key = try r.word()
                    guard key != 0 else { throw ByteReader.Truncated() }
                    table.insert(key, Int32(bitPattern: UInt32(try r.index(below: 1 << 32))))
                }
                tables.append(table)
            }
            let rows = try r.count()
            var rowStart: [Int32] = []
            rowStart.reserveCapacity(rows)
            var at = 0
            for _ in 0..<rows {
                at += try r.index(below: Int(Int32.max))
                guard at <= Int(Int32.max) else { throw ByteReader.Truncated() }
                rowStart.append(Int32(at))
            }
            let entries = try r.count()
            var entryClass: [UInt8] = []
            var entryWeight: [Double] = []
            entryClass.reserveCapacity(entries)
            entryWeight.reserveCapacity(entries)
            for _ in 0..<entries {
                entryClass.append(UInt8(try r.index(below: n)))
                let code = try r.int()
                let k = code & 7
                if k == 7 {
                    entryWeight.append(Double(bitPattern: try r.word()))
                } else {
                    let z = code >> 3
                    let m = z & 1 == 0 ? z >> 1 : -((z + 1) >> 1)
                    entryWeight.append((m < 0 ? -1 : 1) * Double(abs(m)) / Self.scales[k])
                }
            }
            guard rowStart.last.map({ Int($0) == entries }) ?? false else { throw ByteReader.Truncated() }
            var tagValue: [UInt32] = []
            for _ in 0..<(try r.count()) { tagValue.append(UInt32(try r.index(below: 1 << 32))) }
            var ends: [UInt32] = []
            for _ in 0..<4 { ends.append(UInt32(try r.index(below: 1 << 32))) }
            guard r.atEnd else { throw ByteReader.Truncated() }
            return TaggerModel(classes: classes, nameRank: nameRank, tagdict: tables[0], vocabulary: tables[1], features: tables[2],
                               rowStart: rowStart, entryClass: entryClass, entryWeight: entryWeight, tagValue: tagValue,
                               start1: ends[0], start2: ends[1], end1: ends[2], end2: ends[3])
        }
        guard let decoded else { return nil }
        self = decoded
    }

    private init(classes: [PennTag], nameRank: [Int], tagdict: HashTable, vocabulary: HashTable, features: HashTable,
                 rowStart: [Int32], entryClass: [UInt8], entryWeight: [Double], tagValue: [UInt32],
                 start1: UInt32, start2: UInt32, end1: UInt32, end2: UInt32) {
        self.classes = classes
        self.nameRank = nameRank
        self.tagdict = tagdict
        self.vocabulary = vocabulary
        self.features = features
        self.rowStart = rowStart
        self.entryClass = entryClass
        self.entryWeight = entryWeight
        self.tagValue = tagValue
        (self.start1, self.start2, self.end1, self.end2) = (start1, start2, end1, end2)
    }
}
