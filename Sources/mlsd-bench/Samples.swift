import Foundation

/// Timings of repeated runs of one measurement, in nanoseconds (or any unit: see `unit`).
struct Samples {
    var name: String
    var values: [Double] = []
    /// How to print a value: "ms", "µs", "B", "MiB".
    var unit: String = "ms"

    init(_ name: String, unit: String = "ms") {
        self.name = name
        self.unit = unit
    }

    mutating func add(_ v: Double) { values.append(v) }

    var sorted: [Double] { values.sorted() }

    /// The value at quantile `q` (0...1), nearest rank.
    func quantile(_ q: Double) -> Double {
        let s = sorted
        guard !s.isEmpty else { return .nan }
        let rank = Int((q * Double(s.count)).rounded(.up)) - 1
        return s[Swift.min(Swift.max(rank, 0), s.count - 1)]
    }

    var p50: Double { quantile(0.5) }
    var p90: Double { quantile(0.9) }
    var p99: Double { quantile(0.99) }
    var min: Double { values.min() ?? .nan }
    var max: Double { values.max() ?? .nan }
    var n: Int { values.count }

    /// One report row: name, p50, p90, p99, min, max, n.
    var row: String {
        func f(_ v: Double) -> String { Samples.format(v, unit: unit) }
        return "\(name.padding(toLength: 46, withPad: " ", startingAt: 0)) p50 \(f(p50).leftPad(10))  p90 \(f(p90).leftPad(10))  p99 \(f(p99).leftPad(10))  min \(f(min).leftPad(10))  max \(f(max).leftPad(10))  n \(n)"
    }

    static func format(_ v: Double, unit: String) -> String {
        if v.isNaN { return "-" }
        switch unit {
        case "ms": return String(format: "%.3f ms", v / 1e6)
        case "µs": return String(format: "%.1f µs", v / 1e3)
        case "MiB": return String(format: "%.1f MiB", v / 1_048_576)
        case "B": return String(format: "%.1f B", v)
        default: return String(format: "%.3f %@", v, unit)
        }
    }
}

extension String {
    func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
}

/// Wall-clock nanoseconds of `body`.
@inline(never)
func measure(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    try body()
    let d = clock.now - start
    return Double(d.components.seconds) * 1e9 + Double(d.components.attoseconds) / 1e9
}

/// Keeps a value alive so the optimizer cannot drop the work that made it.
@inline(never)
func keep<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
