import Foundation
import Testing
import TestSupport

/// `mlsd score --json`, run on the shipped example sessions, validates against
/// docs/score.schema.json with a real JSON Schema validator (python3's `jsonschema`, installed
/// by .ci/run); a deliberately broken report is rejected, so the check can fail.
@Suite struct ScoreSchemaTests {
    static let root = TerminalSafetyTests.packageRoot
    static let schema = root + "/docs/score.schema.json"

    static var hasValidator: Bool { PythonScript.hasModule("jsonschema") }

    static func validate(_ files: [String]) throws -> (code: Int32, output: String) {
        let out = try PythonScript.run(PythonScript.jsonSchemaValidator, arguments: [schema] + files)
        return (out.status, out.text)
    }

    @Test(.enabled(if: CLITests.available && ScoreSchemaTests.hasValidator, "needs .build/debug/mlsd and python3 jsonschema"))
    func scoreJSONMatchesTheSchema() throws {
        let examples = try FileManager.default.contentsOfDirectory(atPath: Self.root + "/sessions")
            .filter { $0.hasSuffix(".json") }.sorted().map { Self.root + "/sessions/" + $0 }
        try #require(examples.count >= 2)
        let dir = CLITests.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let one = try CLITests.run(["score", "--json", examples[0]], cwd: Self.root)
        let many = try CLITests.run(["score", "--json"] + examples, cwd: Self.root)
        #expect(one.code == 0, "\(one.err)")
        #expect(many.code == 0, "\(many.err)")
        try one.out.write(toFile: dir + "/one.json", atomically: true, encoding: .utf8)
        try many.out.write(toFile: dir + "/many.json", atomically: true, encoding: .utf8)
        let good = try Self.validate([dir + "/one.json", dir + "/many.json"])
        #expect(good.code == 0, "\(good.output)")
        #expect(good.output.contains("checked 2 files, 0 invalid"), "\(good.output)")

        // The same report with a level out of range and an unknown key must be refused.
        let broken = one.out.replacingOccurrences(of: "\"level\":", with: "\"level\":9,\"levle\":")
        try #require(broken != one.out, "the report has no level to break")
        try broken.write(toFile: dir + "/broken.json", atomically: true, encoding: .utf8)
        let bad = try Self.validate([dir + "/broken.json"])
        #expect(bad.code == 1, "\(bad.output)")
    }
}
