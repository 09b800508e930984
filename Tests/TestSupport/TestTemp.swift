import Foundation

/// Where this test process writes its files: one folder under the system's temporary directory,
/// removed when the process exits (a full run used to leave about 300 MB of databases and
/// articles behind in /tmp).
public enum TestTemp {
    /// The folder, with a trailing slash, so that `TestTemp.dir + "kbctl-x.db"` is a path in it.
    public static let dir: String = {
        let dir = NSTemporaryDirectory() + "kbctl-tests-\(getpid())-\(UUID().uuidString)/"
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: TestTemp.dir) }
        return dir
    }()
}
