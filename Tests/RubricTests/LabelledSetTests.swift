import Foundation
import Testing
import WhiteboardCore
@testable import Rubric

/// The answers other people wrote and labelled without seeing the rubric
/// (Tests/RubricTests/Graded and Adversarial: `<problem>/<kind>.md` + `<kind>.labels.json`).
/// These assert what a user is promised about totals: the ranges and the order on every graded
/// problem, and that gaming answers stay low. HeldOut is not read here (it is for the final
/// out-of-sample figure in `mlsd-bench rubric --set HeldOut` only).
@Suite struct LabelledSetTests {
    static let root = CalibrationTests.root

    /// (problem, kind) -> total, for every answer of a set.
    static func totals(_ set: String) -> [String: [String: Int]] {
        let dir = root.appendingPathComponent(set).path
        var out: [String: [String: Int]] = [:]
        for problem in ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted() {
            guard let template = CalibrationTests.library.problem(id: problem) else { continue }
            let rubric = CompiledRubric(template: template, catalogue: CalibrationTests.library.catalogue)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: dir + "/" + problem)) ?? []
            for file in files where file.hasSuffix(".md") {
                guard let text = try? String(contentsOfFile: dir + "/" + problem + "/" + file, encoding: .utf8),
                      let doc = try? SessionMarkdown.parse(text) else { continue }
                let kind = String(file.dropLast(3))
                let session = SessionMarkdown.session(from: doc, problem: problem, title: kind, canvas: Canvas(), now: Date(timeIntervalSince1970: 0))
                out[problem, default: [:]][kind] = rubric.score(session).total
            }
        }
        return out
    }

    static let graded = totals("Graded")
    static let adversarial = totals("Adversarial")
    static let gradedProblems = graded.keys.sorted()

    @Test func theGradedSetHasSixProblems() {
        #expect(Self.gradedProblems.count >= 6, "\(Self.gradedProblems)")
        for p in Self.gradedProblems {
            #expect(CalibrationTests.library.problem(id: p) != nil, "no template for \(p)")
        }
    }

    @Test(arguments: gradedProblems) func gradedTotalsAreInTheirRangesAndOrdered(problem: String) {
        let t = Self.graded[problem]!
        if let e = t["expert"] { #expect((75...95).contains(e), "\(problem) expert \(e)") }
        if let s = t["solid"] { #expect((45...65).contains(s), "\(problem) solid \(s)") }
        if let s = t["shallow"] { #expect(s <= 25, "\(problem) shallow \(s)") }
        if let b = t["buzzwords"] { #expect(b <= 15, "\(problem) buzzwords \(b)") }
        if let o = t["off-topic"] {
            #expect(o <= 10, "\(problem) off-topic \(o)")
            if let e = t["expert"] { #expect(o * 2 <= e, "\(problem): off-topic \(o) vs expert \(e)") }
        }
        func before(_ a: String, _ b: String) {
            guard let x = t[a], let y = t[b] else { return }
            #expect(x > y, "\(problem): \(a) \(x) should beat \(b) \(y)")
        }
        before("expert", "solid")
        before("solid", "shallow")
        before("shallow", "off-topic")
        before("solid", "buzzwords")
    }

    /// Answers written to game the rubric: cue-word sentences, pasted prompts or hints, padding,
    /// both sides at once. Each stays at 25 or below and below the solid answer of its problem.
    static let gaming: Set<String> = ["formulaic", "bare-formulaic", "echo-prompts", "echo-hints", "cost-padding", "both-sides"]

    @Test func gamingAnswersStayLowAndBelowTheSolidAnswer() {
        #expect(!Self.adversarial.isEmpty)
        for (problem, kinds) in Self.adversarial {
            let solid = Self.graded[problem]?["solid"]
            for (kind, total) in kinds where Self.gaming.contains(kind) {
                #expect(total <= 25, "\(problem)/\(kind): \(total)")
                if let solid { #expect(total < solid, "\(problem)/\(kind): \(total) vs solid \(solid)") }
            }
            // An answer that contradicts its own constraints is below the solid one.
            if let c = kinds["contradiction"], let solid { #expect(c < solid, "\(problem)/contradiction: \(c) vs solid \(solid)") }
        }
    }

    /// Issue 15's target, not met yet: with side concepts (session 4) two plain-English experts
    /// (human 84-85) reach 78 and 69 and one terse expert 71, but the fraud plain-English expert
    /// scores 37 and the ad-click and search terse experts 41 and 48. Enable it when all reach 70;
    /// the figures are in docs/score-format.md.
    @Test(.disabled("target not met yet (issue 15 open): plain-English experts score 78, 69, 37 and terse experts 41, 71, 48 (session 4), not >= 70"))
    func plainEnglishAndTerseExpertsScoreAtLeastSeventy() {
        for (problem, kinds) in Self.adversarial {
            for (kind, total) in kinds where kind.contains("plain") || kind.contains("terse") {
                #expect(total >= 70, "\(problem)/\(kind): \(total)")
            }
        }
    }
}
