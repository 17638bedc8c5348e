import WhiteboardCore

/// A small deterministic generator (64-bit LCG) so property tests are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &* 0x9E3779B97F4A7C15 | 1 }
    mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state ^ (state >> 29)
    }
}

/// Random canvases of the kind mlsd draws: boxes on a loose lattice (no overlaps), labels with
/// ASCII, CJK and emoji, arrows between random boxes with optional labels (at most one per
/// ordered pair of boxes, as the editor makes them), notes below.
enum RandomCanvas {
    static let words = ["api", "feature store", "model", "推荐", "特征存储", "🚀 gpu", "db", "queue", "kafka",
                        "ranker", "cache", "user", "embedding index", "monitor", "ab", "x"]

    static func make(_ rng: inout SeededGenerator) -> Canvas {
        var canvas = Canvas()
        let count = Int.random(in: 1...10, using: &rng)
        var used = Set<Int>()
        for i in 0..<count {
            var cell = Int.random(in: 0..<20, using: &rng)
            while used.contains(cell) { cell = (cell + 1) % 20 }
            used.insert(cell)
            let col = cell % 5, row = cell / 5
            let w = Int.random(in: 4...14, using: &rng), h = Int.random(in: 3...5, using: &rng)
            let lines = Int.random(in: 0...2, using: &rng)
            let label = (0..<lines).map { _ in words.randomElement(using: &rng)! }.joined(separator: "\n")
            canvas.boxes.append(Box(id: "box\(i)", x: col * 22 + Int.random(in: 0...3, using: &rng),
                                    y: row * 9 + Int.random(in: 0...2, using: &rng), width: w, height: h, label: label))
        }
        if count > 1 {
            for i in 0..<Int.random(in: 0...(count + 2), using: &rng) {
                let a = Int.random(in: 0..<count, using: &rng)
                var b = Int.random(in: 0..<count, using: &rng)
                if a == b { b = (b + 1) % count }
                let label: String? = Bool.random(using: &rng) ? words.randomElement(using: &rng) : nil
                // The editor never makes two arrows between the same boxes in the same direction.
                if canvas.arrows.contains(where: { $0.from == "box\(a)" && $0.to == "box\(b)" }) { continue }
                canvas.arrows.append(Arrow(id: "arrow\(i)", from: "box\(a)", to: "box\(b)", label: label))
            }
        }
        let bottom = canvas.boxes.map { $0.y + $0.height }.max() ?? 0
        for i in 0..<Int.random(in: 0...2, using: &rng) {
            canvas.notes.append(Note(id: "note\(i)", x: Int.random(in: 0...40, using: &rng), y: bottom + 4 + i * 3,
                                     text: words.randomElement(using: &rng)!))
        }
        return canvas
    }
}
