import Testing
@testable import annals

@Suite struct TagCommandTests {
    @Test func helpHasExamples() {
        let help = TagCommand.helpMessage()
        #expect(help.contains("annals tag"))
        #expect(help.contains("--published"))
    }
}
