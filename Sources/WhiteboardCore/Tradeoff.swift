/// A design trade-off from the shared catalogue (`templates/catalogue.yaml`): two or more
/// sides, each with the phrasings people write for it, plus the cues the rubric looks for.
public struct Tradeoff: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var title: String
    /// The step this trade-off belongs to by default.
    public var step: StepID
    public var sides: [Side]
    /// Phrases naming what choosing a side costs ("recall loss", "memory").
    public var costCues: [String]
    /// Phrases a grounded reason refers to ("corpus size", "QPS").
    public var groundingCues: [String]
    /// One line: what a justified choice sounds like; shown when the trade-off is missing.
    public var hint: String
    /// Questions an interviewer asks when this trade-off is left open (`followUps:`), in order of
    /// preference. `{latency}`, `{qps}`, `{users}`, `{catalogue}`, `{rate}` and `{freshness}`
    /// stand for the user's own figure of that kind; a question whose figure the answer lacks is skipped.
    public var followUps: [String]

    /// One option of a trade-off.
    public struct Side: Codable, Equatable, Sendable {
        public var label: String
        public var aliases: [String]

        public init(label: String, aliases: [String]) {
            self.label = label
            self.aliases = aliases
        }

        /// The label and every alias.
        public var phrases: [String] { [label] + aliases }
    }

    public init(id: String, title: String, step: StepID, sides: [Side], costCues: [String] = [],
                groundingCues: [String] = [], hint: String, followUps: [String] = []) {
        self.id = id; self.title = title; self.step = step; self.sides = sides
        self.costCues = costCues; self.groundingCues = groundingCues; self.hint = hint
        self.followUps = followUps
    }

    private enum CodingKeys: String, CodingKey { case id, title, step, sides, costCues, groundingCues, hint, followUps }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        step = try c.decode(StepID.self, forKey: .step)
        sides = try c.decode([Side].self, forKey: .sides)
        costCues = try c.decodeIfPresent([String].self, forKey: .costCues) ?? []
        groundingCues = try c.decodeIfPresent([String].self, forKey: .groundingCues) ?? []
        hint = try c.decode(String.self, forKey: .hint)
        followUps = try c.decodeIfPresent([String].self, forKey: .followUps) ?? []
    }
}

/// The shared trade-off catalogue.
public struct TradeoffCatalogue: Codable, Equatable, Sendable {
    public var tradeoffs: [Tradeoff]

    public init(tradeoffs: [Tradeoff]) { self.tradeoffs = tradeoffs }

    /// The trade-off with this id, if any.
    public subscript(id: String) -> Tradeoff? { tradeoffs.first { $0.id == id } }
}
