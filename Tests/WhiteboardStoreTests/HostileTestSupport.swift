import Foundation
import SeededRandom
import WhiteboardCore
import WhiteboardStore

typealias SeededRandom = SplitMix64

extension SplitMix64 {
    /// The generator for case `index` of a run seeded with `seed`: each case can be replayed alone.
    static func forCase(_ index: Int, seed: UInt64) -> SeededRandom {
        var mixer = SeededRandom(seed: seed ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
        return SeededRandom(seed: mixer.next())
    }

    /// The run's seed: `$name` (decimal or 0x-hex, or `random`) when set, else `fallback`.
    static func seed(environment name: String, fallback: UInt64) -> UInt64 {
        guard let text = ProcessInfo.processInfo.environment[name], !text.isEmpty else { return fallback }
        if text == "random" { return UInt64.random(in: 0...UInt64.max) }
        if text.hasPrefix("0x"), let v = UInt64(text.dropFirst(2), radix: 16) { return v }
        return UInt64(text) ?? fallback
    }
}

/// A JSON document as text structure, able to hold what `JSONValue` cannot: duplicate keys,
/// raw tokens (numbers written exactly as wanted) and string contents with arbitrary bytes.
indirect enum RawJSON {
    /// A token written as is: a number, `true`, `false`, `null`, or any text at all.
    case token(String)
    /// A string: the bytes between the quotes, already escaped (may hold invalid UTF-8 on purpose).
    case string([UInt8])
    case array([RawJSON])
    case object([(key: [UInt8], value: RawJSON)])

    /// Converts a parsed value.
    init(_ value: JSONValue) {
        switch value {
        case .null: self = .token("null")
        case .bool(let b): self = .token(b ? "true" : "false")
        case .number(let d): self = .token(d == d.rounded() && abs(d) < 9e15 ? String(Int64(d)) : "\(d)")
        case .string(let s): self = .string(RawJSON.escaped(s))
        case .array(let items): self = .array(items.map(RawJSON.init))
        case .object(let dict):
            self = .object(dict.keys.sorted().map { (key: RawJSON.escaped($0), value: RawJSON(dict[$0]!)) })
        }
    }

    /// The JSON-escaped UTF-8 bytes of `s` (without quotes).
    static func escaped(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += Array("\\\"".utf8)
            case "\\": out += Array("\\\\".utf8)
            case "\n": out += Array("\\n".utf8)
            case "\t": out += Array("\\t".utf8)
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                } else {
                    out += Array(String(scalar).utf8)
                }
            }
        }
        return out
    }

    /// The document's bytes, compact or indented.
    func bytes(pretty: Bool) -> [UInt8] {
        var out: [UInt8] = []
        write(into: &out, pretty: pretty, indent: 0)
        if pretty { out.append(0x0A) }
        return out
    }

    private func write(into out: inout [UInt8], pretty: Bool, indent: Int) {
        func newline(_ level: Int) {
            guard pretty else { return }
            out.append(0x0A)
            out += [UInt8](repeating: 0x20, count: level * 2)
        }
        switch self {
        case .token(let t): out += Array(t.utf8)
        case .string(let b): out.append(0x22); out += b; out.append(0x22)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(indent + 1)
                item.write(into: &out, pretty: pretty, indent: indent + 1)
            }
            if !items.isEmpty { newline(indent) }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (i, m) in members.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(indent + 1)
                out.append(0x22); out += m.key; out.append(0x22)
                out += pretty ? Array(": ".utf8) : [UInt8(ascii: ":")]
                m.value.write(into: &out, pretty: pretty, indent: indent + 1)
            }
            if !members.isEmpty { newline(indent) }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// A node with its index path and a readable field path such as `canvas.boxes[2].x`.
    typealias Node = (path: [Int], field: String, node: RawJSON)

    /// Every node, depth first.
    func nodes() -> [Node] {
        var out: [Node] = []
        func visit(_ n: RawJSON, _ path: [Int], _ field: String) {
            out.append((path, field, n))
            switch n {
            case .array(let items):
                for (i, item) in items.enumerated() { visit(item, path + [i], "\(field)[\(i)]") }
            case .object(let members):
                for (i, m) in members.enumerated() {
                    let key = String(decoding: m.key, as: UTF8.self)
                    visit(m.value, path + [i], field.isEmpty ? key : "\(field).\(key)")
                }
            default: break
            }
        }
        visit(self, [], "")
        return out
    }

    /// Replaces the node at `path`.
    mutating func replace(at path: [Int], with new: RawJSON) {
        guard let first = path.first else { self = new; return }
        let rest = Array(path.dropFirst())
        switch self {
        case .array(var items):
            items[first].replace(at: rest, with: new)
            self = .array(items)
        case .object(var members):
            members[first].value.replace(at: rest, with: new)
            self = .object(members)
        default: break
        }
    }

    /// Applies `change` to the members of the object at `path` (no-op if it is not an object).
    mutating func editMembers(at path: [Int], _ change: (inout [(key: [UInt8], value: RawJSON)]) -> Void) {
        guard let first = path.first else {
            if case .object(var members) = self { change(&members); self = .object(members) }
            return
        }
        let rest = Array(path.dropFirst())
        switch self {
        case .array(var items):
            items[first].editMembers(at: rest, change)
            self = .array(items)
        case .object(var members):
            members[first].value.editMembers(at: rest, change)
            self = .object(members)
        default: break
        }
    }
}

/// Builds varied valid sessions from a random generator.
enum SampleSessions {
    static let words = [
        "latency", "p99", "recall@k", "two-tower", "ANN", "feature store", "drift", "A/B test",
        "naïve", "日本語", "café", "🚀", "Ünïcödé", "x", "retrieval", "ranking", "label leakage",
        "tab\there", "line\nbreak", "quote\"d", "back\\slash", "emoji 👩‍💻", "ﬁ ligature",
    ]

    static func text(_ rng: inout SeededRandom, words count: Int) -> String {
        (0..<count).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ")
    }

    /// A valid session with a few boxes, arrows between them, notes and text in each step.
    static func make(_ rng: inout SeededRandom) -> Session {
        var steps: [StepID: StepEntry] = [:]
        for step in StepID.allCases {
            steps[step] = StepEntry(text: text(&rng, words: Int.random(in: 0...12, using: &rng)),
                                    secondsSpent: Int.random(in: 0...5000, using: &rng))
        }
        let boxCount = Int.random(in: 0...6, using: &rng)
        let boxes = (0..<boxCount).map { i in
            Box(id: "b\(i + 1)", x: Int.random(in: 0...200, using: &rng), y: Int.random(in: 0...60, using: &rng),
                width: Int.random(in: 3...30, using: &rng), height: Int.random(in: 2...8, using: &rng),
                label: text(&rng, words: Int.random(in: 1...3, using: &rng)),
                kind: Bool.random(using: &rng) ? ["service", "store", "model", "queue"].randomElement(using: &rng) : nil)
        }
        var arrows: [Arrow] = []
        if boxCount > 0 {
            for i in 0..<Int.random(in: 0...(boxCount * 2), using: &rng) {
                arrows.append(Arrow(id: "a\(i + 1)", from: boxes.randomElement(using: &rng)!.id,
                                    to: boxes.randomElement(using: &rng)!.id,
                                    label: Bool.random(using: &rng) ? text(&rng, words: 1) : nil))
            }
        }
        let notes = (0..<Int.random(in: 0...3, using: &rng)).map { i in
            Note(id: "n\(i + 1)", x: Int.random(in: -5...100, using: &rng), y: Int.random(in: 0...40, using: &rng),
                 text: text(&rng, words: 4))
        }
        let created = Date(timeIntervalSince1970: Double(Int.random(in: 1_600_000_000...1_900_000_000, using: &rng)))
        return Session(id: "s-\(rng.next() % 1_000_000)", problem: "video-recommendation", title: text(&rng, words: 3),
                       createdAt: created, updatedAt: created.addingTimeInterval(Double(Int.random(in: 0...9999, using: &rng))),
                       steps: steps, canvas: Canvas(boxes: boxes, arrows: arrows, notes: notes))
    }
}
