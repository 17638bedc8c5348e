import Foundation
import SeededRandom
import Testing
import WhiteboardCore
import WhiteboardStore
@testable import Rubric

/// Graded answers written for this project (Tests/RubricTests/Calibration/<problem>/<quality>.md)
/// scored against the real templates. The expectations are the point of the rubric: if one
/// fails, fix the scorer, not the expectation.
@Suite struct CalibrationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let calibration = root.appendingPathComponent("Calibration").path
    static let templates = root.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("templates").path
    static let qualities = ["expert", "solid", "shallow", "buzzwords", "off-topic"]
    static let library: TemplateLibrary = try! TemplateLibrary.load(directory: templates)
    static let problems: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: calibration)) ?? []).sorted()

    static func answer(_ problem: String, _ quality: String) throws -> Session {
        let path = calibration + "/\(problem)/\(quality).md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let doc = try SessionMarkdown.parse(text)
        return SessionMarkdown.session(from: doc, problem: problem, title: quality, canvas: Canvas(),
                                       now: Date(timeIntervalSince1970: 0))
    }

    static func rubric(_ problem: String) -> CompiledRubric {
        CompiledRubric(template: library.problem(id: problem)!, catalogue: library.catalogue)
    }

    @Test func atLeastFourProblemsWithEveryQuality() throws {
        #expect(Self.problems.count >= 4)
        for p in Self.problems {
            #expect(Self.library.problem(id: p) != nil, "no template for \(p)")
            for q in Self.qualities { _ = try Self.answer(p, q) }
        }
    }

    @Test(arguments: problems) func qualitiesAreOrdered(problem: String) throws {
        let rubric = Self.rubric(problem)
        var total: [String: Int] = [:]
        for q in Self.qualities { total[q] = rubric.score(try Self.answer(problem, q)).total }
        let t = total.mapValues { $0 }
        #expect(t["expert"]! > t["solid"]!, "\(problem): \(t)")
        #expect(t["solid"]! > t["shallow"]!, "\(problem): \(t)")
        #expect(t["buzzwords"]! < t["solid"]!, "\(problem): \(t)")
        #expect(t["off-topic"]! < t["shallow"]!, "\(problem): \(t)")
    }

    @Test(arguments: problems) func expertAnswerScoresFarBelowOnAnotherProblem(problem: String) throws {
        let expert = try Self.answer(problem, "expert")
        let own = Self.rubric(problem).score(expert).total
        for other in Self.problems where other != problem {
            let foreign = Self.rubric(other).score(expert).total
            #expect(foreign * 2 <= own, "\(problem) expert: \(own) on its own template, \(foreign) on \(other)")
        }
    }

    @Test(arguments: problems) func shufflingSentencesBetweenStepsDoesNotRaiseTheScore(problem: String) throws {
        let rubric = Self.rubric(problem)
        for q in ["expert", "solid", "buzzwords"] {
            let session = try Self.answer(problem, q)
            let original = rubric.score(session).total
            let sentences = StepID.allCases.flatMap { step -> [String] in
                let scalars = Array(session.text(of: step).unicodeScalars)
                return SentenceSplitter.split(scalars).map { String(String.UnicodeScalarView(scalars[$0])) }
            }
            for seed in UInt64(1)...5 {
                var rng = SeededGenerator(seed: seed)
                var shuffled = session
                var buckets = [StepID: [String]]()
                for s in sentences.shuffled(using: &rng) { buckets[StepID.allCases.randomElement(using: &rng)!, default: []].append(s) }
                // Each moved sentence stands in a paragraph of its own: a sentence may explain the
                // one before it in its paragraph, and shuffling must not invent such pairs.
                for step in StepID.allCases { shuffled.setText((buckets[step] ?? []).joined(separator: "\n\n"), for: step) }
                let score = rubric.score(shuffled).total
                #expect(score <= original, "\(problem)/\(q) seed \(seed): \(original) -> \(score)")
            }
        }
    }

    @Test(arguments: problems) func fillerAndRepetitionDoNotRaiseTheScore(problem: String) throws {
        let rubric = Self.rubric(problem)
        let filler = """
        This is an important part of the overall design and deserves careful thought. There are many aspects \
        to consider here, and the team should discuss them in detail. Overall the system should work well for \
        everyone who uses it, and we will keep improving it over time.
        """
        for q in Self.qualities {
            let session = try Self.answer(problem, q)
            let original = rubric.score(session).total
            var padded = session
            var doubled = session
            for step in StepID.allCases {
                padded.setText(session.text(of: step) + "\n\n" + filler, for: step)
                doubled.setText(session.text(of: step) + "\n\n" + session.text(of: step), for: step)
            }
            #expect(rubric.score(padded).total <= original, "\(problem)/\(q) with filler")
            #expect(rubric.score(doubled).total <= original, "\(problem)/\(q) repeated")
        }
    }
}

typealias SeededGenerator = SplitMix64

@Suite struct IncrementalScoringTests {
    @Test func rescoringOneEditedStepMatchesScoringTheWholeSession() throws {
        let problem = "video-recommendation"
        let rubric = CalibrationTests.rubric(problem)
        var session = try CalibrationTests.answer(problem, "solid")
        var analyses: [StepID: StepAnalysis] = [:]
        for step in StepID.allCases { analyses[step] = rubric.analyse(session.text(of: step), step: step) }
        #expect(rubric.score(analyses, canvas: session.canvas) == rubric.score(session))

        session.setText(session.text(of: .serving) + "\nI'd use HNSW rather than brute force because 800 M videos cannot be scanned in 200 ms; we lose some recall.", for: .serving)
        analyses[.serving] = rubric.analyse(session.text(of: .serving), step: .serving)
        let incremental = rubric.score(analyses, canvas: session.canvas)
        #expect(incremental == rubric.score(session))
        #expect(incremental.step(.serving)!.tradeoffs.first { $0.id == "exact-vs-approximate-nn" }!.level == 4)
    }
}
