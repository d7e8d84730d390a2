// swift-tools-version: 6.1
import Foundation
import PackageDescription

// A coverage-guided fuzzer (libFuzzer) of Annals' input and text pipeline: see
// `.ci/fuzz` and the README's "Reliability" section. It is a package of its own, so
// `swift build` and `swift test` at the root never build it; build it with
// `swift build -c release --package-path Fuzz --sanitize=fuzzer`.
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
        // libFuzzer brings its own `main`; the target defines only `LLVMFuzzerTestOneInput`.
        .executableTarget(
            name: "annals-fuzz",
            dependencies: [.product(name: "AnnalsKit", package: root.lastPathComponent)],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)
