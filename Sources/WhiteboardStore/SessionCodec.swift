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
        guard let versionValue = object["schemaVersion"] else { throw .field(path: "schemaVersion", message: "missing") }
        struct Version: Decodable { var schemaVersion: Int }
        let version = try JSONValueDecoder.decode(Version.self, from: .object(["schemaVersion": versionValue])).schemaVersion
        if version < 0 || version > Int(Int32.max) {
            throw .field(path: "schemaVersion", message: "\(version) is out of range 0...\(Int32.max)")
        }
        object = try migrations.upgrade(object, from: version)
        var session = try JSONValueDecoder.decode(Session.self, from: .object(object))
        let repairs = try CanvasInvariants.check(&session.canvas)
        session.schemaVersion = Session.currentSchemaVersion
        return Decoded(session: session, repairs: repairs)
    }
}
