// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "kbctl",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "KB", targets: ["KB"]),
        .executable(name: "kbctl", targets: ["kbctl"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        // The library: ingestion, extraction, storage and queries.
        .target(
            name: "KB",
            // GRDBSQLite: the C API, for `kbctl sql`'s authorizer and time limit.
            dependencies: [.product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"), "CSQLiteConfig"],
            exclude: ["Lexicons"],
            plugins: ["EmbedResources"]
        ),
        // sqlite3_config, which is variadic and so not callable from Swift (the system libsqlite3).
        .systemLibrary(name: "CSQLiteConfig", path: "Sources/CSQLiteConfig"),
        // The CLI: one file per subcommand, each a thin call into KB.
        .executableTarget(
            name: "kbctl",
            dependencies: ["KB", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Migrations and lexicons are compiled into KB, so a copied binary needs no resource bundle.
        .executableTarget(name: "EmbedTool", path: "Sources/EmbedTool"),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["EmbedTool"]),
        // What both test targets share: where a test process writes its files.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "KBTests", dependencies: ["KB", "TestSupport"], exclude: ["schema.sql", "Fixtures"]),
        .testTarget(name: "kbctlTests", dependencies: ["KB", "TestSupport"]),
    ]
)
