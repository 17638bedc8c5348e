import Foundation
import Practice
import TermUI
import WhiteboardCore
import WhiteboardStore

/// Why an effect's I/O failed, in words for the status line.
public struct EffectFailure: Error, CustomStringConvertible, Equatable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The I/O behind the app's effects: files and the external editor. `WhiteboardRuntime` decides
/// the order, what each outcome reports back to the reducer and when to stop; an `EffectRunner`
/// only does the I/O. `FileEffectRunner` is the real one; `MemoryEffectRunner` keeps files in
/// memory for tests and the benchmark.
public protocol EffectRunner: AnyObject {
    /// The folder new sessions are created in.
    var sessionsDirectory: String { get }
    /// Writes `session` to `path` atomically (temp file, fsync, rename).
    func save(_ session: Session, to path: String) throws(EffectFailure)
    /// The bytes of the file at `path` now, or nil when it cannot be read.
    func contents(of path: String) -> Data?
    /// Replaces the file at `path` with `bytes` atomically.
    func writeAtomically(_ bytes: Data, to path: String) throws(EffectFailure)
    /// Reads and checks the session file at `path`; never writes it.
    func load(path: String) throws(EffectFailure) -> Session
    /// Writes a new, empty session for `template` into `sessionsDirectory` (creating it) and
    /// returns the session and its path.
    func createSession(for template: ProblemTemplate, now: Date) throws(EffectFailure) -> (session: Session, path: String)
    /// Lets the user edit `text` (the answer to `step`) in their editor, with `terminal`
    /// suspended meanwhile; returns the text as the editor left it.
    func editExternally(_ text: String, step: StepID, terminal: any Terminal) throws(EffectFailure) -> String
    /// Every session in `sessionsDirectory`, scored; unreadable files listed as skipped.
    func sessionHistory(library: TemplateLibrary) -> SessionHistory
    /// Writes `session` (a new drill) to a new file in `sessionsDirectory` (creating it),
    /// named after the problem, `title` and `now`; returns the path.
    func saveNewSession(_ session: Session, title: String, now: Date) throws(EffectFailure) -> String
}
