import Testing
@testable import PracticeOrg

@Suite struct YAMLReaderTests {
    @Test func readsBlockMappingsSequencesQuotesAndComments() throws {
        let node = try YAMLReader.parse("""
        # a comment
        top:
          plain: value with spaces   # trailing comment
          double: "a \\"quoted\\" # not a comment"
          single: 'it''s'
          list:
            - one
            - key: two
              other: three
            -
              nested: four
          empty: {}
        """)
        #expect(node["top"]?["plain"]?.string == "value with spaces")
        #expect(node["top"]?["double"]?.string == "a \"quoted\" # not a comment")
        #expect(node["top"]?["single"]?.string == "it's")
        guard case .sequence(let items)? = node["top"]?["list"] else {
            Issue.record("list is not a sequence")
            return
        }
        #expect(items.count == 3)
        #expect(items[0] == .scalar("one"))
        #expect(items[1]["key"]?.string == "two" && items[1]["other"]?.string == "three")
        #expect(items[2]["nested"]?.string == "four")
        #expect(node["top"]?["empty"] == .mapping([]))
    }

    @Test func refusesWhatItCannotReadWithTheLine() {
        #expect(throws: YAMLError(line: 3, message: "unexpected indentation")) {
            try YAMLReader.parse("a:\n  b: 1\n    c: 2\n")
        }
        #expect(throws: YAMLError(line: 2, message: "expected «key: value»")) {
            try YAMLReader.parse("a: 1\njust words\n")
        }
        #expect(throws: YAMLError(line: 1, message: "unterminated quoted text")) {
            try YAMLReader.parse("a: \"open\n")
        }
    }

    @Test func readsTheEscapesOfDoubleQuotedText() throws {
        let node = try YAMLReader.parse(#"name: "\u00d1and\u00fa \x41 \U0001F600 a\/b \\ \"q\"""# + "\n")
        #expect(node["name"]?.string == "Ñandú A 😀 a/b \\ \"q\"")
        #expect(throws: YAMLError(line: 1, message: "\\uZZZZ is not a character")) {
            try YAMLReader.parse(#"name: "\uZZZZ""#)
        }
    }

    /// Archy accepts flow-style collections; the practice org does not read them, and says so, rather than
    /// take `{name: X}` for the text of a queue's name and publish a flow that transfers nowhere.
    @Test func refusesFlowStyleCollectionsItCannotRead() {
        #expect(throws: YAMLError(line: 2, message: "the practice org reads block-style YAML only, not {name: Ventas}")) {
            try YAMLReader.parse("targetQueue:\n  lit: {name: Ventas}\n")
        }
    }

    @Test func findsEveryTransferToACDQueue() throws {
        let definition = try InboundMessageFlowDefinition.read(flowYAML(name: "Flujo", queue: "Atención al Cliente"))
        #expect(definition == InboundMessageFlowDefinition(name: "Flujo", targetQueueNames: ["Atención al Cliente"]))
    }
}
