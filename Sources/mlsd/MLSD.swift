import ArgumentParser
import Foundation
import WhiteboardCore
import WhiteboardStore

/// `mlsd`: the root command. Without a subcommand it opens the whiteboard.
@main
struct MLSD: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "mlsd",
        abstract: "A terminal whiteboard for practising ML system-design interviews.",
        discussion: """
        Run without a subcommand to open the whiteboard:
        pick a problem, work through the seven steps, sketch the architecture,
        and watch the rubric score.
        Sessions are JSON files under ./sessions (or --sessions-dir, $MLSD_SESSIONS_DIR).
        """,
        version: version,
        subcommands: [
            ProblemsCommand.self, NewCommand.self, OpenCommand.self, ShowCommand.self,
            ValidateCommand.self, TemplatesCommand.self, ScoreCommand.self, ImportCommand.self,
            ExportCommand.self, ProgressCommand.self, AskCommand.self, ReferenceCommand.self, DrillCommand.self,
        ]
    )

    @OptionGroup var locations: Locations

    func run() throws {
        try Whiteboard.launch(.start, locations: locations)
    }
}

/// Where sessions and templates are found; shared by every command.
struct Locations: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder for session files.\n(default: $MLSD_SESSIONS_DIR, else ./sessions)", valueName: "dir"), completion: .directory)
    var sessionsDir: String?

    @Option(name: .long, help: ArgumentHelp("Folder with catalogue.yaml and problems/.\n(default: $MLSD_TEMPLATES_DIR, ./templates,\nthen the shipped templates)", valueName: "dir"), completion: .directory)
    var templatesDir: String?

    var sessionsDirectory: String { SessionFiles.directory(flag: sessionsDir) }

    func loadTemplates() throws -> TemplateLibrary {
        do {
            let dir = try TemplateLocator.locate(flag: templatesDir)
            return try TemplateLibrary.load(directory: dir, cacheDirectory: TemplateCache.directory())
        } catch {
            throw CLIError(error.description)
        }
    }
}

extension Locations {
    /// The template of a problem id, or a one-line error listing the known ids.
    func template(id: String, in library: TemplateLibrary) -> ProblemTemplate {
        guard let template = library.problem(id: id) else {
            fail(CLIError("unknown problem \"\(id)\"; one of: \(library.problems.map(\.id).joined(separator: ", "))"))
        }
        return template
    }

    /// Saves a new session to `out` (which must not exist) or to a fresh file in the sessions
    /// folder named from the problem, the time and `title`; returns the path. Fails with one line.
    func saveNewSession(_ session: Session, out: String?, title: String?, now: Date) -> String {
        let path: String
        if let out {
            if FileManager.default.fileExists(atPath: out) {
                fail(CLIError("\(out): already exists; not overwriting it (choose another --out)"))
            }
            path = out
        } else {
            let dir = sessionsDirectory
            do {
                try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            } catch {
                fail(CLIError("\(dir): cannot create the sessions folder: \(error.localizedDescription)"))
            }
            path = SessionFiles.newPath(in: dir, problem: session.problem, title: title, date: now)
        }
        do { try SessionStore.save(session, to: path) } catch { fail(CLIError(String(describing: error))) }
        return path
    }
}

/// A failure reported as one line on stderr with a non-zero exit.
struct CLIError: Error, CustomStringConvertible {
    var message: String
    var code: Int32
    init(_ message: String, code: Int32 = 1) {
        self.message = message
        self.code = code
    }
    var description: String { message }
}

extension CLIError: LocalizedError {
    var errorDescription: String? { message }
}

/// Prints to stderr.
func printError(_ line: String) {
    FileHandle.standardError.write(Data(("mlsd: " + line + "\n").utf8))
}

/// Exits with the error's code after printing it as one line, without ArgumentParser's usage text.
func fail(_ error: CLIError) -> Never {
    printError(error.message)
    Foundation.exit(error.code)
}
