import Foundation
import Testing
@testable import KB

/// What a folder ingest reads and what it leaves out, said by reason; the same files as the ingest.
@Suite struct FolderScanTests {
    static func folder(_ files: [String]) throws -> String {
        let dir = TestTemp.dir + "kbctl-scan-\(UUID().uuidString)"
        for f in files {
            let path = (dir as NSString).appendingPathComponent(f)
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try "Peru said no.".write(toFile: path, atomically: true, encoding: .utf8)
        }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    static let cases: [(name: String, files: [String], read: Int, hidden: Int, other: [String: Int], note: String?)] = [
        ("articles only", ["a.txt", "b.md", "sub/c.html"], 3, 0, [:], nil),
        ("other extensions and hidden files", ["a.txt", "b.pdf", "c.PDF", "d.docx", "README", ".notes.txt", "sub/.DS_Store"], 1, 2,
         ["pdf": 2, "docx": 1, "": 1],
         ": 1 article file(s) read; left out 4 with other extensions (2 .pdf, 1 .docx, 1 without one), 2 hidden (name starts with \".\")."),
        ("empty", [], 0, 0, [:], ": no article files in this folder; kbctl reads .htm, .html, .markdown, .md, .text, .txt. Nothing to ingest."),
        ("nothing an ingest reads", ["scan.pdf"], 0, 0, ["pdf": 1], ": no article files in this folder (left out: 1 with other extensions (1 .pdf))"),
    ]

    @Test(arguments: cases.indices)
    func saysWhatItLeftOut(_ i: Int) throws {
        let c = Self.cases[i]
        let dir = try Self.folder(c.files)
        let scan = try #require(FolderScan.scan(dir))
        #expect(scan.files.count == c.read && scan.hidden == c.hidden && scan.otherExtensions == c.other, "\(c.name): \(scan)")
        if let note = c.note { #expect(scan.note?.contains(note) == true, "\(c.name): \(scan.note ?? "nil")") } else { #expect(scan.note == nil) }
        // The scan names exactly the files the ingest reads.
        #expect(scan.files == Ingester.expand([dir]).files, "\(c.name)")
    }

    @Test func aFileIsNoFolder() throws {
        let dir = try Self.folder(["a.txt"])
        #expect(FolderScan.scan(dir + "/a.txt") == nil && FolderScan.scan("-") == nil && FolderScan.scan(dir + "/missing") == nil)
    }
}
