import Foundation
import Testing
@testable import WhiteboardCore

/// Validates saved sessions against docs/session.schema.json with a real JSON Schema
/// validator: python3's `jsonschema` package (installed by .ci/run).
@Suite struct SchemaTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let schema = root + "/docs/session.schema.json"

    static let validator = """
    import json, sys
    import jsonschema
    schema = json.load(open(sys.argv[1]))
    jsonschema.Draft202012Validator.check_schema(schema)
    v = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    bad = 0
    for path in sys.argv[2:]:
        errors = sorted(v.iter_errors(json.load(open(path))), key=lambda e: list(e.path))
        for e in errors:
            print(f"{path}: {'/'.join(map(str, e.path))}: {e.message}")
        bad += bool(errors)
    print(f"checked {len(sys.argv) - 2} files, {bad} invalid")
    sys.exit(1 if bad else 0)
    """

    /// Runs the validator; returns (exit code, output), or nil when python3 or jsonschema is missing.
    static func validate(_ files: [String]) throws -> (Int32, String)? {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import jsonschema"]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        do { try probe.run() } catch { return nil }
        probe.waitUntilExit()
        if probe.terminationStatus != 0 { return nil }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", validator, schema] + files
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return (p.terminationStatus, out)
    }

    @Test func savedSessionsValidate() throws {
        let dir = Fixtures.tempDir()
        let full = dir + "/full.json"
        let empty = dir + "/empty.json"
        try SessionStore.save(Fixtures.fullSession(), to: full)
        try SessionStore.save(Session.new(problem: "video-recommendation", title: "t"), to: empty)
        let examples = SessionFiles.list(in: Self.root + "/sessions")
        #expect(!examples.isEmpty, "sessions/ should ship example sessions")
        guard let (code, out) = try Self.validate([full, empty] + examples) else {
            print("SKIPPED schema validation: python3 with the jsonschema package is not installed (.ci/run installs it)")
            return
        }
        #expect(code == 0, "\(out)")
        #expect(out.contains("checked \(2 + examples.count) files, 0 invalid"))
    }

    @Test func theValidatorRejectsABrokenSession() throws {
        let dir = Fixtures.tempDir()
        let path = dir + "/bad.json"
        let text = String(decoding: SessionCodec.encode(Fixtures.fullSession()), as: UTF8.self)
            .replacingOccurrences(of: "\"width\": 14", with: "\"width\": -3")
        #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)), "cannot write a fixture file")
        guard let (code, out) = try Self.validate([path]) else {
            print("SKIPPED schema validation: python3 with the jsonschema package is not installed")
            return
        }
        #expect(code == 1)
        #expect(out.contains("canvas/boxes/0/width"))
    }
}
