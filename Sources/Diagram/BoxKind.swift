/// The kinds the canvas editor cycles a box through (`nil` = no kind). A box may hold any
/// other kind string (from a session file); cycling from such a kind starts at the first.
public enum BoxKind {
    /// The cycle, starting with no kind.
    public static let cycle: [String?] = [
        nil, "client", "service", "model", "store", "queue", "feature-store", "cache", "index", "monitor",
    ]

    /// The kind after `kind` in the cycle (before it when `reverse`).
    public static func next(after kind: String?, reverse: Bool = false) -> String? {
        guard let i = cycle.firstIndex(of: kind) else { return cycle[1] }
        let n = cycle.count
        return cycle[(i + (reverse ? n - 1 : 1)) % n]
    }

    /// The kinds as the F1 help lists them: each is written on the box's top border.
    public static var legend: String { cycle.compactMap { $0 }.joined(separator: ", ") }
}
