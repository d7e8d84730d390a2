// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Annals",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "AnnalsKit", targets: ["AnnalsKit"]),
        .executable(name: "annals", targets: ["annals"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
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
        .target(
            name: "AnnalsKit",
            dependencies: [
                "AnnalsMigrations",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["Resources"],
            plugins: ["EmbedFiles"]
        ),
        .executableTarget(
            name: "annals",
            dependencies: [
                "AnnalsKit",
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
            name: "annalsTests",
            dependencies: ["annals", "AnnalsKit"]
        ),
    ]
)
