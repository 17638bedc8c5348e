import Foundation
import Rubric
import WhiteboardCore
import WhiteboardStore

/// `mlsd-bench rubric`: scores the labelled answer sets under Tests/RubricTests with the compiled
/// rubric and prints how far its trade-off levels and totals agree with the human labels
/// (docs/score-format.md quotes the figures).
///
///   mlsd-bench rubric [--set Graded|Adversarial|HeldOut|Blind|Fresh|all] [--disagreements] [--levels] [--min-gap N]
///                     [--answers DIR] [--templates-dir DIR]
struct RubricAgreementRun {
    /// Labelled sets a tuner may read. Blind and Fresh were held out in earlier sessions; once
    /// measured twice they became development sets, and each tuning round gets a new held-out set
    /// (named with `--set NAME --answers DIR`) that only the lead measures.
    static let sets = ["Graded", "Adversarial", "HeldOut", "Blind", "Fresh"]
    var chosen: [String] = ["Graded"]
    var disagreements = false
    /// Print every trade-off's level, missing parts and evidence per answer.
    var levels = false
    var minGap = 1
    var answersRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Tests/RubricTests").path
    var templatesFlag: String?

    /// One answer with its labels and the rubric's report.
    struct Graded {
        var set: String
        var problem: String
        var quality: String
        var labels: GradedLabels
        var report: ScoreReport
        var rubric: CompiledRubric
    }

    static func run(_ arguments: [String]) -> Int32 {
        var r = RubricAgreementRun()
        var i = 0
        while i < arguments.count {
            switch arguments[i] {
            case "--set":
                i += 1
                guard let s = arguments[safe: i] else { printError("--set needs a value"); return 2 }
                if s == "all" { r.chosen = sets } else if let m = (sets + ["Calibration"]).first(where: { $0.lowercased() == s.lowercased() }) { r.chosen = [m] } else {
                    printError("--set \(s): expected Graded, Adversarial, HeldOut, Blind, Fresh, Calibration (unlabelled: totals only) or all"); return 2
                }
            case "--disagreements": r.disagreements = true
            case "--levels": r.levels = true
            case "--min-gap":
                i += 1
                guard let n = arguments[safe: i].flatMap(Int.init), n >= 1 else { printError("--min-gap needs a whole number >= 1"); return 2 }
                r.minGap = n
            case "--answers": i += 1; r.answersRoot = arguments[safe: i] ?? r.answersRoot
            case "--templates-dir": i += 1; r.templatesFlag = arguments[safe: i]
            case "-h", "--help":
                print("usage: mlsd-bench rubric [--set Graded|Adversarial|HeldOut|Blind|Fresh|all] [--disagreements] [--levels] [--min-gap N] [--answers DIR] [--templates-dir DIR]")
                return 0
            default:
                printError("rubric: unknown option \(arguments[i]) (try --help)"); return 2
            }
            i += 1
        }
        return r.run()
    }

    func run() -> Int32 {
        let library: TemplateLibrary
        do { library = try TemplateLibrary.load(directory: try TemplateLocator.locate(flag: templatesFlag)) } catch {
            printError("\(error)"); return 1
        }
        var answers: [Graded] = []
        var failed = false
        for set in chosen {
            switch Self.load(set: set, root: answersRoot, library: library) {
            case .success(let a): answers += a
            case .failure(let e): printError(e.message); failed = true
            }
        }
        if failed { return 1 }
        if answers.isEmpty { printError("\(answersRoot): no labelled answers in \(chosen.joined(separator: ", "))"); return 1 }

        print("Rubric agreement with the human labels (\(answers.count) answers)")
        print("")
        print(Self.row("answer", "total", "human", "scale", "exact", "within1", "n"))
        print("  (human = holistic grade; scale = the rubric's total formula applied to the human levels)")
        var bySet: [String: RubricAgreement] = [:]
        var byQuality: [String: RubricAgreement] = [:]
        var byTradeoff: [String: RubricAgreement] = [:]
        var all = RubricAgreement()
        for a in answers {
            var one = RubricAgreement()
            for t in a.report.steps.flatMap(\.tradeoffs) {
                guard let l = a.labels.labels[t.id] else { continue }
                one.add(human: l.level, rubric: t.level)
                byTradeoff[t.id, default: RubricAgreement()].add(human: l.level, rubric: t.level)
            }
            all.add(one)
            bySet[a.set, default: RubricAgreement()].add(one)
            byQuality[a.quality, default: RubricAgreement()].add(one)
            let fromHuman = one.count == 0 ? "-" : "\(a.rubric.total(levels: a.labels.labels.mapValues(\.level)))"
            print(Self.row("\(a.set)/\(a.problem)/\(a.quality)", "\(a.report.total)", a.labels.holistic < 0 ? "-" : "\(a.labels.holistic)",
                           fromHuman, Self.percent(one.exact), Self.percent(one.withinOne), "\(one.count)"))
        }
        print("")
        print("trade-off levels   pairs  exact  within1   QWK   false-missing  false-credit")
        func line(_ name: String, _ g: RubricAgreement) {
            let d = g.falseDenominators
            print(name.padding(toLength: 18, withPad: " ", startingAt: 0)
                  + String(format: " %5d  %5@  %6@  %5.2f  %5@ of %3d   %5@ of %3d", g.count, Self.percent(g.exact), Self.percent(g.withinOne),
                           g.quadraticWeightedKappa, Self.percent(g.falseMissing), d.discussed, Self.percent(g.falseCredit), d.thin))
        }
        for s in chosen where bySet[s] != nil { line(s, bySet[s]!) }
        for q in byQuality.keys.sorted() { line("  " + q, byQuality[q]!) }
        line("all", all)
        let worst = byTradeoff.filter { $0.value.count >= 3 }.sorted { ($0.value.withinOne, $0.key) < ($1.value.withinOne, $1.key) }.prefix(12)
        if !worst.isEmpty {
            print("")
            print("least agreement by trade-off id (within one, exact, pairs)")
            for (id, g) in worst { print("  \(id.padding(toLength: 40, withPad: " ", startingAt: 0)) \(Self.percent(g.withinOne))  \(Self.percent(g.exact))  \(g.count)") }
        }
        let totals = answers.filter { $0.labels.holistic >= 0 }.map { (Double($0.report.total), Double($0.labels.holistic)) }
        if !totals.isEmpty {
            let mae = totals.map { abs($0.0 - $0.1) }.reduce(0, +) / Double(totals.count)
            print("")
            print(String(format: "totals vs holistic: mean absolute gap %.1f points, Pearson r %.2f", mae, Self.pearson(totals)))
        }

        if levels {
            for a in answers {
                print("")
                print("== \(a.set)/\(a.problem)/\(a.quality): \(a.report.total)")
                for t in a.report.steps.flatMap(\.tradeoffs) {
                    let human = a.labels.labels[t.id].map { " (human \($0.level))" } ?? ""
                    print("  \(t.id): \(t.level)\(human) missing \(t.missing.map(\.rawValue).joined(separator: ","))")
                    for e in t.evidence { print("      | \(Self.oneLine(e))") }
                    for c in t.contradictions { print("      ! \(c.reason)") }
                }
            }
        }
        if disagreements {
            print("")
            print("Disagreements (|human - rubric| >= \(minGap))")
            for a in answers {
                for t in a.report.steps.flatMap(\.tradeoffs) {
                    guard let l = a.labels.labels[t.id], abs(l.level - t.level) >= minGap else { continue }
                    print("")
                    print("\(a.set)/\(a.problem)/\(a.quality)  \(t.id): human \(l.level), rubric \(t.level)")
                    for e in l.evidence { print("  human: \(Self.oneLine(e))") }
                    if !l.note.isEmpty { print("  note:  \(Self.oneLine(l.note))") }
                    for e in t.evidence { print("  rubric: \(Self.oneLine(e))") }
                    for c in t.contradictions { print("  contradiction: \(c.reason): \(Self.oneLine(c.choice)) / \(Self.oneLine(c.conflictsWith))") }
                }
            }
        }
        return 0
    }

    struct LoadError: Error { var message: String }

    /// Every `<problem>/<quality>.md` with its `<quality>.labels.json` under `root/set`, scored.
    /// An answer without labels, or labels without an answer, is an error naming the file.
    static func load(set: String, root: String, library: TemplateLibrary) -> Result<[Graded], LoadError> {
        let dir = root + "/" + set
        let fm = FileManager.default
        guard let problems = try? fm.contentsOfDirectory(atPath: dir) else { return .success([]) }
        var out: [Graded] = []
        var rubrics: [String: CompiledRubric] = [:]
        for problem in problems.sorted() {
            let pdir = dir + "/" + problem
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: pdir, isDirectory: &isDir), isDir.boolValue else { continue }
            guard let template = library.problem(id: problem) else { return .failure(LoadError(message: "\(pdir): no template named \(problem)")) }
            let files = ((try? fm.contentsOfDirectory(atPath: pdir)) ?? []).sorted()
            for file in files where file.hasSuffix(".md") {
                let quality = String(file.dropLast(3))
                let mdPath = pdir + "/" + file, labelPath = pdir + "/" + quality + ".labels.json"
                guard let md = try? String(contentsOfFile: mdPath, encoding: .utf8) else { return .failure(LoadError(message: "\(mdPath): cannot read")) }
                var labels = GradedLabels(problem: problem, quality: quality, holistic: -1, holisticNote: "", labels: [:])
                if let data = fm.contents(atPath: labelPath) {
                    do { labels = try GradedLabels.parse(Array(data)) } catch { return .failure(LoadError(message: "\(labelPath): \(error.message)")) }
                } else if set != "Calibration" {
                    return .failure(LoadError(message: "\(labelPath): missing (every answer needs its labels)"))
                }
                let doc: SessionMarkdown.Document
                do { doc = try SessionMarkdown.parse(md) } catch { return .failure(LoadError(message: "\(mdPath): \(error)")) }
                let session = SessionMarkdown.session(from: doc, problem: problem, title: quality, canvas: Canvas(), now: Date(timeIntervalSince1970: 0))
                let rubric = rubrics[problem] ?? CompiledRubric(template: template, catalogue: library.catalogue)
                rubrics[problem] = rubric
                out.append(Graded(set: set, problem: problem, quality: quality, labels: labels, report: rubric.score(session), rubric: rubric))
            }
            for file in files where file.hasSuffix(".labels.json") && !files.contains(String(file.dropLast(12)) + ".md") {
                return .failure(LoadError(message: "\(pdir)/\(file): no answer beside it"))
            }
        }
        return .success(out)
    }

    static func row(_ a: String, _ b: String, _ c: String, _ d: String, _ e: String, _ f: String, _ g: String) -> String {
        a.padding(toLength: 52, withPad: " ", startingAt: 0) + [b, c, d, e, f, g].map { String(repeating: " ", count: max(0, 8 - $0.count)) + $0 }.joined()
    }

    static func percent(_ x: Double) -> String { String(format: "%.0f%%", x * 100) }

    static func oneLine(_ s: String) -> String { s.split(whereSeparator: \.isNewline).joined(separator: " ") }

    static func pearson(_ xy: [(Double, Double)]) -> Double {
        guard xy.count > 1 else { return 0 }
        let n = Double(xy.count)
        let mx = xy.map(\.0).reduce(0, +) / n, my = xy.map(\.1).reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (x, y) in xy { sxy += (x - mx) * (y - my); sxx += (x - mx) * (x - mx); syy += (y - my) * (y - my) }
        return sxx == 0 || syy == 0 ? 0 : sxy / (sxx * syy).squareRoot()
    }
}
