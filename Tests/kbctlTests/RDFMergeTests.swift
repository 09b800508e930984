import Foundation
import Testing

/// Two databases' N-Triples exports merge into one graph in rdflib: shared documents and entities
/// are one node each, and no IRI has two labels.
@Suite struct RDFMergeTests {
    /// A database of the seed plus one invented article of its own.
    static func database(_ name: String, _ text: String) throws -> String {
        let dir = CLI.tempPath("rdf-\(name)")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try text.write(toFile: dir + "/\(name).txt", atomically: true, encoding: .utf8)
        let db = dir + "/kb.db"
        let r = try CLI.run(["ingest", "--db", db, CLI.root.appendingPathComponent("seeds").path, dir + "/\(name).txt"])
        guard r.status == 0 else { throw PythonTools.Failure(message: "ingest failed: \(r.err)") }
        return db
    }

    @Test(.enabled(if: PythonTools.has("rdflib"), Comment(rawValue: PythonTools.missing)), .timeLimit(.minutes(10)))
    func twoExportsMergeInRdflib() throws {
        let a = try Self.database("norland", "Norland Daily\n\nRussia threatened Norland, Foreign Minister Ada Vell said on Monday.\n")
        let b = try Self.database("osterra", "Osterra Post\n\nRussia warned Osterra, President Ivo Brask said on Tuesday.\n")
        var files: [String] = []
        for db in [a, b] {
            let file = CLI.tempPath("nt")
            let r = try CLI.run(["export", "--db", db, "--format", "ntriples", "--output", file])
            #expect(r.status == 0, "\(r.err)")
            files.append(file)
        }
        let out = try PythonTools.python("""
            import sys, rdflib
            from rdflib.namespace import RDF, RDFS
            g = rdflib.Graph()
            for f in sys.argv[1:]:
                g.parse(f, format="nt")
            twice = [str(s) for s in set(g.subjects(RDFS.label)) if len(set(g.objects(s, RDFS.label))) > 1]
            docs = set(g.subjects(RDF.type, rdflib.URIRef("urn:kbctl:vocab#Article")))
            russia = rdflib.URIRef("urn:kbctl:entity:COUNTRY:Russia")
            print(len(twice), len(docs), len(set(g.objects(russia, RDFS.label))))
            print("\\n".join(sorted(twice)))
            """, files)
        // The seed is in both databases: 3 documents in all, Russia one node with one label.
        #expect(out == "0 3 1\n\n", "\(out)")
    }
}
