import Foundation

/// The Python tools people open kbctl's output with (Datasette, sqlite-utils, pandas, networkx,
/// rdflib), from the virtual environment `$KB_PYTHON_VENV` that `.ci/run` makes with
/// `scripts/python-tools.sh`. Tests that need one are skipped, with this message, when it is missing.
enum PythonTools {
    static let missing = "needs the Python tools: run 'scripts/python-tools.sh /tmp/kbctl-venv' and set KB_PYTHON_VENV=/tmp/kbctl-venv (.ci/run does both)"

    static var venv: String? { ProcessInfo.processInfo.environment["KB_PYTHON_VENV"].flatMap { $0.isEmpty ? nil : $0 } }

    /// The path of `name` in the environment's bin folder, when it is there.
    static func bin(_ name: String) -> String? {
        guard let venv else { return nil }
        let path = venv + "/bin/" + name
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// True when the environment's Python imports `module`.
    static func has(_ module: String) -> Bool {
        guard let python = bin("python3") else { return false }
        return (try? CLI.execute(python, ["-c", "import \(module)"]).status) == 0
    }

    /// Runs a Python program in the environment; fails the caller's test when Python fails.
    static func python(_ program: String, _ args: [String] = []) throws -> String {
        guard let python = bin("python3") else { throw Failure(message: missing) }
        let r = try CLI.execute(python, ["-c", program] + args)
        guard r.status == 0 else { throw Failure(message: "python failed (\(r.status)): \(r.err)") }
        return r.out
    }

    /// A port nothing listens on now, on 127.0.0.1.
    static func freePort() throws -> Int {
        let out = try python("import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
        return Int(out.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 18_765
    }

    /// The body of an HTTP GET, or nil when nothing answers (10 s per try).
    static func get(_ url: String) -> String? {
        try? python("""
            import sys, urllib.request
            print(urllib.request.urlopen(sys.argv[1], timeout=10).read().decode(), end='')
            """, [url])
    }

    /// Stops a server by its process id: SIGTERM, then SIGKILL when it has not exited 10 s later.
    static func stop(_ server: Process) {
        kill(server.processIdentifier, SIGTERM)
        for _ in 0..<100 where server.isRunning { usleep(100_000) }
        if server.isRunning { kill(server.processIdentifier, SIGKILL) }
        server.waitUntilExit()
    }

    struct Failure: Error, CustomStringConvertible { let message: String; var description: String { message } }
}
