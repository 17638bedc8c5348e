import ArgumentParser
import Foundation
import Practice
import Rubric
import WhiteboardCore
import WhiteboardStore

/// `mlsd drill`: a short answer on the weakest trade-off, scored on that trade-off alone and saved.
struct DrillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drill",
        abstract: "Practise your weakest trade-off in a short answer.",
        discussion: """
        Picks the weakest trade-off from `mlsd progress` (among those --problem lists, if given), \
        or the one --tradeoff names, prints the problem context in two lines, reads the answer \
        from --answer FILE or stdin, prints its level with the evidence and a hint, and saves it \
        in the sessions folder (--dir, else the usual one) as a drill session.
        """
    )

    @OptionGroup var locations: Locations
    @Option(help: ArgumentHelp("Drill a trade-off of this problem.", valueName: "id")) var problem: String?
    @Option(help: ArgumentHelp("Drill this trade-off (a catalogue id).", valueName: "id")) var tradeoff: String?
    @Option(help: ArgumentHelp("Read the answer from this file instead of stdin.", valueName: "file"), completion: .file())
    var answer: String?
    @Option(help: ArgumentHelp("The sessions folder to read progress from and save into.", valueName: "dir"), completion: .directory)
    var dir: String?

    func run() throws {
        let library: TemplateLibrary
        do { library = try locations.loadTemplates() } catch let e as CLIError { fail(e) }
        let folder = sessionsFolder(locations, dir: dir)
        let history = SessionHistory.load(directory: folder, library: library)
        for s in history.skipped { printError(s.description) }
        let plan: DrillPlan
        do { plan = try DrillPlan.plan(progress: ProgressReport(history.sessions), library: library, problem: problem, tradeoff: tradeoff) } catch {
            fail(CLIError("drill: \(error.message)"))
        }
        var header = "Drill: \(plan.tradeoff.title) [\(plan.tradeoff.id)]"
        switch plan.source {
        case let .weakest(notCovered, sessions): header += ", your weakest: not covered in \(notCovered) of \(sessions)"
        case .given: break
        case .firstCore: header += ", a core trade-off (no weak spot in your sessions yet)"
        }
        print(header)
        for line in plan.contextLines { print(line) }

        let text: String
        if let answer {
            guard let data = FileManager.default.contents(atPath: answer) else {
                fail(CLIError("\(answer): \(FileManager.default.fileExists(atPath: answer) ? "cannot read the file" : "no such file")"))
            }
            guard let s = String(data: data, encoding: .utf8) else { fail(CLIError("\(answer): not valid UTF-8")) }
            text = s
        } else {
            if isatty(0) != 0 { FileHandle.standardError.write(Data("Answer in a few sentences, then Ctrl-D:\n".utf8)) }
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { fail(CLIError("drill: the answer is empty; nothing saved")) }

        let now = Date()
        let session = DrillSession.make(problem: plan.problem.id, tradeoff: plan.tradeoff, step: plan.step, answer: trimmed, now: now)
        guard let score = plan.score(session, catalogue: library.catalogue) else {
            fail(CLIError("drill: \(plan.problem.id) does not score \(plan.tradeoff.id)"))
        }
        print("")
        var verdict = "Level \(score.level) of 4 (\(score.coverage.rawValue))"
        if !score.missing.isEmpty { verdict += ", lacking \(score.missing.map(\.rawValue).joined(separator: ", "))" }
        print(verdict)
        for e in score.evidence { print("  evidence: \(e)") }
        for c in score.contradictions { print("  contradiction: \(c.reason)") }
        if score.level < 4 { print("  hint: \(plan.problem.hintText(plan.tradeoff.hint))") }
        do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
            fail(CLIError("\(folder): cannot create the sessions folder: \(error.localizedDescription)"))
        }
        let fresh = SessionFiles.newPath(in: folder, problem: session.problem, title: "drill " + plan.tradeoff.id, date: now)
        let path = locations.saveNewSession(session, out: fresh, title: nil, now: now)
        print("Saved \(path)")
    }
}
