import Foundation
import Testing
@testable import WhiteboardCore
@testable import WhiteboardStore

@Suite struct MigrationTests {
    /// A hypothetical version 0 stored step texts as plain strings; a migration lifts them.
    @Test func oldVersionIsUpgradedThroughTheHook() throws {
        let v0 = """
        {"schemaVersion": 0, "id": "x", "problem": "p", "title": "t", "createdAt": "2026-01-01T00:00:00Z",
         "updatedAt": "2026-01-01T00:00:00Z", "steps": {"clarify": "old text"},
         "canvas": {"boxes": [], "arrows": [], "notes": []}}
        """
        let migrations = SessionMigrations(steps: [0: { old throws(SessionFormatError) in
            var new = old
            guard case .object(let steps)? = old["steps"] else { throw .field(path: "steps", message: "expected an object") }
            var lifted: [String: JSONValue] = [:]
            for (k, v) in steps { lifted[k] = .object(["text": v]) }
            new["steps"] = .object(lifted)
            return new
        }])
        let d = try SessionCodec.decode(Data(v0.utf8), migrations: migrations)
        #expect(d.session.text(of: .clarify) == "old text")
        #expect(d.session.schemaVersion == 1)
        // Without the migration the same file is refused with a clear reason.
        #expect(throws: SessionFormatError.field(path: "schemaVersion", message: "version 0 is not supported by this mlsd (no migration from it)")) {
            try SessionCodec.decode(Data(v0.utf8))
        }
    }
}
