import Foundation
// TestTemp (where tests write their files), for every file of this target.
@_exported import TestSupport

/// Runs the built `kbctl` binary the way a user does.
enum CLI {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binary: URL {
        let build = root.appendingPathComponent(".build")
        for p in ["debug/kbctl", "x86_64-unknown-linux-gnu/debug/kbctl", "aarch64-unknown-linux-gnu/debug/kbctl"] {
            let u = build.appendingPathComponent(p)
            if FileManager.default.fileExists(atPath: u.path) { return u }
        }
        return build.appendingPathComponent("debug/kbctl")
    }

    /// Runs kbctl to the end; `prefix` runs it through another program (e.g. setpriv).
    @discardableResult
    static func run(_ args: [String], stdin: String? = nil, prefix: [String] = []) throws -> (status: Int32, out: String, err: String) {
        if prefix.isEmpty { return try execute(binary.path, args, stdin: stdin) }
        return try execute(prefix[0], Array(prefix.dropFirst()) + [binary.path] + args, stdin: stdin)
    }

    /// Runs any program to the end with `args`, feeding it `stdin`.
    static func execute(_ executable: String, _ args: [String], stdin: String? = nil) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = args
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let s = stdin { input.fileHandleForWriting.write(s.data(using: .utf8)!) }
        try input.fileHandleForWriting.close()
        // Standard error is drained on another thread: a program that fills one pipe while the
        // other is read would otherwise block forever.
        nonisolated(unsafe) var e = Data()
        let drained = DispatchSemaphore(value: 0)
        DispatchQueue.global().async { e = err.fileHandleForReading.readDataToEndOfFile(); drained.signal() }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    /// Starts kbctl in the background, its output discarded.
    static func start(_ args: [String]) throws -> Process {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        p.standardInput = FileHandle.nullDevice
        try p.run()
        return p
    }

    /// Runs a shell command line and returns its standard output.
    static func shell(_ command: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func tempPath(_ ext: String) -> String {
        TestTemp.dir + "kbctl-test-\(UUID().uuidString).\(ext)"
    }

    /// A folder of `count` invented articles, each different, each with names, quotes and relations.
    static func articles(_ count: Int, seed: Int = 0) throws -> String {
        let dir = tempPath("articles")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let countries = ["Chile", "Peru", "Norway", "Sweden", "Kenya", "Ghana", "Japan", "India", "Brazil", "Poland", "Egypt", "Turkey"]
        let people = ["Ana Ortiz", "Lars Holm", "Wanjiru Kamau", "Kenji Sato", "Marta Nowak", "Omar Haddad", "Priya Rao"]
        for i in 0..<count {
            let a = countries[(i + seed) % countries.count], b = countries[(i * 7 + 3 + seed) % countries.count]
            let p = people[(i + seed) % people.count], surname = p.split(separator: " ").last!
            var text = "Talks between \(a) and \(b), part \(i + seed)\n\nBy Staff Writer\n\n"
            for k in 0..<(8 + i % 5) {
                text += "Foreign Minister \(p) of \(a) said on Monday that \(b) threatens the region's stability (item \(k)). "
                text += "“We will not accept new missiles near our border,” \(surname) told reporters. "
                text += "\(b) denied it and said it does not threaten \(a).\n\n"
            }
            try text.write(toFile: "\(dir)/article-\(String(format: "%03d", i)).txt", atomically: true, encoding: .utf8)
        }
        return dir
    }
}
