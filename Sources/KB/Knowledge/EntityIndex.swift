import Foundation

/// The built-in entity lexicons compiled ahead of time (`Sources/KB/Lexicons/entities.index`,
/// written by `scripts/gen-indexes.sh`): entries, the form trie and what the generated
/// lexicons add, as bytes the start-up reads in a few milliseconds instead of compiling 40,000
/// names from text.
///
/// The index names the digest of the lexicon files it was made from. When those files change and
/// the index is not made again, the start-up compiles them from text (same result, slower), and
/// `EntityIndexTests` fails until the index is regenerated; it also fails when a code change
/// makes the compiled tables differ from the index.
enum EntityIndex {
    /// The layout's version: a change to the byte layout raises it, and an index of another
    /// version is not read.
    static let format = 2
    static let magic: UInt64 = 0x3158_4544_4E49_424B  // "KBINDEX1"

    /// Whether a file feeds the entity tables: the entity lexicons, the generated ones, and
    /// `words` (its closed classes keep surnames and one-word bodies out, its abbreviations
    /// shape the tokenizer).
    static func feedsEntities(kind: String) -> Bool {
        kind == "words" || Knowledge.entityKinds.contains(kind) || Knowledge.generatedKinds.contains(kind)
    }

    /// The digest of the files an index is made from: FNV-1a over each feeding file's digest
    /// (computed at build time by EmbedTool), in file order.
    static func digest(of files: [(name: String, text: String, digest: UInt64)]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for f in files where feedsEntities(kind: Knowledge.kind(name: f.name, text: f.text)) {
            for k in 0..<8 { h = (h ^ ((f.digest >> (8 * UInt64(k))) & 0xFF)) &* 0x100_0000_01b3 }
        }
        return h
    }

    /// The built-in index, or nil when it is missing, of another format, or made from other files.
    static func builtIn() -> Knowledge.EntityTables? {
        guard let text = Embedded.indexes.first(where: { $0.name == "entities.index" })?.base64,
              let data = Data(base64Encoded: text) else { return nil }
        return try? decode(Array(data), digest: digest(of: Embedded.lexicons))
    }

    /// The tables as bytes, with the digest of the files they were compiled from.
    static func encode(_ t: Knowledge.EntityTables, digest: UInt64) -> [UInt8] {
        var w = ByteWriter()
        w.word(magic)
        w.int(format)
        w.word(digest)
        w.int(t.entries.count)
        for e in t.entries {
            w.string(e.name)
            w.int(EntityType.allCases.firstIndex(of: e.type)!)
            w.optional(e.country)
        }
        let byName = t.byName.archived()
        w.int(byName.count)
        for (hash, e) in byName {
            w.word(hash)
            w.int(Int(e))
        }
        w.int(t.names.bytes.count)
        w.raw(t.names.bytes)
        w.int(t.names.starts.count)
        t.names.starts.forEach { w.int(Int($0)) }
        encodeForms(t.forms, &w)
        encodeGenerated(t.generated, &w)
        return w.bytes
    }

    private static func encodeForms(_ forms: TokenTrie<Knowledge.Form>, _ w: inout ByteWriter) {
        let a = forms.archived()
        w.int(a.edges.count)
        w.int(a.nodeCount)
        for e in a.edges {
            w.word(e.key)
            w.int(Int(e.node))
        }
        w.int(a.values.count)
        for (node, f) in a.values {
            w.int(Int(node))
            w.int(f.entry)
            w.int([Knowledge.Form.Kind.name, .demonym, .capital, .seat].firstIndex(of: f.kind)!)
            w.int(f.count)
            w.word(f.capitals)
            w.optional(f.exact)
            w.int(f.weak ? 1 : 0)
        }
    }

    private static func encodeGenerated(_ g: Knowledge.Generated, _ w: inout ByteWriter) {
        w.int(g.officeTable.bytes.count)
        w.raw(g.officeTable.bytes)
        w.int(g.officeTable.start.count)
        for (e, at) in g.officeTable.start.sorted(by: { $0.key < $1.key }) {
            w.int(e)
            w.int(at)
        }
        let s = g.surnameHolders
        w.int(s.hashes.count)
        s.hashes.forEach { w.word($0) }
        s.starts.forEach { w.int(Int($0)) }
        w.int(s.items.count)
        s.items.forEach { w.int(Int($0)) }
        w.int(g.geoHeads.count)
        for (word, c) in g.geoHeads.sorted(by: { $0.key < $1.key }) {
            w.string(word)
            w.string(c)
        }
        w.strings(g.givenNames.sorted())
    }

    /// The tables in `bytes`, or nil when they are of another format or other files.
    static func decode(_ bytes: [UInt8], digest: UInt64) throws -> Knowledge.EntityTables? {
        try bytes.withUnsafeBufferPointer { b in
            var r = ByteReader(b)
            guard try r.word() == magic, try r.int() == format, try r.word() == digest else { return nil }
            var t = Knowledge.EntityTables()
            let types = EntityType.allCases
            let n = try r.count()
            t.entries.reserveCapacity(n)
            for _ in 0..<n {
                let name = try r.string()
                let type = types[try r.index(below: types.count)]
                t.entries.append(Knowledge.Entry(name: name, type: type, country: try r.optional()))
            }
            var byName: [(hash: UInt64, entry: Int32)] = []
            let names = try r.count()
            byName.reserveCapacity(names)
            for _ in 0..<names { byName.append((try r.word(), Int32(try r.index(below: n)))) }
            t.byName = EntryNameTable(archived: byName)
            let nameBytes = try r.raw(count: try r.count())
            t.names = NameLists(bytes: nameBytes, starts: try int32s(&r, count: try r.count()))
            t.forms = try decodeForms(&r, entries: n)
            t.generated = try decodeGenerated(&r)
            return t
        }
    }

    private static func decodeForms(_ r: inout ByteReader, entries: Int) throws -> TokenTrie<Knowledge.Form> {
        var edges: [(key: UInt64, node: Int32)] = []
        let n = try r.count()
        edges.reserveCapacity(n)
        let nodeCount = try r.count()
        for _ in 0..<n { edges.append((try r.word(), Int32(try r.index(below: nodeCount)))) }
        let kinds: [Knowledge.Form.Kind] = [.name, .demonym, .capital, .seat]
        var values: [(node: Int32, value: Knowledge.Form)] = []
        let m = try r.count()
        values.reserveCapacity(m)
        for _ in 0..<m {
            let node = Int32(try r.index(below: nodeCount))
            let form = Knowledge.Form(entry: try r.index(below: entries), kind: kinds[try r.index(below: kinds.count)], count: try r.int(), capitals: try r.word(),
                                      exact: try r.optional(), weak: try r.int() == 1)
            values.append((node, form))
        }
        return TokenTrie(edges: edges, nodeCount: nodeCount, values: values)
    }

    private static func int32s(_ r: inout ByteReader, count: Int) throws -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(count)
        for _ in 0..<count { out.append(Int32(try r.index(below: Int(Int32.max)))) }
        return out
    }

    private static func decodeGenerated(_ r: inout ByteReader) throws -> Knowledge.Generated {
        var g = Knowledge.Generated()
        let officeBytes = try r.raw(count: try r.count())
        var start: [Int: Int] = [:]
        let people = try r.count()
        start.reserveCapacity(people)
        for _ in 0..<people {
            let e = try r.int()
            start[e] = try r.int()
        }
        g.officeTable = Knowledge.OfficeTable(bytes: officeBytes, start: start)
        let surnames = try r.count()
        var hashes: [UInt64] = []
        hashes.reserveCapacity(surnames)
        for _ in 0..<surnames { hashes.append(try r.word()) }
        let starts = try int32s(&r, count: surnames + 1)
        let items = try int32s(&r, count: try r.count())
        guard zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }), starts.last == Int32(items.count) else { throw ByteReader.Truncated() }
        g.surnameHolders = KeyedLists(hashes: hashes, starts: starts, items: items)
        let heads = try r.count()
        for _ in 0..<heads {
            let word = try r.string()
            g.geoHeads[word] = try r.string()
        }
        g.givenNames = Set(try r.strings())
        guard r.atEnd else { throw ByteReader.Truncated() }
        return g
    }
}
