import Foundation

/// The path of the executable `name` on PATH, if any (`dot`, `datasette`).
public func executableOnPath(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for dir in path.split(separator: ":") {
        let candidate = "\(dir)/\(name)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
}

/// Runs Datasette on a kbctl database with the metadata kbctl generates.
public enum DatasetteServer {
    /// What to do when Datasette is not installed.
    public static let installHint = "Datasette is not on PATH. Install it with 'pipx install datasette' or 'python3 -m pip install datasette' "
        + "(in a virtual environment: python3 -m venv ~/.venvs/datasette && ~/.venvs/datasette/bin/pip install datasette, then put its bin on PATH); "
        + "or write the metadata with 'kbctl datasette --output metadata.json' and pass it to 'datasette --metadata'."

    /// The command line that serves `dbPath` with `metadataPath` on `host`:`port`.
    public static func arguments(datasette: String, dbPath: String, metadataPath: String, host: String, port: Int) -> [String] {
        [datasette, "serve", dbPath, "--metadata", metadataPath, "--host", host, "--port", String(port)]
    }

    /// Writes the metadata to `metadataPath` and replaces this process with Datasette (same
    /// process id, so a caller stops the server by stopping kbctl). Returns only by throwing.
    /// Where `--serve` writes the metadata without `--output`: in the temporary folder, one file per
    /// database (its name and a hash of its absolute path), so serving it again reuses the file.
    public static func defaultMetadataPath(dbPath: String) -> String {
        let absolute = URL(fileURLWithPath: dbPath).standardizedFileURL.path
        let stem = ((absolute as NSString).lastPathComponent as NSString).deletingPathExtension
        return NSTemporaryDirectory() + "kbctl-datasette-\(stem)-\(SHA256.hex(absolute).prefix(12)).json"
    }

    public static func serve(dbPath: String, metadataPath: String, host: String, port: Int, engine: QueryEngine) throws -> Never {
        let data = try DatasetteMetadata.json(dbPath: dbPath, engine: engine)
        guard let datasette = executableOnPath("datasette") else { throw KBError.badArgument(installHint) }
        do { try data.write(to: URL(fileURLWithPath: metadataPath)) } catch {
            throw KBError.badArgument("Cannot write the metadata to '\(metadataPath)': \(error.localizedDescription). Pass --output with a writable path.")
        }
        let args = arguments(datasette: datasette, dbPath: dbPath, metadataPath: metadataPath, host: host, port: port)
        FileHandle.standardError.write(Data("kbctl: serving \(dbPath) at http://\(host):\(port)/ (metadata: \(metadataPath)); stop with Ctrl-C\n".utf8))
        // A signal mask survives exec: started by a program that blocks SIGTERM or SIGINT (a test
        // runner, some supervisors), Datasette could be stopped by neither its caller nor Ctrl-C.
        var none = sigset_t()
        sigemptyset(&none)
        sigprocmask(SIG_SETMASK, &none, nil)
        for sig in [SIGINT, SIGTERM, SIGHUP] { signal(sig, SIG_DFL) }
        var cArgs = args.map { strdup($0) } + [nil]
        execv(datasette, &cArgs)
        throw KBError.badArgument("Could not start '\(datasette)': \(String(cString: strerror(errno))).")
    }
}
