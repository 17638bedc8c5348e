import ArgumentParser
import Foundation
import WhiteboardCore

/// `mlsd`: the root command. Without a subcommand it opens the whiteboard.
@main
struct MLSD: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "mlsd",
        abstract: "A terminal whiteboard for practising ML system-design interviews.",
        discussion: """
        Run without a subcommand to open the whiteboard: pick a problem, work through the seven
        steps, sketch the architecture and watch the rubric score.
        Sessions are JSON files under ./sessions (override with --sessions-dir or $MLSD_SESSIONS_DIR).
        """,
        version: version,
        subcommands: [
            ProblemsCommand.self, NewCommand.self, OpenCommand.self, ShowCommand.self,
            ValidateCommand.self, TemplatesCommand.self, ScoreCommand.self, ImportCommand.self,
            ExportCommand.self,
        ]
    )

    @OptionGroup var locations: Locations

    func run() throws {
        try Whiteboard.launch(.start, locations: locations)
    }
}

/// Where sessions and templates are found; shared by every command.
struct Locations: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder for session files (default: ./sessions or $MLSD_SESSIONS_DIR).", valueName: "dir"))
    var sessionsDir: String?

    @Option(name: .long, help: ArgumentHelp("Folder with catalogue.yaml and problems/ (default: $MLSD_TEMPLATES_DIR, ./templates, then the shipped templates).", valueName: "dir"))
    var templatesDir: String?

    var sessionsDirectory: String { SessionFiles.directory(flag: sessionsDir) }

    func loadTemplates() throws -> TemplateLibrary {
        do {
            let dir = try TemplateLocator.locate(flag: templatesDir)
            return try TemplateLibrary.load(directory: dir)
        } catch {
            throw CLIError(error.description)
        }
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
