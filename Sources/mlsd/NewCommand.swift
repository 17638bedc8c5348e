import ArgumentParser
import Foundation
import WhiteboardCore

/// `mlsd new`: creates a session file for a problem.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a session for a problem and print its path.",
        discussion: """
        Without --out the file goes into the sessions folder,
        named from the problem, the time and the title.
        In a terminal the new session then opens in the whiteboard.
        """
    )

    @OptionGroup var locations: Locations
    @Option(help: ArgumentHelp("Problem id (see `mlsd problems`).", valueName: "id"), completion: .problemID) var problem: String
    @Option(help: "Session title (default: the problem's title).") var title: String?
    @Option(help: ArgumentHelp("Write the session to this file (it must not exist),\ninstead of into the sessions folder.", valueName: "file"), completion: .sessionFile) var out: String?

    func run() throws {
        let library: TemplateLibrary
        do { library = try locations.loadTemplates() } catch let e as CLIError { fail(e) }
        let template = locations.template(id: problem, in: library)
        let now = Date()
        let session = Session.new(problem: template.id, title: title ?? template.title, now: now)
        let path = locations.saveNewSession(session, out: out, title: title, now: now)
        print(path)
        if out == nil && Whiteboard.hasTerminal {
            try Whiteboard.launch(.open(path), locations: locations)
        }
    }
}
