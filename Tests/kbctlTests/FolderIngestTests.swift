import Foundation
import Testing

/// `kbctl ingest FOLDER` says what it left out and why, and that an empty folder gave nothing.
@Suite struct FolderIngestTests {
    @Test func namesWhatItSkipped() throws {
        let dir = CLI.tempPath("folder")
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        for f in ["a.txt", "b.pdf", "sub/c.docx", ".draft.txt"] {
            try "Peru said it would talk to Chile.".write(toFile: dir + "/" + f, atomically: true, encoding: .utf8)
        }
        let r = try CLI.run(["ingest", "--db", CLI.tempPath("db"), dir])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.contains("1 article file(s) read; left out 2 with other extensions (1 .docx, 1 .pdf), 1 hidden"), "\(r.err)")
        #expect(r.out.contains("1 document(s) ingested"))
    }

    @Test func anEmptyFolderSaysSo() throws {
        let dir = CLI.tempPath("empty")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for args in [["ingest", "--db", CLI.tempPath("db"), dir], ["ingest", "--quiet", "--db", CLI.tempPath("db"), dir]] {
            let r = try CLI.run(args)
            #expect(r.status == 2, "\(args): \(r.err)")
            #expect(r.err.contains("skipped: \(dir): no article files in this folder; kbctl reads .htm, .html"), "\(args): \(r.err)")
            #expect(args.contains("--quiet") || r.out.contains("1 skipped"), "\(args): \(r.out)")
        }
    }
}
