import Foundation
import Testing
import WhiteboardCore
@testable import Diagram

/// The import corpus (`Corpus/NN-name.txt` with the boxes and arrows a reader sees in
/// `NN-name.json`): box and arrow recall and precision, and how much of the text is kept.
@Suite struct ImportCorpusTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus").path

    struct Expected: Decodable {
        struct ExpectedArrow: Decodable {
            var from: String, to: String, label: String?, bothWays: Bool?, line: String?
        }
        var boxes: [String]
        var arrows: [ExpectedArrow]
    }

    /// Labels compared with their whitespace (and line breaks) collapsed to single spaces.
    static func norm(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// One arrow as a comparable key: endpoints by label, label, both ways, line. A both-ways
    /// arrow's endpoints are sorted, since either end may come first.
    static func key(from: String, to: String, label: String?, bothWays: Bool, line: String) -> String {
        var ends = [norm(from), norm(to)]
        if bothWays { ends.sort() }
        return ends.joined(separator: bothWays ? " <-> " : " -> ") + " [\(norm(label ?? ""))] \(line)"
    }

    /// Words of a text (letters and digits), leaving out lone `v`/`V`, which are arrow heads.
    static func words(_ s: String) -> [String] {
        s.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init).filter { $0 != "v" && $0 != "V" }
    }

    /// How many of `expected` are matched in `found` (as multisets).
    static func matched(_ expected: [String], _ found: [String]) -> Int {
        var pool: [String: Int] = [:]
        for f in found { pool[f, default: 0] += 1 }
        var n = 0
        for e in expected where (pool[e] ?? 0) > 0 { pool[e]! -= 1; n += 1 }
        return n
    }

    struct Score {
        var expectedBoxes = 0, foundBoxes = 0, matchedBoxes = 0
        var expectedArrows = 0, foundArrows = 0, matchedArrows = 0
        var inputWords = 0, keptWords = 0
        var files = 0
        var misses: [String] = []
        func pct(_ a: Int, _ b: Int) -> Double { b == 0 ? 100 : Double(a) * 100 / Double(b) }
        var boxRecall: Double { pct(matchedBoxes, expectedBoxes) }
        var boxPrecision: Double { pct(matchedBoxes, foundBoxes) }
        var arrowRecall: Double { pct(matchedArrows, expectedArrows) }
        var arrowPrecision: Double { pct(matchedArrows, foundArrows) }
        var textKept: Double { pct(keptWords, inputWords) }
    }

    static func score(folder: String = folder) throws -> Score {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        var s = Score()
        for name in names {
            let base = folder + "/" + String(name.dropLast(4))
            let text = try String(contentsOfFile: base + ".txt", encoding: .utf8)
            let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: URL(fileURLWithPath: base + ".json")))
            let canvas = DiagramText.parse(text)
            s.files += 1

            let wantBoxes = expected.boxes.map(norm), gotBoxes = canvas.boxes.map { norm($0.label) }
            let mb = matched(wantBoxes, gotBoxes)
            s.expectedBoxes += wantBoxes.count; s.foundBoxes += gotBoxes.count; s.matchedBoxes += mb

            let wantArrows = expected.arrows.map {
                key(from: $0.from, to: $0.to, label: $0.label, bothWays: $0.bothWays ?? false, line: $0.line ?? "solid")
            }
            let gotArrows = canvas.arrows.map { a in
                key(from: canvas.box(id: a.from)?.label ?? "?", to: canvas.box(id: a.to)?.label ?? "?",
                    label: a.label, bothWays: a.bothWays, line: a.line.rawValue)
            }
            let ma = matched(wantArrows, gotArrows)
            s.expectedArrows += wantArrows.count; s.foundArrows += gotArrows.count; s.matchedArrows += ma

            let inWords = words(text)
            let outWords = canvas.boxes.flatMap { words($0.label) } + canvas.arrows.flatMap { words($0.label ?? "") }
                + canvas.notes.flatMap { words($0.text) }
            let kept = matched(inWords, outWords)
            s.inputWords += inWords.count; s.keptWords += kept

            if mb != wantBoxes.count || mb != gotBoxes.count || ma != wantArrows.count || ma != gotArrows.count || kept != inWords.count {
                s.misses.append("\(name): boxes \(gotBoxes) want \(wantBoxes); arrows \(gotArrows.sorted()) want \(wantArrows.sorted()); words kept \(kept)/\(inWords.count)")
            }
        }
        return s
    }

    static func report(_ s: Score, _ name: String) {
        print("\(name): " + String(format: "%d diagrams; boxes recall %.1f%% precision %.1f%% (%d/%d, %d found); arrows recall %.1f%% precision %.1f%% (%d/%d, %d found); text kept %.1f%% (%d/%d words)",
                     s.files, s.boxRecall, s.boxPrecision, s.matchedBoxes, s.expectedBoxes, s.foundBoxes,
                     s.arrowRecall, s.arrowPrecision, s.matchedArrows, s.expectedArrows, s.foundArrows,
                     s.textKept, s.keptWords, s.inputWords))
        for m in s.misses { print("  miss: " + m) }
    }

    @Test func corpusMeetsItsTargets() throws {
        let s = try Self.score()
        Self.report(s, "import corpus")
        #expect(s.files >= 40)
        #expect(s.boxRecall >= 95 && s.boxPrecision >= 95)
        #expect(s.arrowRecall >= 90 && s.arrowPrecision >= 90)
        #expect(s.keptWords == s.inputWords)
    }

    /// Diagrams written after the parser was tuned, never tuned on: how it does on new drawings.
    /// Text is never lost there either.
    @Test func heldOutDiagrams() throws {
        let s = try Self.score(folder: Self.folder + "/HeldOut")
        Self.report(s, "held-out corpus")
        #expect(s.files >= 10)
        #expect(s.keptWords == s.inputWords)
        #expect(s.boxRecall >= 90 && s.arrowRecall >= 80)
    }
}
