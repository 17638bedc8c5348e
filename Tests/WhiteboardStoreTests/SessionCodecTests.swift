import Foundation
import Testing
@testable import WhiteboardCore
@testable import WhiteboardStore

@Suite struct SessionCodecTests {
    @Test func fullSessionRoundTrips() throws {
        let s = Fixtures.fullSession()
        let data = SessionCodec.encode(s)
        let back = try SessionCodec.decode(data)
        #expect(back.session == s)
        #expect(back.repairs.isEmpty)
        // Encoding is deterministic and byte-stable.
        #expect(SessionCodec.encode(back.session) == data)
    }

    @Test func writtenPrettyWithSortedKeys() {
        let text = String(decoding: SessionCodec.encode(Fixtures.fullSession()), as: UTF8.self)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "{")
        let topKeys = lines.filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(topKeys == ["canvas", "createdAt", "id", "problem", "schemaVersion", "steps", "title", "updatedAt"])
        #expect(text.contains("\"createdAt\": \"2026-11-22T09:30:00Z\""))
        #expect(text.hasSuffix("}\n"))
    }

    @Test func missingStepsAreFilledEmpty() throws {
        var obj = """
        {"schemaVersion": 1, "id": "x", "problem": "p", "title": "t", "createdAt": "2026-01-01T00:00:00Z",
         "updatedAt": "2026-01-01T00:00:00Z", "steps": {"clarify": {"text": "hi"}},
         "canvas": {"boxes": [], "arrows": [], "notes": []}}
        """
        obj += "\n"
        let d = try SessionCodec.decode(Data(obj.utf8))
        #expect(d.session.text(of: .clarify) == "hi")
        #expect(d.session.steps.count == 7)
        #expect(d.session.text(of: .monitoring) == "")
    }

    @Test func controlCharactersAreEscapedOnWrite() throws {
        var s = Fixtures.fullSession()
        s.setText("\u{1B}]0;pwned\u{07}\u{1B}[2J done", for: .clarify)
        let text = String(decoding: SessionCodec.encode(s), as: UTF8.self)
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(text.contains("\\u001b]0;pwned\\u0007"))
        #expect(try SessionCodec.decode(Data(text.utf8)).session == s)
    }
}
