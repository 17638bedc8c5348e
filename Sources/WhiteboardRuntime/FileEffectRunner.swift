import Foundation
import Practice
import TermUI
import WhiteboardCore
import WhiteboardStore
#if canImport(Glibc)
import Glibc
#endif

/// The real effects: sessions through `SessionStore` (atomic saves, checked loads) and
/// $VISUAL / $EDITOR (default vi) run in the terminal's foreground process group.
public final class FileEffectRunner: EffectRunner {
    public let sessionsDirectory: String

    public init(sessionsDirectory: String) {
        self.sessionsDirectory = sessionsDirectory
    }

    public func save(_ session: Session, to path: String) throws(EffectFailure) {
        do { try SessionStore.save(session, to: path) } catch { throw EffectFailure(String(describing: error)) }
    }

    public func contents(of path: String) -> Data? { FileManager.default.contents(atPath: path) }

    public func writeAtomically(_ bytes: Data, to path: String) throws(EffectFailure) {
        do { try SessionStore.writeAtomically(bytes, to: path) } catch { throw EffectFailure(String(describing: error)) }
    }

    public func load(path: String) throws(EffectFailure) -> Session {
        do { return try SessionStore.load(path: path).session } catch { throw EffectFailure(error.description) }
    }

    public func createSession(for template: ProblemTemplate, now: Date) throws(EffectFailure) -> (session: Session, path: String) {
        do {
            try FileManager.default.createDirectory(atPath: sessionsDirectory, withIntermediateDirectories: true)
            let path = SessionFiles.newPath(in: sessionsDirectory, problem: template.id, title: nil, date: now)
            let session = Session.new(problem: template.id, title: template.title, now: now)
            try SessionStore.save(session, to: path)
            return (session, path)
        } catch {
            throw EffectFailure("\(sessionsDirectory): cannot create a session: \(error)")
        }
    }

    public func sessionHistory(library: TemplateLibrary) -> SessionHistory {
        SessionHistory.load(directory: sessionsDirectory, library: library)
    }

    public func saveNewSession(_ session: Session, title: String, now: Date) throws(EffectFailure) -> String {
        do {
            try FileManager.default.createDirectory(atPath: sessionsDirectory, withIntermediateDirectories: true)
            let path = SessionFiles.newPath(in: sessionsDirectory, problem: session.problem, title: title, date: now)
            try SessionStore.save(session, to: path)
            return path
        } catch {
            throw EffectFailure("\(sessionsDirectory): cannot create a session: \(error)")
        }
    }

    /// Writes the text to a temp file, suspends the screen, runs the editor on the file and
    /// reads it back; the temp file is removed in every case.
    public func editExternally(_ text: String, step: StepID, terminal: any Terminal) throws(EffectFailure) -> String {
        let dir = NSTemporaryDirectory()
        let path = (dir as NSString).appendingPathComponent("mlsd-\(step.rawValue)-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).md")
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw EffectFailure("cannot write \(path): \(error.localizedDescription)")
        }
        defer { unlink(path) }
        terminal.suspend()
        let status = ForegroundProcess.run(["/bin/sh", "-c", "${VISUAL:-${EDITOR:-vi}} \"$1\"", "mlsd-editor", path])
        terminal.resume()
        guard status == 0 else { throw EffectFailure("the editor exited with status \(status); text unchanged") }
        guard let data = FileManager.default.contents(atPath: path), let edited = String(data: data, encoding: .utf8) else {
            throw EffectFailure("could not read the edited text back")
        }
        return edited
    }
}
