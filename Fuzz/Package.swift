// swift-tools-version: 6.1
import Foundation
import PackageDescription

// A coverage-guided fuzzer (libFuzzer) of Annals' input and text pipeline: see
// `.ci/fuzz` and the README's "Reliability" section. It is a package of its own, so
// `swift build` and `swift test` at the root never build it. Build it with
//
//   swift build -c release --package-path Fuzz --sanitize=address \
//     -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table
//
// Every module (Annals' included) gets AddressSanitizer and the coverage libFuzzer
// follows; only this package's executable links libFuzzer's runtime, and its `main`
// hands over to libFuzzer's driver. (SwiftPM's `--sanitize=fuzzer` would also build the
// root package's build tool, `embed-files`, as a fuzzer, and it would no longer link.)
//
// The root package is found by its folder, whatever the clone is called.
let root = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent()

let package = Package(
    name: "AnnalsFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: root.path),
    ],
    targets: [
        // The declaration of libFuzzer's driver, which its runtime defines.
        .target(name: "FuzzerDriver"),
        .executableTarget(
            name: "annals-fuzz",
            dependencies: ["FuzzerDriver", .product(name: "AnnalsKit", package: root.lastPathComponent)],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer"])]
        ),
    ]
)
