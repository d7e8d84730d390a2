import Foundation
import Testing
@testable import AnnalsKit

/// The example in ``AnnalsStore``'s documentation is the front door's, which
/// `KnowledgeBaseTests.theDocumentedExampleRunsOnAFreshDatabase` compiles and runs.
@Suite struct AnnalsStoreDocumentationTests {
    @Test func theStoresExampleIsTheCompiledOne() throws {
        let source = try String(contentsOf: KnowledgeBaseTests.root.appending(path: "Sources/AnnalsKit/Store/AnnalsStore.swift"),
                                encoding: .utf8)
        let tested = try String(
            contentsOf: KnowledgeBaseTests.root.appending(path: "Tests/AnnalsKitTests/KnowledgeBase/KnowledgeBaseTests.swift"),
            encoding: .utf8)
        let example = try #require(KnowledgeBaseTests.firstCodeBlock(inDocComment: source))
        #expect(!example.isEmpty)
        for line in example {
            #expect(tested.contains(line), "not compiled by a test: \(line)")
        }
    }
}
