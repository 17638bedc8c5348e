import WhiteboardCore

/// A human grader's labels for one answer (`<quality>.labels.json` beside `<quality>.md` in the
/// rubric's graded sets): a holistic 0–100 grade and a 0–4 level, with quoted evidence, for each
/// template trade-off.
public struct GradedLabels: Equatable, Sendable {
    /// One trade-off's human label.
    public struct Label: Equatable, Sendable {
        public var level: Int
        public var evidence: [String]
        public var note: String
    }

    public var problem: String
    public var quality: String
    public var holistic: Int
    public var holisticNote: String
    /// Trade-off id -> label.
    public var labels: [String: Label]

    public init(problem: String, quality: String, holistic: Int, holisticNote: String, labels: [String: Label]) {
        self.problem = problem; self.quality = quality; self.holistic = holistic
        self.holisticNote = holisticNote; self.labels = labels
    }

    /// Why a labels file could not be read.
    public struct FormatError: Error, Equatable, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Parses a labels file: `{"problem","quality","holistic","holisticNote",
    /// "labels":{"<id>":{"level","evidence":[…],"note"}}}`. Levels must be whole numbers 0–4.
    public static func parse(_ bytes: [UInt8]) throws(FormatError) -> GradedLabels {
        let value: JSONValue
        do { value = try JSONParser.parse(bytes) } catch {
            throw FormatError(message: "line \(error.line), column \(error.column): \(error.message)")
        }
        guard case .object(let o) = value else { throw FormatError(message: "the top level is \(value.typeName), not an object") }
        func string(_ v: JSONValue?) -> String? { if case .string(let s)? = v { s } else { nil } }
        func int(_ v: JSONValue?) -> Int? {
            if case .number(let d)? = v, d == d.rounded(), abs(d) < 1_000_000 { Int(d) } else { nil }
        }
        guard let problem = string(o["problem"]) else { throw FormatError(message: "\"problem\" is missing or not a string") }
        guard let holistic = int(o["holistic"]), (0...100).contains(holistic) else {
            throw FormatError(message: "\"holistic\" is missing or not a whole number 0-100")
        }
        guard case .object(let raw)? = o["labels"] else { throw FormatError(message: "\"labels\" is missing or not an object") }
        var labels: [String: Label] = [:]
        for (id, v) in raw {
            guard case .object(let l) = v else { throw FormatError(message: "label \"\(id)\" is not an object") }
            guard let level = int(l["level"]), (0...4).contains(level) else {
                throw FormatError(message: "label \"\(id)\": \"level\" is missing or not a whole number 0-4")
            }
            var evidence: [String] = []
            if case .array(let items)? = l["evidence"] { evidence = items.compactMap { string($0) } }
            labels[id] = Label(level: level, evidence: evidence, note: string(l["note"]) ?? "")
        }
        return GradedLabels(problem: problem, quality: string(o["quality"]) ?? "", holistic: holistic,
                            holisticNote: string(o["holisticNote"]) ?? "", labels: labels)
    }
}
