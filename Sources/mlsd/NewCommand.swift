import ArgumentParser
import Foundation
import WhiteboardCore

/// `mlsd new`: creates a session file for a problem.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a session for a problem and print its path.",
        discussion: """
        Without --out the file goes into the sessions folder, named from the problem, the time \
        and the title; in a terminal the new session then opens in the whiteboard.
        """
    )

    @OptionGroup var locations: Locations
    @Option(help: ArgumentHelp("Problem id (see `mlsd problems`).", valueName: "id")) var problem: String
    @Option(help: "Session title (default: the problem's title).") var title: String?
    @Option(help: ArgumentHelp("Write the session to this file instead of the sessions folder; it must not exist.", valueName: "file")) var out: String?

    func run() throws {
        let library: TemplateLibrary
        do { library = try locations.loadTemplates() } catch let e as CLIError { fail(e) }
        guard let template = library.problem(id: problem) else {
            fail(CLIError("unknown problem \"\(problem)\"; one of: \(library.problems.map(\.id).joined(separator: ", "))"))
        }
        let now = Date()
        let session = Session.new(problem: template.id, title: title ?? template.title, now: now)
        let path: String
        if let out {
            if FileManager.default.fileExists(atPath: out) {
                fail(CLIError("\(out): already exists; not overwriting it (choose another --out)"))
            }
            path = out
        } else {
            let dir = locations.sessionsDirectory
            do {
                try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            } catch {
                fail(CLIError("\(dir): cannot create the sessions folder: \(error.localizedDescription)"))
            }
            path = SessionFiles.newPath(in: dir, problem: template.id, title: title, date: now)
        }
        do {
            try SessionStore.save(session, to: path)
        } catch {
            fail(CLIError(String(describing: error)))
        }
        print(path)
        if out == nil && Whiteboard.hasTerminal {
            try Whiteboard.launch(.open(path), locations: locations)
        }
    }
}
