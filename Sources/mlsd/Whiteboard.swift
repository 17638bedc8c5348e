import Foundation
import TermNcurses
import WhiteboardApp
import WhiteboardCore
import WhiteboardStore
import WhiteboardRuntime
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
        if let problem = TerminalCheck.problem(term: ProcessInfo.processInfo.environment["TERM"]) {
            fail(CLIError(problem, code: 2))
        }
        let sessionsDir = locations.sessionsDirectory
        SessionStore.removeStaleTempFiles(in: sessionsDir)
        let initial: (TemplateLibrary) -> AppState
        let library: TemplateLibrary
        switch entry {
        case .start:
            do { library = try locations.loadTemplates() } catch let e as CLIError { fail(e) }
            let recent = RecentSessions.load(directory: sessionsDir, library: library)
            initial = { AppState(width: 80, height: 24, now: Date(), library: $0, recent: recent) }
        case .open(let path):
            // A file that fails to load is reported and never touched.
            let decoded: SessionCodec.Decoded
            do { decoded = try SessionStore.load(path: path) } catch { fail(CLIError(error.description)) }
            // Saves write their temp file beside the session: clear litter a killed run left there.
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path
            if folder != URL(fileURLWithPath: sessionsDir).standardizedFileURL.path { SessionStore.removeStaleTempFiles(in: folder) }
            // Without templates the session still opens; the rubric pane says why it is empty.
            // The status bar says why (e.g. a YAML error, with its file) instead of a bare "no rubric".
            var templateError: String?
            do { library = try locations.loadTemplates() } catch {
                library = TemplateLibrary(catalogue: TradeoffCatalogue(tradeoffs: []), problems: [])
                templateError = "no rubric: " + String(describing: error)
            }
            initial = {
                var state = AppState(width: 80, height: 24, now: Date(), library: $0, session: decoded.session, path: path)
                state.board?.message = templateError
                return state
            }
        }
        NcursesTerminal.installQuitSignalHandlers()
        NcursesTerminal.installCrashHandlers()
        let runtime = WhiteboardRuntime(state: initial(library), terminal: NcursesTerminal(),
                                        effects: FileEffectRunner(sessionsDirectory: sessionsDir))
        let exit = runtime.run()
        if let message = exit.message { FileHandle.standardError.write(Data((message + "\n").utf8)) }
        if exit.code != 0 { Foundation.exit(exit.code) }
    }
}
