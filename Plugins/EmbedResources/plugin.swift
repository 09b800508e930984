import Foundation
import PackagePlugin

/// Compiles `Migrations/*.sql` and `Sources/KB/Lexicons/*.tsv` into Swift source, so the
/// binary carries them wherever it is copied (SwiftPM resource bundles are not found then on Linux).
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let fm = FileManager.default
        func files(in dir: URL, ext: String) throws -> [URL] {
            guard fm.fileExists(atPath: dir.path) else { return [] }
            return try fm.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == ext }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
        }
        let migrations = try files(in: context.package.directoryURL.appending(path: "Migrations"), ext: "sql")
        let lexicons = try files(in: target.directoryURL.appending(path: "Lexicons"), ext: "tsv")
        // Model files (the tagger's weights) are embedded as they are, beside the lexicons.
        let models = try files(in: target.directoryURL.appending(path: "Lexicons"), ext: "tagger")
        // Indexes (`scripts/gen-indexes.sh`): the entity lexicons and the tagger compiled ahead of time.
        let indexes = try files(in: target.directoryURL.appending(path: "Lexicons"), ext: "index")
        let output = context.pluginWorkDirectoryURL.appending(path: "Embedded.swift")
        let args = [output.path] + migrations.map { "migration:" + $0.path } + lexicons.map { "lexicon:" + $0.path }
            + models.map { "model:" + $0.path } + indexes.map { "index:" + $0.path }
        return [.buildCommand(
            displayName: "Embedding \(migrations.count) migrations, \(lexicons.count) lexicons and \(models.count) models",
            executable: try context.tool(named: "EmbedTool").url,
            arguments: args,
            inputFiles: migrations + lexicons + models + indexes,
            outputFiles: [output]
        )]
    }
}
