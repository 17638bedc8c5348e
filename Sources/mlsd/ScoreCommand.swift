import ArgumentParser
import Foundation
import Rubric
import WhiteboardCore
import WhiteboardStore

/// `mlsd score`: scores session files against their problems' rubrics.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score sessions: total, steps, diagram, gaps.",
        discussion: """
        Prints the total, a bar per step and the diagram's score,
        then per step the missing and half-covered trade-offs with hints.

        With --json: one report per file (an object, or an array for several files),
        as described in docs/score.schema.json and docs/score-format.md. Its keys:
          file, problem, total, listPenalty,
          steps[]: id, score, tradeoffs[],
          tradeoffs[]: id, title, level (0-4), evidence[], missing[], contradictions[],
          missing[]: any of decision, reason, cost,
          contradictions[]: reason, choice, conflictsWith,
          diagram: score, missingComponents[], missingFlows[].

        A file that cannot be scored gets one line on stderr; the exit status is then 1.
        """
    )

    @OptionGroup var locations: Locations
    @Argument(help: ArgumentHelp("Session files to score.", valueName: "file"), completion: .sessionFile) var files: [String]
    @Flag(help: "Print JSON instead of the text report.") var json = false

    func run() throws {
        if files.isEmpty { fail(CLIError("score: give at least one session file")) }
        let library: TemplateLibrary
        do { library = try locations.loadTemplates() } catch let e as CLIError { fail(e) }
        var rubrics: [String: CompiledRubric] = [:]
        var results: [JSONValue] = []
        var bad = 0
        var first = true
        for file in files {
            let session: Session
            do { session = try SessionStore.load(path: file).session } catch {
                printError(error.description)
                bad += 1
                continue
            }
            guard let template = library.problem(id: session.problem) else {
                printError("\(file): unknown problem \"\(session.problem)\" (no template with that id in \(library.directory))")
                bad += 1
                continue
            }
            let rubric = rubrics[template.id] ?? CompiledRubric(template: template, catalogue: library.catalogue)
            rubrics[template.id] = rubric
            let report = rubric.score(session)
            if json {
                results.append(report.jsonValue(file: file, problem: template.id))
            } else {
                if !first { print("") }
                first = false
                if files.count > 1 { print("== \(file)") }
                print("\(template.title) [\(template.id)]")
                print(ScoreReportText.render(report), terminator: "")
            }
        }
        if json && !results.isEmpty {
            print(JSONWriter.write(files.count == 1 ? results[0] : .array(results)), terminator: "")
        }
        if bad > 0 { throw ExitCode(1) }
    }
}
