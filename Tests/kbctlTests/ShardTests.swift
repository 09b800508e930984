import Foundation
import Testing
import KB

/// `scripts/shard-ingest.sh` and `kbctl merge` as a user runs them.
@Suite(.serialized, .timeLimit(.minutes(10))) struct ShardTests {
    /// Three shards ingested in parallel and merged hold the rows, by key, of one ingest of the folder.
    @Test func threeShardsEqualOneIngest() throws {
        let dir = try CLI.articles(12), single = CLI.tempPath("db"), sharded = CLI.tempPath("db")
        #expect(try CLI.run(["ingest", "--quiet", "--db", single, dir]).status == 0)
        let script = CLI.root.appendingPathComponent("scripts/shard-ingest.sh").path
        let out = try CLI.shell("KBCTL='\(CLI.binary.path)' '\(script)' 3 '\(dir)' '\(sharded)' 2>&1; echo \"exit $?\"")
        #expect(out.hasSuffix("3 shard(s) merged: 12 document(s) added, 0 already in the database.\nexit 0\n"), "\(out)")
        #expect(try KeyedRows.lines(dbPath: sharded) == KeyedRows.lines(dbPath: single))
        #expect(try Checker.run(dbPath: sharded).ok)
        // The shards were built next to the output and are gone.
        let left = try FileManager.default.contentsOfDirectory(atPath: (sharded as NSString).deletingLastPathComponent).filter { $0.hasPrefix(".kbctl-shards.") }
        #expect(left.isEmpty, "\(left)")
    }

    @Test func mergeAgainAddsNothingAndARefusalSaysWhatToDo() throws {
        let dir = try CLI.articles(2, seed: 5), shard = CLI.tempPath("db"), out = CLI.tempPath("db")
        #expect(try CLI.run(["ingest", "--quiet", "--db", shard, dir]).status == 0)
        #expect(try CLI.run(["merge", "--db", out, shard]).out == "1 shard(s) merged: 2 document(s) added, 0 already in the database.\n")
        #expect(try CLI.run(["merge", "--db", out, shard]).out == "1 shard(s) merged: 0 document(s) added, 2 already in the database.\n")
        let refused = try CLI.run(["merge", "--db", out, shard, out])
        #expect(refused.status == 1)
        #expect(refused.err == "kbctl: '\(out)' is the output database itself; name the shards and a different --db to merge them into.\n")
    }
}
