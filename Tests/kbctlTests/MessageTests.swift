import Foundation
import Testing

/// Each message names the real cause and what to do (issue 17, point 9), through the binary.
@Suite(.serialized) struct MessageTests {
    static let db: String = {
        let path = CLI.tempPath("db")
        _ = try? CLI.run(["ingest", "--db", path, "-"], stdin: "Chile said Peru threatens its fishermen.")
        return path
    }()

    static let sqlCases: [(name: String, args: [String], status: Int32, says: String, never: String?)] = [
        ("unbound parameter", ["SELECT :who"], 1, "add --param who=VALUE", "one statement at a time"),
        ("unused parameter", ["SELECT 1", "--param", "x=2"], 1, "'--param x=…' is not used", nil),
        ("several statements", ["SELECT 1; SELECT 2"], 1, "one statement at a time", nil),
        ("a value too big", ["SELECT length(randomblob(2000000000))"], 1, "larger than SQLite allows", "damaged"),
        ("fts3_tokenizer", ["SELECT hex(fts3_tokenizer('simple'))"], 1, "does not run fts3_tokenizer()", nil),
        ("a checkpoint", ["PRAGMA wal_checkpoint"], 1, "only reads", nil),
        ("a comment first", ["-- how many?\nSELECT count(*) AS n FROM documents", "--format", "csv"], 0, "n\n1\n", nil),
        ("a block comment first", ["/* how many */ SELECT count(*) AS n FROM documents", "--format", "csv"], 0, "n\n1\n", nil),
        ("a mistyped option", ["--limt", "SELECT 1"], 64, "Unknown option '--limt'", nil),
        ("a read pragma with an argument", ["PRAGMA table_info(documents)", "--format", "csv"], 0, "sha256", nil),
        // Prepared before the read-only check: a typo is SQLite's syntax error, not a write.
        ("a syntax error", ["selec 1"], 1, "near \"selec\": syntax error", "would write"),
        // sqlite-utils' format flags.
        ("--csv", ["SELECT 1 AS n", "--csv"], 0, "n\n1\n", nil),
        ("--tsv", ["SELECT 1 AS n, 2 AS m", "--tsv"], 0, "n\tm\n1\t2\n", nil),
        ("--nl", ["SELECT 1 AS n", "--nl"], 0, "{\"n\": 1}\n", nil),
        ("--json", ["SELECT 1 AS n", "--json"], 0, "[\n  {\"n\": 1}\n]\n", nil),
        ("-t", ["SELECT 1 AS n", "-t"], 0, "n\n-\n1\n", nil),
        ("two formats", ["SELECT 1", "--json", "--csv"], 64, "Choose one output format; got json and csv", nil),
        // --param binds text (codes keep their zeros); --param-int binds an integer.
        ("--param is text", ["SELECT :c AS c, typeof(:c) AS t", "--param", "c=06", "--csv"], 0, "c,t\n06,text\n", nil),
        ("--param-int", ["SELECT :n AS n, typeof(:n) AS t", "--param-int", "n=7", "--csv"], 0, "n,t\n7,integer\n", nil),
        ("--param-int not an integer", ["SELECT :n", "--param-int", "n=x"], 1, "is not an integer", nil),
    ]

    /// What a new user tried (issue 15, point 6): each said something unhelpful, or nothing, before.
    static let firstTryCases: [(name: String, args: [String], status: Int32, says: String)] = [
        ("an unquoted question", ["query", "who", "threatens", "whom"], 64, "Put the question in quotes: kbctl query \"who threatens whom\""),
        ("--since with slashes", ["query", "timeline", "--since", "2020/01/01"], 64, "'--since' takes a date as yyyy-mm-dd"),
        ("--since yesterday", ["query", "timeline", "--since", "yesterday"], 64, "'--since' takes a date as yyyy-mm-dd"),
        ("an unknown entity type", ["query", "entities of type people"], 1, "the types are person, country, organization"),
        ("the help says each default once", ["ingest", "--help"], 0, "megabytes. (default: 2)"),
        // It promised "threat" for "threatened", which the Porter stemmer does not fold.
        ("search's help promises what it does", ["search", "--help"], 0, "not the noun threat"),
    ]

    @Test(arguments: firstTryCases.indices)
    func firstTries(_ i: Int) throws {
        let c = Self.firstTryCases[i]
        let r = try CLI.run(c.args.prefix(1) + ["--db", Self.db] + c.args.dropFirst())
        #expect(r.status == c.status, "\(c.name): \(r.status) \(r.err)")
        #expect((r.out + r.err).replacingOccurrences(of: "\n ", with: "").replacingOccurrences(of: "  ", with: "").contains(c.says),
                "\(c.name): \(r.out)\(r.err)")
    }

    /// A URL is not fetched: the message says kbctl reads files, and how to get one.
    @Test func aURLIsNoFile() throws {
        let r = try CLI.run(["ingest", "--db", CLI.tempPath("db"), "https://example.org/news/article.html"])
        #expect(r.status == 2 && r.err.contains("is a URL; kbctl reads files, not URLs"), "\(r.err)")
    }

    /// Re-extracting a database that is not there refuses, and creates nothing.
    @Test func reextractRefusesAMissingDatabase() throws {
        let db = CLI.tempPath("db")
        let r = try CLI.run(["reextract", "--db", db])
        #expect(r.status == 1 && r.err.contains("No database at"), "\(r.err)")
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test(arguments: sqlCases.indices)
    func sqlMessages(_ i: Int) throws {
        let c = Self.sqlCases[i]
        let r = try CLI.run(["sql", "--db", Self.db] + c.args)
        #expect(r.status == c.status, "\(c.name): \(r.status) \(r.err)")
        #expect((r.out + r.err).contains(c.says), "\(c.name): \(r.out)\(r.err)")
        if let never = c.never { #expect(!(r.out + r.err).contains(never), "\(c.name): \(r.err)") }
    }

    /// A recursive CTE without end is stopped at --timeout with a message saying so.
    @Test(.timeLimit(.minutes(10)))  // a guard against hangs, not a speed test: the suite runs in parallel on 2 cores
    func sqlStopsARecursiveCTEAtItsTimeLimit() throws {
        let start = Date()
        let r = try CLI.run(["sql", "--db", Self.db, "--timeout", "0.5",
                             "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n"])
        #expect(r.status == 1)
        #expect(r.err.contains("stopped after") && r.err.contains("--timeout"), "\(r.err)")
        #expect(Date().timeIntervalSince(start) < 30, "not stopped by its own limit")
    }

    static func utf16(_ s: String, bom: Bool) -> Data {
        var d = Data(bom ? [0xFF, 0xFE] : [])
        for u in s.utf16 { d.append(UInt8(u & 0xFF)); d.append(UInt8(u >> 8)) }
        return d
    }

    static func utf32BE(_ s: String) -> Data {
        var d = Data([0x00, 0x00, 0xFE, 0xFF])
        for u in s.unicodeScalars { withUnsafeBytes(of: u.value.bigEndian) { d.append(contentsOf: $0) } }
        return d
    }

    static let inputCases: [(name: String, file: String, bytes: Data, status: Int32, says: String)] = [
        ("UTF-16 with a byte-order mark", "u16.txt", utf16("Norway said the talks in Zürich went well.", bom: true), 0, "1 new"),
        ("UTF-32 with a byte-order mark", "u32.txt", utf32BE("Kenya said the talks went well."), 0, "1 new"),
        ("UTF-16 without a byte-order mark", "u16-nobom.txt", utf16("Ghana said the talks went well.", bom: false), 2,
         "UTF-16LE text without a byte-order mark"),
        ("HTML with no text", "page.html", Data("<html><head><script>var a = 1;</script><style>p {}</style></head><body><!-- x --><img src=a.png></body></html>".utf8), 2,
         "HTML with no text outside its tags"),
    ]

    @Test(arguments: inputCases.indices)
    func inputMessages(_ i: Int) throws {
        let c = Self.inputCases[i]
        let dir = CLI.tempPath("in")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try c.bytes.write(to: URL(fileURLWithPath: dir + "/" + c.file))
        let r = try CLI.run(["ingest", "--db", CLI.tempPath("db"), dir + "/" + c.file])
        #expect(r.status == c.status, "\(c.name): \(r.err)")
        #expect((r.out + r.err).contains(c.says), "\(c.name): \(r.out)\(r.err)")
        #expect(!r.err.contains("binary"), "\(c.name): \(r.err)")
    }

    /// A named pipe and a device are refused before they are opened (reading either could block
    /// or never end), with a message that says what they are, not that permissions are wrong.
    @Test(.timeLimit(.minutes(10)))  // a guard against hangs, not a speed test: the suite runs in parallel on 2 cores
    func pipesAndDevicesAreNotFiles() throws {
        let fifo = CLI.tempPath("fifo")
        #expect(mkfifo(fifo, 0o644) == 0)
        let r = try CLI.run(["ingest", "--db", CLI.tempPath("db"), fifo, "/dev/zero"])
        #expect(r.status == 2, "\(r.err)")
        #expect(r.err.contains("named pipe (FIFO)") && r.err.contains("/dev/zero: is a device"), "\(r.err)")
        #expect(!r.err.contains("permission"), "\(r.err)")
    }
}
