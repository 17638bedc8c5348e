/// A set of small non-negative integers (template trade-off indices below `capacity`) kept in
/// four machine words, so the per-sentence facts allocate nothing for it.
struct TradeoffSet: Equatable, Sendable {
    /// Indices at or above this are ignored; `CompiledRubric` keeps at most this many trade-offs.
    static let capacity = 256
    private var w0: UInt64 = 0, w1: UInt64 = 0, w2: UInt64 = 0, w3: UInt64 = 0

    mutating func insert(_ i: Int) {
        guard i >= 0, i < Self.capacity else { return }
        let bit = UInt64(1) << UInt64(i & 63)
        switch i >> 6 {
        case 0: w0 |= bit
        case 1: w1 |= bit
        case 2: w2 |= bit
        default: w3 |= bit
        }
    }

    func contains(_ i: Int) -> Bool {
        guard i >= 0, i < Self.capacity else { return false }
        let bit = UInt64(1) << UInt64(i & 63)
        switch i >> 6 {
        case 0: return w0 & bit != 0
        case 1: return w1 & bit != 0
        case 2: return w2 & bit != 0
        default: return w3 & bit != 0
        }
    }

    /// The members of `self` that are not in `other`.
    func subtracting(_ other: TradeoffSet) -> TradeoffSet {
        var r = self
        r.w0 &= ~other.w0; r.w1 &= ~other.w1; r.w2 &= ~other.w2; r.w3 &= ~other.w3
        return r
    }
}
