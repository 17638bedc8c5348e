import Foundation
import WhiteboardCore

/// Finds the figures a text states (latencies, rates, user and catalogue counts, shares,
/// freshness windows) from the number and the words after it. Pure.
public enum FigureExtractor {
    // A number not inside a word ("p99", "v1"), an optional multiplier or %, then up to four words.
    private static let pattern = try! NSRegularExpression(
        pattern: #"(?<![\w.,])(\d+(?:[.,]\d+)*)\s?(%|percent\b|[kmb]\b|bn\b|thousand\b|million\b|billion\b)?\s?((?:[a-z/]+(?:[ -](?!\d)|$)?){0,4})"#,
        options: [.caseInsensitive])

    static let latencyUnits: Set<String> = ["ms", "msec", "millisecond", "milliseconds"]
    static let secondUnits: Set<String> = ["s", "sec", "secs", "second", "seconds"]
    static let longerUnits: Set<String> = ["min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours", "day", "days", "week", "weeks"]
    static let rateWords: Set<String> = ["qps", "rps", "tps", "req/s", "requests/s", "queries/s"]
    static let userWords: Set<String> = ["user", "users", "dau", "mau", "daus", "maus", "customers", "cardholders", "members", "people",
                                         "viewers", "shoppers", "employees", "sellers", "buyers", "visitors", "guests", "riders",
                                         "drivers", "couriers", "accounts", "subscribers", "players", "readers"]
    static let latencyContext = ["latency", "p99", "p95", "p50", "respon", "round trip", "first token", "ttft", "budget", "sla"]

    /// Every figure in `text`, in order.
    public static func figures(in text: String, step: StepID) -> [Figure] {
        var out: [Figure] = []
        for sentence in sentences(text) {
            let lower = sentence.lowercased()
            let s = sentence as NSString
            for m in pattern.matches(in: sentence, range: NSRange(location: 0, length: s.length)) {
                let number = s.substring(with: m.range(at: 1))
                let mult = m.range(at: 2).location == NSNotFound ? "" : s.substring(with: m.range(at: 2))
                let tail = m.range(at: 3).location == NSNotFound ? "" : s.substring(with: m.range(at: 3))
                let words = tail.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
                let after = s.substring(from: m.range.location + m.range.length).lowercased()
                guard let (kind, used) = classify(number: number, multiplier: mult.lowercased(), words: words,
                                                  sentence: lower, after: after) else { continue }
                var shown = number
                if !mult.isEmpty { shown += (mult == "%" ? "" : " ") + mult }
                let tailWords = tail.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
                if used > 0 { shown += " " + tailWords.prefix(used).joined(separator: " ") }
                out.append(Figure(kind: kind, text: shown, number: number, step: step))
            }
        }
        return out
    }

    /// The kind of a figure and how many of the following words belong to it, or nil.
    static func classify(number: String, multiplier: String, words: [String], sentence: String, after: String)
        -> (FigureKind, Int)? {
        if multiplier == "%" || multiplier == "percent" { return (.rate, 0) }
        let first = words.first ?? ""
        if latencyUnits.contains(first) { return (.latency, 1) }
        if let i = words.firstIndex(where: { rateWords.contains($0) }) { return (.qps, i + 1) }
        if let i = words.firstIndex(of: "per"), i + 1 < words.count, words[i + 1] == "second" || words[i + 1] == "sec" {
            return (.qps, i + 2)
        }
        if let i = words.firstIndex(of: "a"), i + 1 < words.count, words[i + 1] == "second", i > 0 { return (.qps, i + 2) }
        if words.first == "/s" || after.hasPrefix("/s") { return (.qps, 0) }
        if secondUnits.contains(first) {
            return (latencyContext.contains { sentence.contains($0) } && !sentence.contains("fresh") ? .latency : .freshness, 1)
        }
        if longerUnits.contains(first) { return (.freshness, 1) }
        if let i = words.prefix(3).firstIndex(where: { userWords.contains($0) }) { return (.users, i + 1) }
        let big = !multiplier.isEmpty || (Double(number.replacingOccurrences(of: ",", with: "")) ?? 0) >= 1_000
        if big, !first.isEmpty, first.allSatisfy(\.isLetter), !["per", "a", "an", "the", "to", "of", "in", "or", "and"].contains(first) {
            return (.catalogue, 1)
        }
        return nil
    }

    /// Sentences, split at . ! ? followed by space, and at line breaks.
    static func sentences(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var previous: Character = " "
        for ch in text {
            if ch == "\n" {
                out.append(current); current = ""
            } else if ch == " ", ".!?".contains(previous) {
                out.append(current); current = ""
            } else {
                current.append(ch)
            }
            previous = ch
        }
        out.append(current)
        return out.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }
}
