import ArgumentParser
import Foundation
import WhiteboardCore
import WhiteboardStore

/// `mlsd validate`: checks session files without changing them.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check session files (exit 1 if any is invalid).",
        discussion: "Prints one line per bad file, naming it and the problem. Files are never modified."
    )

    @Argument(help: ArgumentHelp("Session files to check.", valueName: "file"), completion: .sessionFile) var files: [String]
    @Flag(name: .shortAndLong, help: "Also print a line for each valid file.") var verbose = false

    func run() throws {
        var bad = 0
        for file in files {
            do {
                let decoded = try SessionStore.load(path: file)
                for repair in decoded.repairs { print("\(file): warning: \(repair)") }
                if verbose { print("\(file): ok") }
            } catch {
                print(error.description)
                bad += 1
            }
        }
        if bad > 0 { throw ExitCode(1) }
    }
}
