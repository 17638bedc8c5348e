import Foundation

/// Runs python3 scripts that tests use as outside references (python's `jsonschema` for the
/// JSON schemas, `wcwidth` for display widths). .ci/run installs both; a test whose module is
/// missing skips with a printed reason instead of failing.
public enum PythonScript {
    /// The result of one run: exit status and everything written to stdout (and stderr when
    /// merged).
    public struct Output: Sendable {
        public let status: Int32
        public let text: String
    }

    /// Whether `python3` runs and can import `module`.
    public static func hasModule(_ module: String) -> Bool {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import \(module)"]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }

    /// Runs `python3 -c source arguments…`, feeding `input` on stdin (from another thread, so a
    /// full stdout pipe cannot deadlock the writer). With `mergeErrors` stderr is captured with
    /// stdout; otherwise it goes to the test's stderr.
    public static func run(_ source: String, arguments: [String] = [], input: String? = nil,
                           mergeErrors: Bool = true) throws -> Output {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", source] + arguments
        let stdout = Pipe()
        p.standardOutput = stdout
        if mergeErrors { p.standardError = stdout }
        let stdin = input.map { _ in Pipe() }
        if let stdin { p.standardInput = stdin } else { p.standardInput = FileHandle.nullDevice }
        try p.run()
        if let stdin, let input {
            let writer = Thread { stdin.fileHandleForWriting.write(Data(input.utf8)); try? stdin.fileHandleForWriting.close() }
            writer.start()
        }
        let text = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return Output(status: p.terminationStatus, text: text)
    }

    /// The validator the schema tests share: checks the schema itself (Draft 2020-12), then each
    /// file, printing `path: field/path: message` per error and a final
    /// `checked N files, M invalid` line; exits 1 when any file is invalid.
    public static let jsonSchemaValidator = """
    import json, sys
    import jsonschema
    schema = json.load(open(sys.argv[1]))
    jsonschema.Draft202012Validator.check_schema(schema)
    v = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    bad = 0
    for path in sys.argv[2:]:
        errors = sorted(v.iter_errors(json.load(open(path))), key=lambda e: list(e.absolute_path))
        for e in errors[:5]:
            print(f"{path}: {'/'.join(map(str, e.absolute_path))}: {e.message[:200]}")
        bad += bool(errors)
    print(f"checked {len(sys.argv) - 2} files, {bad} invalid")
    sys.exit(1 if bad else 0)
    """

    /// Validates `files` against the JSON schema at `schema`, or nil when python3 or
    /// `jsonschema` is missing.
    public static func validateJSON(_ files: [String], schema: String) throws -> Output? {
        guard hasModule("jsonschema") else { return nil }
        return try run(jsonSchemaValidator, arguments: [schema] + files)
    }
}
