import ArgumentParser
import Foundation
import KB

/// Where the database is: `--db`, else `$KB_DB`, else `kb.db` in the current folder.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "The database file (default: $KB_DB, else kb.db in the current folder).")
    var db: String?

    var path: String { db ?? ProcessInfo.processInfo.environment["KB_DB"] ?? "kb.db" }
}

/// The output flags every read command shares.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "table, json, jsonl, csv, tsv or markdown (default: table on a terminal, json when piped).")
    var format: OutputFormat?
    // sqlite-utils' spellings of the formats, for people whose fingers know them.
    @Flag(name: .long, help: "The same as --format json.") var json = false
    @Flag(name: .long, help: "Newline-delimited JSON: the same as --format jsonl.") var nl = false
    @Flag(name: .long, help: "The same as --format csv.") var csv = false
    @Flag(name: .long, help: "The same as --format tsv.") var tsv = false
    @Flag(name: [.customShort("t"), .long], help: "The same as --format table.") var table = false

    /// The formats asked for, by --format or an alias.
    var chosen: [OutputFormat] {
        [format, json ? .json : nil, nl ? .jsonl : nil, csv ? .csv : nil, tsv ? .tsv : nil, table ? .table : nil].compactMap { $0 }
    }

    func validate() throws {
        if Set(chosen).count > 1 {
            throw ValidationError("Choose one output format; got \(chosen.map(\.rawValue).joined(separator: " and ")).")
        }
    }

    var resolved: OutputFormat { chosen.first ?? (isatty(STDOUT_FILENO) != 0 ? .table : .json) }

    /// Prints the table in the chosen format.
    func print(_ table: ResultTable) {
        let width = isatty(STDOUT_FILENO) != 0 ? terminalWidth() : nil
        FileHandle.standardOutput.write(OutputFormatter.render(table, as: resolved, width: width).data(using: .utf8)!)
    }

    func terminalWidth() -> Int {
        var w = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &w) == 0, w.ws_col > 0 { return Int(w.ws_col) }
        return Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 120
    }
}

/// User lexicon files that extend the built-in ones.
struct LexiconOptions: ParsableArguments {
    @Option(name: .long, help: "A folder of extra lexicon .tsv files (default: a 'lexicons' folder next to the database, if any).")
    var lexicon: String?

    func knowledge(dbPath: String) throws -> Knowledge {
        let dir = lexicon ?? ((dbPath as NSString).deletingLastPathComponent as NSString).appendingPathComponent("lexicons")
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            if lexicon != nil { throw ValidationError("'--lexicon' folder '\(dir)' does not exist.") }
            return .builtIn
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".tsv") }.sorted()
        return try Knowledge.with(userFiles: files.map { name in
            (name, (try? String(contentsOfFile: (dir as NSString).appendingPathComponent(name), encoding: .utf8)) ?? "")
        })
    }
}

/// Writes bytes to a file, or to standard output when `path` is nil.
func writeOutput(_ data: Data, to path: String?) throws {
    guard let path else { FileHandle.standardOutput.write(data); return }
    do { try data.write(to: URL(fileURLWithPath: path)) } catch {
        throw KBError.badArgument("Cannot write '\(path)': \(error.localizedDescription). Check that its folder exists and is writable.")
    }
}

/// Prints a message to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write((message + "\n").data(using: .utf8)!)
}

/// Turns library errors into a message and exit code 1 (argument errors keep ArgumentParser's own).
func runReporting(_ body: () throws -> Void) throws {
    do { try body() } catch let e as KBError {
        printError("kbctl: \(e.description)")
        throw ExitCode(1)
    } catch let e as LexiconError {
        printError("kbctl: \(e.description)")
        throw ExitCode(1)
    } catch {
        // Only corruption is called damage: a full disk or SQLite's size limit leave the database as it was.
        guard let message = KBDatabase.failureMessage(error) else { throw error }
        printError("kbctl: \(message)")
        throw ExitCode(1)
    }
}

extension OutputFormat: ExpressibleByArgument {}
