// Date (and UUID, trimming) come from FoundationEssentials, which has no ICU; the full
// Foundation is only the fallback where FoundationEssentials is not a module of its own.
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One interview problem (`templates/problems/<id>.yaml`): the prompt, what to establish while
/// clarifying, each step's prompts, time budget and trade-offs, and the expected diagram.
public struct ProblemTemplate: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var title: String
    /// The problem as an interviewer poses it.
    public var statement: String
    /// What a candidate should establish while clarifying, keyed by `users`, `qps`, `catalogue`,
    /// `latency`, `freshness`, `privacy`, `platform`.
    public var assumptions: [String: String]
    /// The problem's own domain nouns; a reason that uses them is grounded in this problem.
    public var nouns: [String]
    public var steps: [StepID: StepTemplate]
    public var components: [Component]
    public var flows: [Flow]
    /// This problem's figures for catalogue hints written with another problem's in mind:
    /// each key is a phrase as the catalogue writes it, its value what to show instead
    /// (`hintFigures:` at the end of the problem file). Applied at display time by `hintText`.
    public var hintFigures: [String: String]
    /// Interviewer questions about this problem's figures (`followUps:`), keyed by the kind of
    /// figure (`latency`, `qps`, `users`, `catalogue`, `rate`, `freshness`): asked when the
    /// clarify step states such a figure and a later step ignores it; the same `{kind}`
    /// placeholders as the catalogue's follow-ups quote the user's figure.
    public var followUps: [String: [String]]
    /// The scale figures in one short line for the whiteboard's always-visible scale row
    /// (`scaleLine:`); nil to derive one from `assumptions`.
    public var scaleLine: String?

    /// The kinds of figure follow-up questions are keyed by and quote as `{kind}`.
    public static let followUpKinds = ["latency", "qps", "users", "catalogue", "rate", "freshness"]

    /// The assumption keys in display order.
    public static let assumptionOrder = ["users", "qps", "catalogue", "latency", "freshness", "privacy", "platform"]

    /// Assumptions as ordered (key, value) pairs: known keys first, then any others.
    public var orderedAssumptions: [(key: String, value: String)] {
        let known = Self.assumptionOrder.compactMap { k in assumptions[k].map { (key: k, value: $0) } }
        let others = assumptions.keys.filter { !Self.assumptionOrder.contains($0) }.sorted().map { (key: $0, value: assumptions[$0]!) }
        return known + others
    }

    /// The template of a step (an empty one if the file left it out).
    public func step(_ id: StepID) -> StepTemplate { steps[id] ?? StepTemplate() }

    /// Every trade-off reference with the step it is listed under, in step order.
    public var tradeoffRefs: [(step: StepID, ref: TradeoffRef)] {
        StepID.allCases.flatMap { s in step(s).tradeoffs.map { (step: s, ref: $0) } }
    }

    public init(id: String, title: String, statement: String, assumptions: [String: String] = [:],
                nouns: [String] = [], steps: [StepID: StepTemplate] = [:], components: [Component] = [], flows: [Flow] = [],
                hintFigures: [String: String] = [:], scaleLine: String? = nil, followUps: [String: [String]] = [:]) {
        self.id = id; self.title = title; self.statement = statement; self.assumptions = assumptions
        self.nouns = nouns; self.steps = steps; self.components = components; self.flows = flows
        self.hintFigures = hintFigures; self.scaleLine = scaleLine; self.followUps = followUps
    }

    /// A catalogue hint with this problem's figures put in for the phrases `hintFigures` names
    /// (longest phrase first, so a phrase inside a longer one does not cut it).
    public func hintText(_ hint: String) -> String {
        var out = hint
        for key in hintFigures.keys.sorted(by: { ($0.count, $0) > ($1.count, $1) }) where !key.isEmpty {
            out = out.replacing(key, with: hintFigures[key]!)
        }
        return out
    }

    private enum CodingKeys: String, CodingKey { case id, title, statement, assumptions, nouns, steps, components, flows, hintFigures, scaleLine, followUps }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        statement = try c.decode(String.self, forKey: .statement)
        assumptions = try c.decodeIfPresent([String: String].self, forKey: .assumptions) ?? [:]
        nouns = try c.decodeIfPresent([String].self, forKey: .nouns) ?? []
        let raw = try c.decode([String: StepTemplate].self, forKey: .steps)
        var steps: [StepID: StepTemplate] = [:]
        for (key, value) in raw {
            guard let step = StepID(rawValue: key) else {
                throw DecodingError.dataCorruptedError(forKey: .steps, in: c,
                    debugDescription: "unknown step \"\(key)\" (expected one of \(StepID.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            steps[step] = value
        }
        self.steps = steps
        components = try c.decodeIfPresent([Component].self, forKey: .components) ?? []
        flows = try c.decodeIfPresent([Flow].self, forKey: .flows) ?? []
        hintFigures = try c.decodeIfPresent([String: String].self, forKey: .hintFigures) ?? [:]
        scaleLine = try c.decodeIfPresent(String.self, forKey: .scaleLine)
        followUps = try c.decodeIfPresent([String: [String]].self, forKey: .followUps) ?? [:]
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(statement, forKey: .statement)
        try c.encode(assumptions, forKey: .assumptions)
        try c.encode(nouns, forKey: .nouns)
        try c.encode(Dictionary(uniqueKeysWithValues: steps.map { ($0.key.rawValue, $0.value) }), forKey: .steps)
        try c.encode(components, forKey: .components)
        try c.encode(flows, forKey: .flows)
        try c.encode(hintFigures, forKey: .hintFigures)
        try c.encodeIfPresent(scaleLine, forKey: .scaleLine)
        try c.encode(followUps, forKey: .followUps)
    }
}

/// What a template says about one step.
public struct StepTemplate: Codable, Equatable, Sendable {
    /// Suggested minutes for this step in a 45-minute interview.
    public var minutes: Int
    /// Sub-points a strong answer covers.
    public var prompts: [String]
    /// Questions worth asking the interviewer.
    public var talkingPoints: [String]
    /// The trade-offs that matter for this problem in this step.
    public var tradeoffs: [TradeoffRef]

    public init(minutes: Int = 0, prompts: [String] = [], talkingPoints: [String] = [], tradeoffs: [TradeoffRef] = []) {
        self.minutes = minutes; self.prompts = prompts; self.talkingPoints = talkingPoints; self.tradeoffs = tradeoffs
    }

    private enum CodingKeys: String, CodingKey { case minutes, prompts, talkingPoints, tradeoffs }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        minutes = try c.decodeIfPresent(Int.self, forKey: .minutes) ?? 0
        prompts = try c.decodeIfPresent([String].self, forKey: .prompts) ?? []
        talkingPoints = try c.decodeIfPresent([String].self, forKey: .talkingPoints) ?? []
        tradeoffs = try c.decodeIfPresent([TradeoffRef].self, forKey: .tradeoffs) ?? []
    }
}

/// A trade-off listed by a problem, with how much it counts there.
public struct TradeoffRef: Codable, Equatable, Sendable {
    public var id: String
    public var weight: Weight

    /// Core trade-offs count double.
    public enum Weight: String, Codable, Sendable {
        case core, optional
        /// The multiplier in step scores: core 2, optional 1.
        public var value: Int { self == .core ? 2 : 1 }
    }

    public init(id: String, weight: Weight) {
        self.id = id
        self.weight = weight
    }
}

/// A component the problem's architecture diagram is expected to have.
public struct Component: Codable, Equatable, Sendable {
    public var name: String
    public var kind: String?
    /// Other names people write in a box for this component.
    public var aliases: [String]

    public init(name: String, kind: String? = nil, aliases: [String] = []) {
        self.name = name; self.kind = kind; self.aliases = aliases
    }

    /// The name and every alias.
    public var phrases: [String] { [name] + aliases }

    private enum CodingKeys: String, CodingKey { case name, kind, aliases }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        kind = try c.decodeIfPresent(String.self, forKey: .kind)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
    }
}

/// An expected arrow between two components, by component name.
public struct Flow: Codable, Equatable, Sendable {
    public var from: String
    public var to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }
}
