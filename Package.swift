// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Annals",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "AnnalsKit", targets: ["AnnalsKit"]),
        .executable(name: "annals", targets: ["annals"]),
    ],
    // PostgreSQL support (README, "Sharing a knowledge base") is off by default, so that
    // `swift run annals demo` and `swift test` do not build its network stack:
    // `swift build --traits PostgreSQL`, `swift test --traits PostgreSQL`.
    traits: [
        .trait(name: "PostgreSQL", description: "A knowledge base in PostgreSQL as well as in SQLite files"),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Turns data files (SQL, TSV) into Swift string constants so the built
        // binary carries them and works when copied alone.
        .executableTarget(name: "embed-files", path: "Sources/embed-files"),
        .plugin(
            name: "EmbedFiles",
            capability: .buildTool(),
            dependencies: ["embed-files"],
            path: "Plugins/EmbedFiles"
        ),
        .target(
            name: "AnnalsMigrations",
            path: "Migrations",
            exclude: ["sql"],
            plugins: ["EmbedFiles"]
        ),
        // Configures SQLite before it initialises (sqlite3_config is variadic: C only).
        .target(
            name: "AnnalsSQLiteSetup",
            linkerSettings: [.linkedLibrary("sqlite3")]
        ),
        .target(
            name: "AnnalsKit",
            dependencies: [
                "AnnalsMigrations",
                "AnnalsSQLiteSetup",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for binding values straight to prepared statements and reading a column's bytes.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["Resources"],
            plugins: ["EmbedFiles"]
        ),
        // The PostgreSQL store; its sources compile to nothing without the trait.
        .target(
            name: "AnnalsPostgres",
            dependencies: [
                "AnnalsKit",
                "AnnalsMigrations",
                .product(name: "PostgresNIO", package: "postgres-nio", condition: .when(traits: ["PostgreSQL"])),
            ]
        ),
        .executableTarget(
            name: "annals",
            dependencies: [
                "AnnalsKit",
                .target(name: "AnnalsPostgres", condition: .when(traits: ["PostgreSQL"])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks (see BENCHMARKS.md); not part of `swift test`.
        .executableTarget(
            name: "annals-bench",
            dependencies: ["AnnalsKit"],
            path: "Benchmarks/Sources/annals-bench"
        ),
        .testTarget(
            name: "AnnalsKitTests",
            dependencies: ["AnnalsKit"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "AnnalsPostgresTests",
            dependencies: ["AnnalsKit", "AnnalsMigrations", .target(name: "AnnalsPostgres", condition: .when(traits: ["PostgreSQL"]))]
        ),
        .testTarget(
            name: "annalsTests",
            dependencies: ["annals", "AnnalsKit"]
        ),
    ]
)
