/// How closely the rubric's trade-off levels agree with a human grader's on the same answers:
/// the figures `mlsd-bench rubric` prints and docs/score-format.md quotes.
///
/// Each pair is one trade-off of one answer, graded 0–4 by a person and by the rubric.
public struct RubricAgreement: Equatable, Sendable {
    /// (human level, rubric level) per trade-off, both 0–4.
    public private(set) var pairs: [(human: Int, rubric: Int)] = []

    public init() {}

    /// Adds one trade-off's two levels (clamped to 0–4).
    public mutating func add(human: Int, rubric: Int) {
        pairs.append((min(4, max(0, human)), min(4, max(0, rubric))))
    }

    /// Adds every pair of `other`.
    public mutating func add(_ other: RubricAgreement) { pairs += other.pairs }

    public var count: Int { pairs.count }

    /// Share of pairs with the same level (0–1).
    public var exact: Double { share { $0.human == $0.rubric } }

    /// Share of pairs at most one level apart (0–1).
    public var withinOne: Double { share { abs($0.human - $0.rubric) <= 1 } }

    /// Of the trade-offs the human grades 2 or more, the share the rubric reports missing (0).
    public var falseMissing: Double {
        let discussed = pairs.filter { $0.human >= 2 }
        return discussed.isEmpty ? 0 : Double(discussed.filter { $0.rubric == 0 }.count) / Double(discussed.count)
    }

    /// Of the trade-offs the human grades 0 or 1, the share the rubric grades 3 or more.
    public var falseCredit: Double {
        let thin = pairs.filter { $0.human <= 1 }
        return thin.isEmpty ? 0 : Double(thin.filter { $0.rubric >= 3 }.count) / Double(thin.count)
    }

    /// Pairs behind `falseMissing` / `falseCredit`: (human ≥ 2 count, human ≤ 1 count).
    public var falseDenominators: (discussed: Int, thin: Int) {
        (pairs.filter { $0.human >= 2 }.count, pairs.filter { $0.human <= 1 }.count)
    }

    /// Quadratic weighted kappa over the five levels: 1 − Σ w·O / Σ w·E with w = (i − j)² / 16,
    /// O the observed confusion counts and E the counts expected from the two marginals. 1 is
    /// perfect agreement, 0 chance level. When both graders use a single level only (E has no
    /// off-diagonal weight), it is 1 if they agree everywhere and 0 otherwise.
    public var quadraticWeightedKappa: Double {
        guard !pairs.isEmpty else { return 0 }
        var observed = [[Double]](repeating: [Double](repeating: 0, count: 5), count: 5)
        var humanCounts = [Double](repeating: 0, count: 5), rubricCounts = [Double](repeating: 0, count: 5)
        for p in pairs {
            observed[p.human][p.rubric] += 1
            humanCounts[p.human] += 1
            rubricCounts[p.rubric] += 1
        }
        let n = Double(pairs.count)
        var disagreement = 0.0, expected = 0.0
        for i in 0..<5 {
            for j in 0..<5 {
                let w = Double((i - j) * (i - j)) / 16
                disagreement += w * observed[i][j]
                expected += w * humanCounts[i] * rubricCounts[j] / n
            }
        }
        if expected == 0 { return disagreement == 0 ? 1 : 0 }
        return 1 - disagreement / expected
    }

    private func share(_ f: ((human: Int, rubric: Int)) -> Bool) -> Double {
        pairs.isEmpty ? 0 : Double(pairs.filter(f).count) / Double(pairs.count)
    }

    public static func == (a: RubricAgreement, b: RubricAgreement) -> Bool {
        a.pairs.count == b.pairs.count && zip(a.pairs, b.pairs).allSatisfy { $0.human == $1.human && $0.rubric == $1.rubric }
    }
}
