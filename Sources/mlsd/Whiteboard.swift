import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Starting the interactive whiteboard.
enum Whiteboard {
    enum Entry {
        case start
        case open(String)
    }

    /// True when both stdin and stdout are terminals.
    static var hasTerminal: Bool { isatty(0) == 1 && isatty(1) == 1 }

    static func launch(_ entry: Entry, locations: Locations) throws {
        guard hasTerminal else {
            fail(CLIError("the whiteboard needs a terminal (stdin and stdout must be a tty); for scripts use `mlsd new`, `mlsd show` or `mlsd score`", code: 2))
        }
        print("The interactive whiteboard is not built yet. Use `mlsd new`, `mlsd show` and `mlsd validate` meanwhile.")
    }
}
