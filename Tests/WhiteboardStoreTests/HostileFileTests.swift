import Foundation
import Testing
import TextMetrics
import WhiteboardCore
import WhiteboardStore
#if canImport(Glibc)
import Glibc
#endif

/// Feeds thousands of damaged session files to `SessionStore.load(path:)`.
///
/// Every case must end in a clean load or in a `SessionLoadError` whose description is one
/// line naming the file and the reason; the file must be byte-for-byte unchanged afterwards.
/// Where a mutation has a certain outcome (a truncated file, a duplicate key, an arrow to a
/// missing box…) that outcome is checked too.
///
/// Replay: `MLSD_HOSTILE_SEED=<seed>` reruns a run, `MLSD_HOSTILE_CASE=<n>` one case of it,
/// `MLSD_HOSTILE_SEED=random` explores a fresh seed, `MLSD_HOSTILE_CASES=<n>` changes the count.
@Suite struct HostileFileTests {
    static let defaultSeed: UInt64 = 0x6D6C_7364_0007_0001

    @Test func tenThousandMutatedSessionsNeverCrashAndAreRejectedCleanly() throws {
        let seed = SeededRandom.seed(environment: "MLSD_HOSTILE_SEED", fallback: Self.defaultSeed)
        let env = ProcessInfo.processInfo.environment
        let count = env["MLSD_HOSTILE_CASES"].flatMap(Int.init) ?? 10_000
        let only = env["MLSD_HOSTILE_CASE"].flatMap(Int.init)
        print("hostile files: seed 0x\(String(seed, radix: 16)), \(count) cases (replay with MLSD_HOSTILE_SEED=0x\(String(seed, radix: 16)))")

        // Valid sessions to start each case from (made once: building them is the slow part in debug).
        var baseRandom = SeededRandom(seed: seed)
        let bases = (0..<48).map { _ in BaseSession(SampleSessions.make(&baseRandom)) }
        let dir = try TemporaryFolder()
        let names = ["session.json", "with space é.json", "evil\u{1B}]0;title\u{07}name.json", "new\nline.json"]
        var failures: [String] = []
        var outcomes: [String: Int] = [:]
        var slowest: (Duration, Int) = (.zero, -1)
        let clock = ContinuousClock()
        var loadTime = Duration.zero
        var genTime = Duration.zero

        for index in 0..<count {
            if let only, only != index { continue }
            var rng = SeededRandom.forCase(index, seed: seed)
            let genStart = clock.now
            let hostile = HostileSession.make(&rng, bases: bases)
            genTime += clock.now - genStart
            let path = dir.path + "/" + names[index % names.count]
            let original = Data(hostile.bytes)
            if only != nil {
                print("case \(index) [\(hostile.label)], expecting \(hostile.expectation):")
                print(String(decoding: hostile.bytes.prefix(4000), as: UTF8.self).debugDescription)
            }
            try writeFile(path, hostile.bytes)

            let start = clock.now
            let result = Result { () throws(SessionLoadError) in try SessionStore.load(path: path) }
            let elapsed = clock.now - start
            if elapsed > slowest.0 { slowest = (elapsed, index) }
            loadTime += elapsed

            var problems = CaseCheck.check(result, path: path, expectation: hostile.expectation)
            let after = try Data(contentsOf: URL(fileURLWithPath: path))

            if after != original { problems.append("the loader modified the file") }
            switch result {
            case .success: outcomes["loaded", default: 0] += 1
            case .failure(let e): outcomes[e.reasonKind, default: 0] += 1
            }
            if !problems.isEmpty, failures.count < 20 {
                failures.append("case \(index) [\(hostile.label)]: \(problems.joined(separator: "; "))")
            }
        }
        print("hostile files: outcomes \(outcomes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")); slowest load \(slowest.0) (case \(slowest.1)); all loads \(loadTime), generating \(genTime)")
        if !failures.isEmpty {
            Issue.record("""
                hostile files failed with seed 0x\(String(seed, radix: 16)) \
                (replay one case with MLSD_HOSTILE_SEED=0x\(String(seed, radix: 16)) MLSD_HOSTILE_CASE=<n>):
                \(failures.joined(separator: "\n"))
                """)
        }
        // A guard against hangs, not a performance check: no single load may take seconds.
        #expect(slowest.0 < .seconds(10), "case \(slowest.1) took \(slowest.0) with seed 0x\(String(seed, radix: 16))")
        if only == nil {
            // The mix must really exercise both sides.
            #expect((outcomes["loaded"] ?? 0) > count / 50)
            #expect((outcomes["syntax"] ?? 0) > count / 5)
        }
    }

    @Test func filesThatAreNotRegularAreRefusedWithoutBlocking() throws {
        let dir = try TemporaryFolder()
        var rng = SeededRandom(seed: 7)
        let valid = dir.path + "/valid.json"
        try SessionStore.save(SampleSessions.make(&rng), to: valid)

        func expectRefused(_ path: String, _ words: String, sourceLocation: SourceLocation = #_sourceLocation) {
            let result = Result { () throws(SessionLoadError) in try SessionStore.load(path: path) }
            guard case .failure(let e) = result else {
                Issue.record("\(path) loaded but should be refused", sourceLocation: sourceLocation)
                return
            }
            #expect(e.description.hasPrefix(InertText.escape(path) + ": "), sourceLocation: sourceLocation)
            #expect(e.description.contains(words), "\(e.description)", sourceLocation: sourceLocation)
            #expect(!e.description.contains("\n"), sourceLocation: sourceLocation)
        }
        expectRefused(dir.path, "is a directory")
        expectRefused(dir.path + "/missing.json", "no such file")

        let fifo = dir.path + "/fifo.json"
        #expect(mkfifo(fifo, 0o600) == 0)
        expectRefused(fifo, "not a regular file")  // would block forever if opened blocking
        let linkToFifo = dir.path + "/link-to-fifo.json"
        #expect(symlink(fifo, linkToFifo) == 0)
        expectRefused(linkToFifo, "not a regular file")
        expectRefused("/dev/null", "not a regular file")

        let linkToValid = dir.path + "/link.json"
        #expect(symlink(valid, linkToValid) == 0)
        #expect(throws: Never.self) { try SessionStore.load(path: linkToValid) }

        let huge = dir.path + "/huge.json"
        let fd = open(huge, O_WRONLY | O_CREAT, 0o644)
        #expect(ftruncate(fd, off_t(SessionStore.maxFileSize + 1)) == 0)  // sparse: cheap to make
        close(fd)
        expectRefused(huge, "are refused")
    }

    @Test func escapeSequencesInTheFileNeverReachAnErrorMessage() throws {
        let dir = try TemporaryFolder()
        let path = dir.path + "/evil.json"
        let evil = #"{"schemaVersion":1,"id":"x","problem":"p","title":"t","createdAt":"\u001b]0;pwned\u0007\u001b[2J","updatedAt":"2026-01-01T00:00:00Z","steps":{},"canvas":{"boxes":[],"arrows":[],"notes":[]}}"#
        try Data(evil.utf8).write(to: URL(fileURLWithPath: path))
        let result = Result { () throws(SessionLoadError) in try SessionStore.load(path: path) }
        guard case .failure(let e) = result else { Issue.record("a control-character date loaded"); return }
        #expect(!e.description.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(e.description.contains("^[]0;pwned^G"), "\(e.description)")
    }
}

/// A valid session prepared once for many cases: its document, nodes and bytes.
struct BaseSession {
    let doc: RawJSON
    let nodes: [RawJSON.Node]
    let pretty: [UInt8]
    let compact: [UInt8]

    init(_ session: Session) {
        doc = RawJSON(SessionCodec.jsonValue(of: session))
        nodes = doc.nodes()
        pretty = doc.bytes(pretty: true)
        compact = doc.bytes(pretty: false)
    }
}

/// What a case must end in, when the mutation alone decides it.
enum Expectation: CustomStringConvertible {
    case anything
    case loads
    case loadsWithRepair(String)
    case rejected(String, containing: String?)

    var description: String {
        switch self {
        case .anything: "anything"
        case .loads: "a clean load"
        case .loadsWithRepair(let r): "a load with repair \"\(r)\""
        case let .rejected(kind, text): "a \(kind) rejection" + (text.map { " mentioning \"\($0)\"" } ?? "")
        }
    }
}

/// A damaged session file: its bytes, what was done to it and what loading it must give.
struct HostileSession {
    var bytes: [UInt8]
    var label: String
    var expectation: Expectation

    /// A valid session put through one to four random mutations. The expectation is kept only
    /// when a single mutation was made (several can interact).
    static func make(_ rng: inout SeededRandom, bases: [BaseSession]) -> HostileSession {
        let base = bases.randomElement(using: &rng)!
        var doc = base.doc
        var labels: [String] = []
        var expectation = Expectation.anything
        let structural = Int.random(in: 0...2, using: &rng)
        let byteLevel = Int.random(in: structural == 0 ? 1...2 : 0...1, using: &rng)
        for i in 0..<structural {
            let (label, expect) = StructuralMutation.apply(to: &doc, &rng, nodes: i == 0 ? base.nodes : nil)
            labels.append(label)
            expectation = expect
        }
        let pretty = Bool.random(using: &rng)
        var bytes = structural == 0 ? (pretty ? base.pretty : base.compact) : doc.bytes(pretty: pretty)
        for _ in 0..<byteLevel {
            let (label, expect) = ByteMutation.apply(to: &bytes, &rng)
            labels.append(label)
            expectation = expect
        }
        if labels.count != 1 { expectation = .anything }
        return HostileSession(bytes: bytes, label: labels.joined(separator: " + "), expectation: expectation)
    }
}

/// Mutations made on the document structure.
enum StructuralMutation {
    static let extremeNumbers = [
        "1e308", "-1e308", "1e400", "-1e400", "9223372036854775807", "9223372036854775808",
        "-9223372036854775809", "18446744073709551616", "100001", "-100001", "100000", "-100000",
        "2147483647", "2147483648", "-1", "0", "-0", "1", "2", "0.5", "1.0", "1e2", "1E-400", "-0.0",
        "123456789012345678901234567890", "1" + String(repeating: "0", count: 400), "4.9e-324",
    ]
    static let escapedControls = [
        #"\u001b]0;pwned\u0007"#, #"\u001b[2J"#, #"\u0000"#, #"\u009b31m"#, #"\r"#, #"\u2028"#,
        #"\u202e"#, #"\b\f"#, #"\u001bP+q\u001b\\"#, #"\u007f"#,
    ]
    static let badEscapes = [#"\x"#, #"\u12G4"#, #"\ud800"#, #"\udc00"#, #"\ud800\u0041"#, #"\'"#, #"\U0041"#, "\\\n", #"\u-123"#]
    static let invalidUTF8: [[UInt8]] = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xF4, 0x90, 0x80, 0x80], [0xFE, 0xFE]]
    static let wrongValues = ["\"x\"", "\"\"", "0", "-1", "true", "false", "null", "[]", "{}", "[1,2]", "{\"a\":1}", "\"1\""]

    /// Applies one random mutation that fits the document (earlier mutations may have removed
    /// the parts some need).
    static func apply(to doc: inout RawJSON, _ rng: inout SeededRandom, nodes: [RawJSON.Node]? = nil) -> (String, Expectation) {
        let nodes = nodes ?? doc.nodes()
        for _ in 0..<50 {
            if let done = tryApply(to: &doc, &rng, nodes: nodes) { return done }
        }
        return ("no mutation fitted", .anything)
    }

    static func tryApply(to doc: inout RawJSON, _ rng: inout SeededRandom, nodes: [RawJSON.Node]) -> (String, Expectation)? {
        let strings = nodes.filter { if case .string = $0.node { return true } else { return false } }
        switch Int.random(in: 0..<17, using: &rng) {
        case 0:
            guard let n = nodes.dropFirst().randomElement(using: &rng) else { return nil }
            doc.replace(at: n.path, with: .token(wrongValues.randomElement(using: &rng)!))
            return ("wrong type at \(n.field)", .anything)
        case 1:
            let numeric = nodes.filter { if case .token(let t) = $0.node { return Double(t) != nil } else { return false } }
            guard let n = numeric.randomElement(using: &rng) else { return nil }
            let token = extremeNumbers.randomElement(using: &rng)!
            doc.replace(at: n.path, with: .token(token))
            return ("number \(token.prefix(30)) at \(n.field)", expectation(number: token, field: n.field))
        case 2:
            let n = nodes.randomElement(using: &rng)!
            let depth = [1, 5, 30, 65, 66, 100, 1000, 10_000].randomElement(using: &rng)!
            let useArrays = Bool.random(using: &rng)
            let open = useArrays ? "[" : "{\"k\":"
            let close = useArrays ? "]" : "}"
            let text = String(repeating: open, count: depth) + "0" + String(repeating: close, count: depth)
            doc.replace(at: n.path, with: .token(text))
            return ("nesting \(depth) deep at \(n.field)", depth > JSONParser.maxDepth ? .rejected("syntax", containing: "nested") : .anything)
        case 3:
            guard let n = strings.randomElement(using: &rng) else { return nil }
            doc.replace(at: n.path, with: .string(insertAtEdge(of: n.node, invalidUTF8.randomElement(using: &rng)!, &rng)))
            return ("invalid UTF-8 in \(n.field)", .rejected("syntax", containing: "UTF-8"))
        case 4:
            guard let n = strings.randomElement(using: &rng) else { return nil }
            let byte = [UInt8](0...0x1F).randomElement(using: &rng)!
            doc.replace(at: n.path, with: .string(insertAtEdge(of: n.node, [byte], &rng)))
            return ("raw control byte \(byte) in \(n.field)", .rejected("syntax", containing: "control character"))
        case 5:
            guard let n = strings.randomElement(using: &rng) else { return nil }
            doc.replace(at: n.path, with: .string(insertAtEdge(of: n.node, Array(escapedControls.randomElement(using: &rng)!.utf8), &rng)))
            return ("escaped control characters in \(n.field)", n.field.hasPrefix("steps.") && n.field.hasSuffix(".text") ? .loads : .anything)
        case 6:
            guard let n = strings.randomElement(using: &rng) else { return nil }
            doc.replace(at: n.path, with: .string(insertAtEdge(of: n.node, Array(badEscapes.randomElement(using: &rng)!.utf8), &rng)))
            return ("bad escape in \(n.field)", .rejected("syntax", containing: nil))
        case 7:
            let ends = nodes.filter { $0.field.hasPrefix("canvas.arrows[") && ($0.field.hasSuffix(".from") || $0.field.hasSuffix(".to")) }
            guard let n = ends.randomElement(using: &rng) else { return nil }
            doc.replace(at: n.path, with: .string(Array("ghost-\(rng.next() % 1000)".utf8)))
            let arrowField = n.field[..<n.field.lastIndex(of: ".")!]
            let arrowID = nodes.first { $0.field == arrowField + ".id" }
            let id: String = if case .string(let b)? = arrowID?.node { String(decoding: b, as: UTF8.self) } else { "" }
            return ("arrow to a missing box at \(n.field)", .loadsWithRepair("removed arrow \(id)"))
        case 8:
            let objects = nodes.filter { if case .object(let m) = $0.node { return !m.isEmpty } else { return false } }
            guard let n = objects.randomElement(using: &rng) else { return nil }
            doc.editMembers(at: n.path) { members in
                var copy = members.randomElement(using: &rng)!
                if Bool.random(using: &rng) { copy.value = .token("0") }
                members.insert(copy, at: Int.random(in: 0...members.count, using: &rng))
            }
            return ("duplicate key in \(n.field.isEmpty ? "(top level)" : n.field)", .rejected("syntax", containing: "duplicate key"))
        case 9:
            let ids = nodes.filter { $0.field.hasPrefix("canvas.") && $0.field.hasSuffix(".id") }
            guard ids.count >= 2 else { return nil }
            let a = ids.randomElement(using: &rng)!
            guard let b = ids.filter({ $0.path != a.path }).randomElement(using: &rng) else { return nil }
            doc.replace(at: b.path, with: a.node)
            return ("duplicate id at \(b.field)", .rejected("invariant", containing: "duplicate id"))
        case 10:
            let objects = nodes.filter { if case .object(let m) = $0.node { return !m.isEmpty } else { return false } }
            guard let n = objects.randomElement(using: &rng) else { return nil }
            var removed = ""
            doc.editMembers(at: n.path) { members in
                let i = Int.random(in: 0..<members.count, using: &rng)
                removed = String(decoding: members[i].key, as: UTF8.self)
                members.remove(at: i)
            }
            return ("removed \(n.field.isEmpty ? removed : n.field + "." + removed)", n.field.isEmpty ? .rejected("field", containing: "missing") : .anything)
        case 11:
            let hostileKeys = ["extra", #"evil\u001b[2Jkey"#, #"\n"#, String(repeating: "k", count: 1000), "", "日本"]
            let key = hostileKeys.randomElement(using: &rng)!
            let inSteps = Bool.random(using: &rng)
            guard let stepsPath = nodes.first(where: { $0.field == "steps" })?.path, case .object = doc else { return nil }
            doc.editMembers(at: inSteps ? stepsPath : []) { $0.append((key: Array(key.utf8), value: .object([(key: Array("text".utf8), value: .string([]))]))) }
            return ("unknown key in \(inSteps ? "steps" : "(top level)")", inSteps ? .rejected("field", containing: "unknown step") : .loads)
        case 12:
            guard let n = strings.randomElement(using: &rng) else { return nil }
            let size = Int.random(in: 0..<10, using: &rng) == 0 ? 100_000 : [1_000, 10_000].randomElement(using: &rng)!
            let unit = ["a", "日", "🚀", #"\n"#, #"\u001b"#, " "].randomElement(using: &rng)!
            doc.replace(at: n.path, with: .string(Array(String(repeating: unit, count: size).utf8)))
            return ("giant string (\(size) × \(unit)) at \(n.field)", n.field.hasPrefix("steps.") ? .loads : .anything)
        case 13:
            let which = ["boxes", "arrows", "notes"].randomElement(using: &rng)!
            guard let n = nodes.first(where: { $0.field == "canvas.\(which)" }) else { return nil }
            doc.replace(at: n.path, with: .token("[" + Array(repeating: "{}", count: SessionCodec.maxCanvasItems + 1).joined(separator: ",") + "]"))
            return ("\(SessionCodec.maxCanvasItems + 1) \(which)", .rejected("field", containing: "at most"))
        case 14:
            let candidates = Array(nodes.dropFirst())
            guard let a = candidates.randomElement(using: &rng), let b = candidates.randomElement(using: &rng) else { return nil }
            guard !a.path.starts(with: b.path), !b.path.starts(with: a.path) else { return nil }
            doc.replace(at: a.path, with: b.node)
            doc.replace(at: b.path, with: a.node)
            return ("swapped \(a.field) and \(b.field)", .anything)
        case 15:
            let versions: [(String, Expectation)] = [
                ("0", .rejected("field", containing: "not supported")), ("2", .rejected("newerVersion", containing: nil)),
                ("99", .rejected("newerVersion", containing: nil)), ("-1", .rejected("field", containing: "out of range")),
                ("1.5", .rejected("field", containing: "integer")), ("\"1\"", .rejected("field", containing: "integer")),
                ("null", .rejected("field", containing: "integer")), ("2147483648", .rejected("field", containing: "out of range")),
                ("1.0", .loads), ("1e0", .loads),
            ]
            let (token, expect) = versions.randomElement(using: &rng)!
            guard let n = nodes.first(where: { $0.field == "schemaVersion" }) else { return nil }
            doc.replace(at: n.path, with: .token(token))
            return ("schemaVersion \(token)", expect)
        default:
            let dates: [(String, Bool)] = [
                ("", false), ("2026-13-01T00:00:00Z", false), ("yesterday", false), ("2026-11-22T09:30:00", false),
                ("2026-11-22T09:30:00.123Z", true), ("2026-11-22T09:30:00+02:00", true),
                (#"\u001b]0;x\u0007"#, false),
            ]
            let (text, valid) = dates.randomElement(using: &rng)!
            let field = Bool.random(using: &rng) ? "createdAt" : "updatedAt"
            guard let n = nodes.first(where: { $0.field == field }) else { return nil }
            doc.replace(at: n.path, with: .string(Array(text.utf8)))
            return ("\(field) \"\(text)\"", valid ? .loads : .rejected("field", containing: "ISO 8601"))
        }
    }

    /// The string's bytes with `insert` at its start or end, never inside an escape or a character.
    static func insertAtEdge(of node: RawJSON, _ insert: [UInt8], _ rng: inout SeededRandom) -> [UInt8] {
        guard case .string(let b) = node else { return insert }
        return Bool.random(using: &rng) ? insert + b : b + insert
    }

    /// What an extreme number must give in a field with a known range.
    static func expectation(number token: String, field: String) -> Expectation {
        guard let v = Double(token) else { return .anything }
        let isInteger = v.isFinite && v == v.rounded()
        let last = field.split(separator: ".").last.map(String.init) ?? field
        let range: ClosedRange<Double>
        switch last {
        case "x", "y": range = -100_000...100_000
        case "width", "height": range = 1...100_000
        case "secondsSpent": range = 0...2_147_483_647
        case "schemaVersion":
            if isInteger && v == 1 { return .loads }
            if isInteger && v > 1 && v <= 2_147_483_647 { return .rejected("newerVersion", containing: nil) }
            return .rejected("field", containing: "schemaVersion")
        default: return .anything
        }
        if !isInteger { return .rejected("field", containing: "integer") }
        if !range.contains(v) { return .rejected("field", containing: "out of range") }
        if (last == "width" || last == "height") && v < 2 { return .rejected("invariant", containing: "at least 2") }
        return .loads
    }
}

/// Mutations made on the file's bytes.
enum ByteMutation {
    static let wholeFiles: [String] = [
        "", "null", "[]", "{}", "\"session\"", "0", " \n\t ", String(repeating: "{", count: 20_000),
        String(repeating: "[", count: 20_000), "{\"schemaVersion\":1}", "\u{FEFF}", String(repeating: " ", count: 50_000),
    ]

    static func apply(to bytes: inout [UInt8], _ rng: inout SeededRandom) -> (String, Expectation) {
        switch Int.random(in: 0..<10, using: &rng) {
        case 0:
            let lastBrace = bytes.lastIndex(of: UInt8(ascii: "}")) ?? bytes.count
            let n = Int.random(in: 0..<max(1, lastBrace), using: &rng)
            bytes.removeSubrange(n...)
            return ("truncated to \(n) bytes", .rejected("syntax", containing: nil))
        case 1:
            let k = Int.random(in: 1...8, using: &rng)
            for _ in 0..<k where !bytes.isEmpty {
                let i = Int.random(in: 0..<bytes.count, using: &rng)
                if Bool.random(using: &rng) { bytes[i] ^= 1 << UInt8.random(in: 0...7, using: &rng) } else { bytes[i] = UInt8.random(in: 0...255, using: &rng) }
            }
            return ("\(k) byte flips", .anything)
        case 2:
            let i = Int.random(in: 0...bytes.count, using: &rng)
            let junk = (0..<Int.random(in: 1...16, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            bytes.insert(contentsOf: junk, at: i)
            return ("\(junk.count) random bytes inserted at \(i)", .anything)
        case 3:
            guard !bytes.isEmpty else { return ("nothing to delete", .anything) }
            let i = Int.random(in: 0..<bytes.count, using: &rng)
            let n = Int.random(in: 1...min(64, bytes.count - i), using: &rng)
            bytes.removeSubrange(i..<i + n)
            return ("deleted \(n) bytes at \(i)", .anything)
        case 4:
            guard !bytes.isEmpty else { return ("nothing to copy", .anything) }
            let i = Int.random(in: 0..<bytes.count, using: &rng)
            let n = Int.random(in: 1...min(200, bytes.count - i), using: &rng)
            let slice = Array(bytes[i..<i + n])
            bytes.insert(contentsOf: slice, at: Int.random(in: 0...bytes.count, using: &rng))
            return ("copied \(n) bytes from \(i)", .anything)
        case 5:
            let fixes: [([UInt8], Bool, Expectation)] = [
                ([0xEF, 0xBB, 0xBF], true, .loads), ([0x00], true, .rejected("syntax", containing: nil)),
                ([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF], true, .rejected("syntax", containing: nil)), (Array(" \r\n\t".utf8), true, .loads),
                (Array("\n\n  ".utf8), false, .loads), (Array("x".utf8), false, .rejected("syntax", containing: "after the end")),
                (Array("{}".utf8), false, .rejected("syntax", containing: "after the end")), ([0x00], false, .rejected("syntax", containing: "after the end")),
            ]
            let (junk, atStart, expect) = fixes.randomElement(using: &rng)!
            if atStart { bytes.insert(contentsOf: junk, at: 0) } else { bytes.append(contentsOf: junk) }
            return ("\(junk.count) bytes \(atStart ? "before" : "after") the document", expect)
        case 6:
            let text = wholeFiles.randomElement(using: &rng)!
            bytes = Array(text.utf8)
            return ("whole file replaced by \(text.utf8.count) bytes", text == "{\"schemaVersion\":1}" ? .rejected("field", containing: "missing") : .rejected(text.hasPrefix("{") && text.count == 2 ? "field" : (text.hasPrefix("\"") || text == "null" || text == "[]" || text == "0") ? "field" : "syntax", containing: nil))
        case 7:
            let i = Int.random(in: 0...bytes.count, using: &rng)
            let junk = StructuralMutation.invalidUTF8.randomElement(using: &rng)!
            bytes.insert(contentsOf: junk, at: i)
            return ("invalid UTF-8 inserted at \(i)", .rejected("syntax", containing: nil))
        case 8:
            let i = Int.random(in: 0...bytes.count, using: &rng)
            let b = ([UInt8](0...8) + [0x0B, 0x0C] + [UInt8](0x0E...0x1F)).randomElement(using: &rng)!
            bytes.insert(b, at: i)
            return ("control byte \(b) inserted at \(i)", .rejected("syntax", containing: nil))
        default:
            let n = (0..<Int.random(in: 1...4096, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            bytes = n
            return ("whole file replaced by \(n.count) random bytes", .anything)
        }
    }
}

/// Checks one case's outcome; returns the problems found.
enum CaseCheck {
    static func check(_ result: Result<SessionCodec.Decoded, SessionLoadError>, path: String, expectation: Expectation) -> [String] {
        var problems: [String] = []
        switch result {
        case .failure(let e):
            let d = e.description
            let prefix = InertText.escape(path) + ": "
            if !d.hasPrefix(prefix) { problems.append("message does not start with the file name: \(String(d.prefix(200)).debugDescription)") }
            if d.count <= prefix.count + 5 { problems.append("message gives no reason: \(d.debugDescription)") }
            if d.unicodeScalars.contains(where: { InertText.visible($0) != nil }) {
                problems.append("message holds control characters or several lines: \(d.debugDescription.prefix(300))")
            }
            if d.count > prefix.count + 400 { problems.append("message is \(d.count) characters long") }
            switch expectation {
            case .loads, .loadsWithRepair: problems.append("expected \(expectation), got: \(String(d.prefix(300)).debugDescription)")
            case let .rejected(kind, text):
                if e.reasonKind != kind || !(text.map { d.contains($0) } ?? true) {
                    problems.append("expected \(expectation), got: \(String(d.prefix(300)).debugDescription)")
                }
            case .anything: break
            }
        case .success(let decoded):
            problems += checkLoaded(decoded)
            switch expectation {
            case .rejected: problems.append("expected \(expectation), but it loaded")
            case .loadsWithRepair(let text):
                if !decoded.repairs.contains(where: { $0.hasPrefix(text) }) { problems.append("expected repair \"\(text)\", got \(decoded.repairs)") }
            case .loads, .anything: break
            }
        }
        return problems
    }

    /// A loaded session must keep the canvas rules and survive a save/load round trip.
    static func checkLoaded(_ decoded: SessionCodec.Decoded) -> [String] {
        var problems: [String] = []
        let s = decoded.session
        if Set(s.steps.keys) != Set(StepID.allCases) { problems.append("steps missing after load") }
        let boxIDs = Set(s.canvas.boxes.map(\.id))
        if boxIDs.count != s.canvas.boxes.count { problems.append("duplicate box ids after load") }
        if s.canvas.boxes.contains(where: { $0.width < 2 || $0.height < 2 }) { problems.append("degenerate box after load") }
        if s.canvas.arrows.contains(where: { !boxIDs.contains($0.from) || !boxIDs.contains($0.to) }) {
            problems.append("an arrow points at a missing box after load")
        }
        for r in decoded.repairs where r.unicodeScalars.contains(where: { InertText.visible($0) != nil }) || r.count > 400 {
            problems.append("repair message is not one short inert line: \(r.debugDescription.prefix(200))")
        }
        do {
            let again = try SessionCodec.decode(SessionCodec.encode(s))
            if again.session != s { problems.append("session changed in a save/load round trip") }
            if !again.repairs.isEmpty { problems.append("round trip needed repairs: \(again.repairs)") }
        } catch {
            problems.append("a loaded session failed to round-trip: \(error)")
        }
        return problems
    }
}

extension SessionLoadError {
    /// A short name of the kind of rejection, for statistics and expectations.
    var reasonKind: String {
        switch reason {
        case .unreadable: "unreadable"
        case .tooLarge: "tooLarge"
        case .format(.syntax): "syntax"
        case .format(.field): "field"
        case .format(.newerVersion): "newerVersion"
        case .format(.invariant): "invariant"
        }
    }
}

/// Writes `bytes` to `path` in place (plain open/write/close: Foundation's `Data.write` is far
/// slower, and this test writes ten thousand files).
func writeFile(_ path: String, _ bytes: [UInt8]) throws {
    unlink(path)  // a fresh file: truncating one in place makes ext4 flush it on close
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
    defer { close(fd) }
    var offset = 0
    while offset < bytes.count {
        let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
        guard n > 0 else { throw CocoaError(.fileWriteUnknown) }
        offset += n
    }
}

/// A fresh folder under the system temp folder, removed when the value goes away.
final class TemporaryFolder {
    let path: String

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/mlsd-test-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
        path = String(cString: made)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
