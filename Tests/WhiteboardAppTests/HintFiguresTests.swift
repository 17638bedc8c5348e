import Foundation
import Testing
import WhiteboardCore
import WhiteboardStore

/// Issue 13: hints quote this problem's figures. Every number (and every "billion") in a hint
/// the whiteboard shows for a shipped problem must come from that problem's own text.
@Suite struct HintFiguresTests {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates").path

    /// Standalone numbers ("200", "0.1", "5-10" gives 5 and 10), "billion" and "p99" in `text`.
    static func figures(in text: String) -> Set<String> {
        var out = Set<String>()
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            if chars[i].isNumber && i > 0 && chars[i - 1].isLetter {
                // Part of a name such as "int8" or "p99" (p99 is counted below).
                while i < chars.count && chars[i].isNumber { i += 1 }
                continue
            }
            if chars[i].isNumber {
                var j = i
                while j < chars.count && (chars[j].isNumber || chars[j] == "." || chars[j] == ",") { j += 1 }
                var number = String(chars[i..<j])
                while number.last == "." || number.last == "," { number.removeLast() }
                out.insert(number)
                i = j
            } else {
                i += 1
            }
        }
        let lower = text.lowercased()
        if lower.contains("billion") { out.insert("billion") }
        if lower.contains("p99") { out.insert("p99") }
        return out
    }

    /// The problem's own text: statement, assumptions, scale line, step prompts and points.
    static func ownText(_ p: ProblemTemplate) -> String {
        var parts = [p.statement, p.scaleLine ?? ""] + p.assumptions.values + p.nouns
        for s in StepID.allCases { parts += p.step(s).prompts + p.step(s).talkingPoints }
        var text = parts.joined(separator: "\n")
        // "1 B videos" and "100-200 B images" are billions written short.
        if text.range(of: #"\d B "#, options: .regularExpression) != nil { text += " billion" }
        return text
    }

    @Test func noShownHintQuotesAnotherProblemsFigures() throws {
        let library = try TemplateLibrary.load(directory: Self.templates)
        var foreign: [String] = []
        for p in library.problems {
            let own = Self.figures(in: Self.ownText(p))
            for step in StepID.allCases {
                for ref in p.step(step).tradeoffs {
                    guard let hint = library.catalogue[ref.id]?.hint else { continue }
                    let shown = p.hintText(hint)
                    let strange = Self.figures(in: shown).subtracting(own)
                    if !strange.isEmpty { foreign.append("\(p.id) / \(ref.id): \(strange.sorted()) in “\(shown)”") }
                }
            }
        }
        #expect(foreign.isEmpty, "\(foreign.count) hints quote figures from elsewhere:\n\(foreign.joined(separator: "\n"))")
    }

    @Test func adClickPredictionsLatencyHintUsesItsOwnBudget() throws {
        let library = try TemplateLibrary.load(directory: Self.templates)
        let ads = try #require(library.problem(id: "ad-click-prediction"))
        let hint = try #require(library.catalogue["quality-vs-latency"]?.hint)
        #expect(hint.contains("200 ms at p99"))
        let shown = ads.hintText(hint)
        #expect(!shown.contains("200 ms"))
        #expect(shown.contains("50-150 ms"), "\(shown)")
    }
}
