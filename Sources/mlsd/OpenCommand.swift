import ArgumentParser
import Foundation
import WhiteboardCore

/// `mlsd open`: opens a session in the whiteboard.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open a session file in the whiteboard."
    )

    @OptionGroup var locations: Locations
    @Argument(help: ArgumentHelp("The session file.", valueName: "file"), completion: .sessionFile) var file: String

    func run() throws {
        try Whiteboard.launch(.open(file), locations: locations)
    }
}
