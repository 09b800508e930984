import Foundation

/// What lets `ingest` skip the whole-file check of a database kbctl itself wrote last.
///
/// `PRAGMA quick_check` reads every page: 8 s for a 3 GB archive of 100,000 articles, nearly all
/// the time of adding one article to it. After a writer has closed the file (SQLite then folds the
/// log into it and deletes the log), the file's identity and times are written next to it, in
/// `<db>-verified`. At the next open, a file with exactly that identity has not been written since
/// by anything (any write changes its modification and change times; a copy or a replacement its
/// inode), so its check is the one already run. Any other state runs the check: no record, another
/// identity or times, a log left beside it (a crash, or a writer still open).
enum VerifiedFiles {
    /// Where the record of `path` is kept.
    static func recordPath(_ path: String) -> String { path + "-verified" }

    /// Device, inode, size, and modification and change times to the nanosecond; nil when the
    /// file is missing or a non-empty log lies beside it.
    static func fingerprint(_ path: String) -> String? {
        var log = stat()
        if stat(path + "-wal", &log) == 0, log.st_size > 0 { return nil }
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        #if os(Linux)
        let m = info.st_mtim, c = info.st_ctim
        #else
        let m = info.st_mtimespec, c = info.st_ctimespec
        #endif
        return "\(info.st_dev) \(info.st_ino) \(info.st_size) \(m.tv_sec).\(m.tv_nsec) \(c.tv_sec).\(c.tv_nsec)"
    }

    /// True when `path` is exactly as a kbctl writer left it after checking it.
    static func isUnchanged(_ path: String) -> Bool {
        guard let now = fingerprint(path),
              let recorded = try? String(contentsOfFile: recordPath(path), encoding: .utf8) else { return false }
        return recorded == now
    }

    /// Records `path` as checked and written by kbctl, once its writer has closed it; nothing when
    /// the file cannot be fingerprinted (a log still beside it) or the record cannot be written.
    static func record(_ path: String) {
        guard let now = fingerprint(path) else { forget(path); return }
        try? now.write(toFile: recordPath(path), atomically: true, encoding: .utf8)
    }

    /// Removes the record: the next open checks the whole file.
    static func forget(_ path: String) {
        try? FileManager.default.removeItem(atPath: recordPath(path))
    }
}
