import ArgumentParser
import Foundation
import Practice
import WhiteboardCore
import WhiteboardStore

/// `mlsd progress`: scores and weak spots across every session in the sessions folder.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Scores over time and the trade-offs most often missed.",
        discussion: """
        Reads every *.json file in the sessions folder (--dir, else --sessions-dir, \
        $MLSD_SESSIONS_DIR or ./sessions). A file that cannot be read is skipped with one line \
        on stderr naming it. Drill sessions count only for the trade-off they practised. \
        See docs/practice.md for the --json keys.
        """
    )

    @OptionGroup var locations: Locations
    @Flag(help: "Print JSON instead of text.") var json = false
    @Option(help: ArgumentHelp("Only sessions last updated on or after this day (2026-11-20) or time (ISO 8601).", valueName: "date"))
    var since: String?
    @Option(help: ArgumentHelp("The sessions folder to read (overrides --sessions-dir).", valueName: "dir"), completion: .directory)
    var dir: String?

    func run() throws {
        var sinceDate: Date?
        if let since {
            guard let d = ProgressDate.parse(since) else {
                fail(CLIError("progress: --since \"\(since)\" is not a date (use 2026-11-20 or 2026-11-20T09:30:00Z)"))
            }
            sinceDate = d
        }
        let library: TemplateLibrary
        do { library = try locations.loadTemplates() } catch let e as CLIError { fail(e) }
        let history = SessionHistory.load(directory: sessionsFolder(locations, dir: dir), library: library, since: sinceDate)
        for s in history.skipped { printError(s.description) }
        let report = ProgressReport(history.sessions)
        if json {
            print(JSONWriter.write(report.jsonValue(skipped: history.skipped)), terminator: "")
        } else {
            print(ProgressText.render(report), terminator: "")
        }
    }
}

/// The sessions folder for the practice commands: `--dir` when given, else the usual one.
func sessionsFolder(_ locations: Locations, dir: String?) -> String {
    guard let dir else { return locations.sessionsDirectory }
    return SessionFiles.directory(flag: dir)
}
