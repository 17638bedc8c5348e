import Testing
@testable import WhiteboardCore

@Suite struct JSONParserTests {
    func parse(_ s: String) throws(JSONSyntaxError) -> JSONValue { try JSONParser.parse(Array(s.utf8)) }

    @Test func values() throws {
        #expect(try parse(" {\"a\": [1, -2.5e1, true, false, null, \"x\\u00e9\\ud83d\\ude00\"]} ") ==
            .object(["a": .array([.number(1), .number(-25), .bool(true), .bool(false), .null, .string("xé😀")])]))
    }

    @Test(arguments: [
        ("", "unexpected end of file"), ("{", "unexpected end of file"), ("[1,]", "unexpected character ']'"),
        ("{\"a\":1,\"a\":2}", "duplicate key"), ("01", "unexpected text after the end"), ("\"\u{01}\"", "control character"),
        ("\"\\ud800\"", "unpaired surrogate"), ("tru", "invalid literal"), ("1.", "digits expected"),
    ])
    func errors(input: String, expected: String) {
        do { _ = try parse(input); Issue.record("parsed \(input)") } catch { #expect(error.message.contains(expected), "\(error.message)") }
    }

    @Test func writerRoundTrips() throws {
        let v: JSONValue = .object(["z": .array([]), "a": .object([:]), "s": .string("line\n\u{1B}\"q\""), "n": .number(42)])
        #expect(try parse(JSONWriter.write(v)) == v)
    }
}
