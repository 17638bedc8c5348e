import Foundation
import WhiteboardCore

// How a session file's fields become the model's values, read through `JSONValueDecoder`
// (docs/session-format.md). The model types stay free of the file format; the checks a file
// must pass (ranges, known steps and styles, item limits) live here with the format.

/// The checks the session format adds to a keyed container.
extension KeyedDecodingContainer {
    /// The path of `key` in messages.
    func path(_ key: Key) -> String { JSONValueDecoder.path(codingPath + [key]) }

    /// An integer in `range`.
    func decode(_ type: Int.Type, forKey key: Key, in range: ClosedRange<Int>) throws -> Int {
        let v = try decode(Int.self, forKey: key)
        guard range.contains(v) else { throw SessionFormatError.field(path: path(key), message: "\(v) is out of range \(range.lowerBound)...\(range.upperBound)") }
        return v
    }

    /// A string naming one of `names` (nil when absent or null).
    func decodeName(forKey key: Key, kind: String, in names: [String]) throws -> String? {
        guard let raw = try decodeIfPresent(String.self, forKey: key) else { return nil }
        guard names.contains(raw) else {
            throw SessionFormatError.field(path: path(key), message: "unknown \(kind) \(MessageText.quoted(raw, limit: 40)) (expected one of \(names.joined(separator: ", ")))")
        }
        return raw
    }

    /// The items of an array of at most `SessionCodec.maxCanvasItems`.
    func decodeItems<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> [T] {
        var items = try nestedUnkeyedContainer(forKey: key)
        if let n = items.count, n > SessionCodec.maxCanvasItems {
            throw SessionFormatError.field(path: path(key), message: "has \(n) items; at most \(SessionCodec.maxCanvasItems) are allowed")
        }
        var out: [T] = []
        while !items.isAtEnd { out.append(try items.decode(T.self)) }
        return out
    }

    /// An ISO 8601 date, whole seconds.
    func decodeDate(forKey key: Key) throws -> Date {
        let s = try decode(String.self, forKey: key)
        guard let d = ISO8601.parse(s) else {
            throw SessionFormatError.field(path: path(key), message: "expected an ISO 8601 date such as 2026-11-22T09:30:00Z, found \(MessageText.quoted(s, limit: 40))")
        }
        // Files store whole seconds; drop any fraction so a loaded session saves unchanged.
        return Date(timeIntervalSince1970: d.timeIntervalSince1970.rounded(.down))
    }
}

/// A session as its file holds it, after migration; `SessionCodec` checks the canvas after.
extension Session: Decodable {
    enum FileKeys: String, CodingKey { case id, problem, title, createdAt, updatedAt, currentStep, steps, canvas }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: FileKeys.self)
        let id = try c.decode(String.self, forKey: .id)
        let problem = try c.decode(String.self, forKey: .problem)
        let title = try c.decode(String.self, forKey: .title)
        let createdAt = try c.decodeDate(forKey: .createdAt)
        let updatedAt = try c.decodeDate(forKey: .updatedAt)
        if id.isEmpty { throw SessionFormatError.field(path: "id", message: "must not be empty") }
        if problem.isEmpty { throw SessionFormatError.field(path: "problem", message: "must not be empty") }
        let currentStep = try c.decodeName(forKey: .currentStep, kind: "step", in: StepID.allCases.map(\.rawValue)).flatMap(StepID.init(rawValue:))
        let stepsContainer = try c.nestedContainer(keyedBy: AnyCodingKey.self, forKey: .steps)
        var steps: [StepID: StepEntry] = [:]
        for key in stepsContainer.allKeys {
            guard let step = StepID(rawValue: key.stringValue) else {
                throw SessionFormatError.field(path: stepsContainer.path(key), message: "unknown step (expected one of \(StepID.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            steps[step] = try stepsContainer.decode(StepEntry.self, forKey: key)
        }
        let canvas = try c.decode(Canvas.self, forKey: .canvas)
        self.init(id: id, problem: problem, title: title, createdAt: createdAt, updatedAt: updatedAt,
                  steps: steps, canvas: canvas, currentStep: currentStep)
    }
}

extension StepEntry: Decodable {
    enum FileKeys: String, CodingKey { case text, secondsSpent }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: FileKeys.self)
        let text = try c.decode(String.self, forKey: .text)
        let seconds = try c.decodeIfPresent(Int.self, forKey: .secondsSpent) == nil ? 0
            : try c.decode(Int.self, forKey: .secondsSpent, in: 0...Int(Int32.max))
        self.init(text: text, secondsSpent: seconds)
    }
}

extension Canvas: Decodable {
    enum FileKeys: String, CodingKey { case boxes, arrows, notes, style }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: FileKeys.self)
        let boxes = try c.decodeItems(Box.self, forKey: .boxes)
        let arrows = try c.decodeItems(Arrow.self, forKey: .arrows)
        let notes = try c.decodeItems(Note.self, forKey: .notes)
        let style = try c.decodeName(forKey: .style, kind: "line style", in: Canvas.lineStyles)
        self.init(boxes: boxes, arrows: arrows, notes: notes, style: style)
    }
}

extension Box: Decodable {
    enum FileKeys: String, CodingKey { case id, x, y, width, height, label, kind }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: FileKeys.self)
        let coord = -SessionCodec.maxCoordinate...SessionCodec.maxCoordinate, size = 1...SessionCodec.maxCoordinate
        self.init(id: try c.decode(String.self, forKey: .id),
                  x: try c.decode(Int.self, forKey: .x, in: coord), y: try c.decode(Int.self, forKey: .y, in: coord),
                  width: try c.decode(Int.self, forKey: .width, in: size), height: try c.decode(Int.self, forKey: .height, in: size),
                  label: try c.decode(String.self, forKey: .label), kind: try c.decodeIfPresent(String.self, forKey: .kind))
    }
}

extension Arrow: Decodable {
    enum FileKeys: String, CodingKey { case id, from, to, label, bothWays, line }

    /// `bothWays` and `line` may be absent (false, solid).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: FileKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id),
                  from: try c.decode(String.self, forKey: .from), to: try c.decode(String.self, forKey: .to),
                  label: try c.decodeIfPresent(String.self, forKey: .label),
                  bothWays: try c.decodeIfPresent(Bool.self, forKey: .bothWays) ?? false,
                  line: try c.decodeName(forKey: .line, kind: "line", in: ArrowLine.allCases.map(\.rawValue)).flatMap(ArrowLine.init(rawValue:)) ?? .solid)
    }
}

extension Note: Decodable {
    enum FileKeys: String, CodingKey { case id, x, y, text }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: FileKeys.self)
        let coord = -SessionCodec.maxCoordinate...SessionCodec.maxCoordinate
        self.init(id: try c.decode(String.self, forKey: .id),
                  x: try c.decode(Int.self, forKey: .x, in: coord), y: try c.decode(Int.self, forKey: .y, in: coord),
                  text: try c.decode(String.self, forKey: .text))
    }
}
