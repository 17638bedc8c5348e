import Foundation
import WhiteboardCore

/// Converts sessions to and from their JSON file form (see docs/session-format.md).
public enum SessionCodec {
    /// Largest coordinate or size accepted on the canvas.
    public static let maxCoordinate = 100_000
    /// Largest number of boxes, arrows or notes accepted.
    public static let maxCanvasItems = 10_000

    // MARK: Encoding

    /// The session as pretty-printed JSON with sorted keys and a trailing newline.
    public static func encode(_ session: Session) -> Data {
        Data(JSONWriter.write(jsonValue(of: session)).utf8)
    }

    /// The session as a JSON value tree.
    public static func jsonValue(of s: Session) -> JSONValue {
        var steps: [String: JSONValue] = [:]
        for step in StepID.allCases {
            let entry = s.steps[step] ?? StepEntry()
            steps[step.rawValue] = .object([
                "text": .string(entry.text),
                "secondsSpent": .number(Double(entry.secondsSpent)),
            ])
        }
        let boxes: [JSONValue] = s.canvas.boxes.map { b in
            var o: [String: JSONValue] = [
                "id": .string(b.id), "x": .number(Double(b.x)), "y": .number(Double(b.y)),
                "width": .number(Double(b.width)), "height": .number(Double(b.height)),
                "label": .string(b.label),
            ]
            if let kind = b.kind { o["kind"] = .string(kind) }
            return .object(o)
        }
        let arrows: [JSONValue] = s.canvas.arrows.map { a in
            var o: [String: JSONValue] = ["id": .string(a.id), "from": .string(a.from), "to": .string(a.to)]
            if let label = a.label { o["label"] = .string(label) }
            if a.bothWays { o["bothWays"] = .bool(true) }
            if a.line != .solid { o["line"] = .string(a.line.rawValue) }
            return .object(o)
        }
        let notes: [JSONValue] = s.canvas.notes.map { n in
            .object(["id": .string(n.id), "x": .number(Double(n.x)), "y": .number(Double(n.y)), "text": .string(n.text)])
        }
        var canvasObject: [String: JSONValue] = ["boxes": .array(boxes), "arrows": .array(arrows), "notes": .array(notes)]
        if let style = s.canvas.style { canvasObject["style"] = .string(style) }
        var root: [String: JSONValue] = [
            "schemaVersion": .number(Double(s.schemaVersion)),
            "id": .string(s.id),
            "problem": .string(s.problem),
            "title": .string(s.title),
            "createdAt": .string(ISO8601.format(s.createdAt)),
            "updatedAt": .string(ISO8601.format(s.updatedAt)),
            "steps": .object(steps),
            "canvas": .object(canvasObject),
        ]
        if let step = s.currentStep { root["currentStep"] = .string(step.rawValue) }
        return .object(root)
    }

    // MARK: Decoding

    /// The result of decoding: the session and any repairs made to it.
    public struct Decoded: Sendable {
        public var session: Session
        /// One line per repair, e.g. "removed arrow a3: it points at missing box b9".
        public var repairs: [String]
    }

    /// Parses and checks a session file's bytes.
    public static func decode(_ data: Data, migrations: SessionMigrations = .standard) throws(SessionFormatError) -> Decoded {
        try decode(bytes: Array(data), migrations: migrations)
    }

    /// Parses and checks a session file's bytes.
    public static func decode(bytes: [UInt8], migrations: SessionMigrations = .standard) throws(SessionFormatError) -> Decoded {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw .syntax(line: error.line, column: error.column, message: error.message)
        }
        guard case .object(var object) = root else {
            throw .field(path: "(top level)", message: "expected an object, found \(root.typeName)")
        }
        let version = try FieldReader.int(object, "schemaVersion", path: "", range: 0...Int(Int32.max))
        object = try migrations.upgrade(object, from: version)
        return try decodeCurrent(object)
    }

    private static func decodeCurrent(_ o: [String: JSONValue]) throws(SessionFormatError) -> Decoded {
        let r = FieldReader.self
        let id = try r.string(o, "id", path: "")
        let problem = try r.string(o, "problem", path: "")
        let title = try r.string(o, "title", path: "")
        let createdAt = try r.date(o, "createdAt", path: "")
        let updatedAt = try r.date(o, "updatedAt", path: "")
        if id.isEmpty { throw .field(path: "id", message: "must not be empty") }
        if problem.isEmpty { throw .field(path: "problem", message: "must not be empty") }

        var currentStep: StepID?
        if let raw = try r.optionalString(o, "currentStep", path: "") {
            guard let step = StepID(rawValue: raw) else {
                throw .field(path: "currentStep", message: "unknown step \(MessageText.quoted(raw, limit: 40)) (expected one of \(StepID.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            currentStep = step
        }

        let stepsObject = try r.object(o, "steps", path: "")
        var steps: [StepID: StepEntry] = [:]
        for (key, value) in stepsObject {
            guard let step = StepID(rawValue: key) else {
                throw .field(path: "steps.\(MessageText.inert(key))", message: "unknown step (expected one of \(StepID.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard case .object(let entry) = value else {
                throw .field(path: "steps.\(key)", message: "expected an object, found \(value.typeName)")
            }
            let text = try r.string(entry, "text", path: "steps.\(key)")
            let seconds = try r.optionalInt(entry, "secondsSpent", path: "steps.\(key)", range: 0...Int(Int32.max)) ?? 0
            steps[step] = StepEntry(text: text, secondsSpent: seconds)
        }

        let canvasObject = try r.object(o, "canvas", path: "")
        let coord = -maxCoordinate...maxCoordinate
        let size = 1...maxCoordinate
        var boxes: [Box] = []
        for (i, item) in try r.array(canvasObject, "boxes", path: "canvas", maxCount: maxCanvasItems).enumerated() {
            let p = "canvas.boxes[\(i)]"
            guard case .object(let b) = item else { throw .field(path: p, message: "expected an object, found \(item.typeName)") }
            boxes.append(Box(
                id: try r.string(b, "id", path: p),
                x: try r.int(b, "x", path: p, range: coord),
                y: try r.int(b, "y", path: p, range: coord),
                width: try r.int(b, "width", path: p, range: size),
                height: try r.int(b, "height", path: p, range: size),
                label: try r.string(b, "label", path: p),
                kind: try r.optionalString(b, "kind", path: p)))
        }
        var arrows: [Arrow] = []
        for (i, item) in try r.array(canvasObject, "arrows", path: "canvas", maxCount: maxCanvasItems).enumerated() {
            let p = "canvas.arrows[\(i)]"
            guard case .object(let a) = item else { throw .field(path: p, message: "expected an object, found \(item.typeName)") }
            arrows.append(Arrow(
                id: try r.string(a, "id", path: p),
                from: try r.string(a, "from", path: p),
                to: try r.string(a, "to", path: p),
                label: try r.optionalString(a, "label", path: p),
                bothWays: try r.optionalBool(a, "bothWays", path: p) ?? false,
                line: try r.arrowLine(a, path: p)))
        }
        var notes: [Note] = []
        for (i, item) in try r.array(canvasObject, "notes", path: "canvas", maxCount: maxCanvasItems).enumerated() {
            let p = "canvas.notes[\(i)]"
            guard case .object(let n) = item else { throw .field(path: p, message: "expected an object, found \(item.typeName)") }
            notes.append(Note(
                id: try r.string(n, "id", path: p),
                x: try r.int(n, "x", path: p, range: coord),
                y: try r.int(n, "y", path: p, range: coord),
                text: try r.string(n, "text", path: p)))
        }
        let style = try r.optionalString(canvasObject, "style", path: "canvas")
        if let style, !Canvas.lineStyles.contains(style) {
            throw .field(path: "canvas.style", message: "unknown line style \(MessageText.quoted(style, limit: 40)) (expected one of \(Canvas.lineStyles.joined(separator: ", ")))")
        }
        var canvas = Canvas(boxes: boxes, arrows: arrows, notes: notes, style: style)
        let repairs = try CanvasInvariants.check(&canvas)
        var session = Session(id: id, problem: problem, title: title, createdAt: createdAt,
                              updatedAt: updatedAt, steps: steps, canvas: canvas, currentStep: currentStep)
        session.schemaVersion = Session.currentSchemaVersion
        return Decoded(session: session, repairs: repairs)
    }
}

/// Reads typed fields out of a JSON object, naming the field path on failure.
enum FieldReader {
    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    static func value(_ o: [String: JSONValue], _ key: String, path: String) throws(SessionFormatError) -> JSONValue {
        guard let v = o[key] else { throw .field(path: join(path, key), message: "missing") }
        return v
    }

    static func string(_ o: [String: JSONValue], _ key: String, path: String) throws(SessionFormatError) -> String {
        let v = try value(o, key, path: path)
        guard case .string(let s) = v else { throw .field(path: join(path, key), message: "expected a string, found \(v.typeName)") }
        return s
    }

    static func optionalString(_ o: [String: JSONValue], _ key: String, path: String) throws(SessionFormatError) -> String? {
        guard let v = o[key], v != .null else { return nil }
        guard case .string(let s) = v else { throw .field(path: join(path, key), message: "expected a string, found \(v.typeName)") }
        return s
    }

    static func optionalBool(_ o: [String: JSONValue], _ key: String, path: String) throws(SessionFormatError) -> Bool? {
        guard let v = o[key], v != .null else { return nil }
        guard case .bool(let b) = v else { throw .field(path: join(path, key), message: "expected true or false, found \(v.typeName)") }
        return b
    }

    /// An arrow's optional `line` field: solid when absent.
    static func arrowLine(_ o: [String: JSONValue], path: String) throws(SessionFormatError) -> ArrowLine {
        guard let raw = try optionalString(o, "line", path: path) else { return .solid }
        guard let line = ArrowLine(rawValue: raw) else {
            throw .field(path: join(path, "line"), message: "unknown line \(MessageText.quoted(raw, limit: 40)) (expected one of \(ArrowLine.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return line
    }

    static func int(_ o: [String: JSONValue], _ key: String, path: String, range: ClosedRange<Int>) throws(SessionFormatError) -> Int {
        let v = try value(o, key, path: path)
        return try integer(v, path: join(path, key), range: range)
    }

    static func optionalInt(_ o: [String: JSONValue], _ key: String, path: String, range: ClosedRange<Int>) throws(SessionFormatError) -> Int? {
        guard let v = o[key], v != .null else { return nil }
        return try integer(v, path: join(path, key), range: range)
    }

    static func integer(_ v: JSONValue, path: String, range: ClosedRange<Int>) throws(SessionFormatError) -> Int {
        guard case .number(let d) = v else { throw .field(path: path, message: "expected an integer, found \(v.typeName)") }
        guard d.isFinite, d == d.rounded() else { throw .field(path: path, message: "expected an integer, found \(d)") }
        guard d >= Double(range.lowerBound), d <= Double(range.upperBound) else {
            throw .field(path: path, message: "\(formatNumber(d)) is out of range \(range.lowerBound)...\(range.upperBound)")
        }
        return Int(d)
    }

    static func formatNumber(_ d: Double) -> String {
        abs(d) < 1e15 ? String(Int64(d)) : "\(d)"
    }

    static func object(_ o: [String: JSONValue], _ key: String, path: String) throws(SessionFormatError) -> [String: JSONValue] {
        let v = try value(o, key, path: path)
        guard case .object(let d) = v else { throw .field(path: join(path, key), message: "expected an object, found \(v.typeName)") }
        return d
    }

    static func array(_ o: [String: JSONValue], _ key: String, path: String, maxCount: Int) throws(SessionFormatError) -> [JSONValue] {
        let v = try value(o, key, path: path)
        guard case .array(let a) = v else { throw .field(path: join(path, key), message: "expected an array, found \(v.typeName)") }
        if a.count > maxCount { throw .field(path: join(path, key), message: "has \(a.count) items; at most \(maxCount) are allowed") }
        return a
    }

    static func date(_ o: [String: JSONValue], _ key: String, path: String) throws(SessionFormatError) -> Date {
        let s = try string(o, key, path: path)
        guard let d = ISO8601.parse(s) else {
            throw .field(path: join(path, key), message: "expected an ISO 8601 date such as 2026-11-22T09:30:00Z, found \(MessageText.quoted(s, limit: 40))")
        }
        // Files store whole seconds; drop any fraction so a loaded session saves unchanged.
        return Date(timeIntervalSince1970: d.timeIntervalSince1970.rounded(.down))
    }
}
