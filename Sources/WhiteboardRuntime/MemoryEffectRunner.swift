import Foundation
import Practice
import Rubric
import TermUI
import WhiteboardCore
import WhiteboardStore

/// A fake `EffectRunner` for tests and the benchmark: files live in a dictionary, the
/// "editor" is a function, and saves can be made to fail.
public final class MemoryEffectRunner: EffectRunner {
    public let sessionsDirectory: String
    /// The fake file system: path to bytes.
    public var files: [String: Data]
    /// When set, every save and atomic write fails with this message.
    public var failWrites: String?
    /// What the external editor does to the text; nil leaves the text as it was.
    public var editor: (@Sendable (StepID, String) -> String)?
    /// Every save, in order (the path written).
    public private(set) var saves: [String] = []

    public init(sessionsDirectory: String = "/sessions", files: [String: Data] = [:]) {
        self.sessionsDirectory = sessionsDirectory
        self.files = files
    }

    public func save(_ session: Session, to path: String) throws(EffectFailure) {
        if let failWrites { throw EffectFailure("\(path): \(failWrites)") }
        files[path] = SessionCodec.encode(session)
        saves.append(path)
    }

    public func contents(of path: String) -> Data? { files[path] }

    public func writeAtomically(_ bytes: Data, to path: String) throws(EffectFailure) {
        if let failWrites { throw EffectFailure("\(path): \(failWrites)") }
        files[path] = bytes
    }

    public func load(path: String) throws(EffectFailure) -> Session {
        guard let bytes = files[path] else { throw EffectFailure("\(path): cannot read: no such file") }
        do { return try SessionCodec.decode(bytes).session } catch { throw EffectFailure("\(path): \(error.description)") }
    }

    public func createSession(for template: ProblemTemplate, now: Date) throws(EffectFailure) -> (session: Session, path: String) {
        let base = SessionFiles.fileName(problem: template.id, title: nil, date: now)
        var path = sessionsDirectory + "/" + base
        var n = 2
        while files[path] != nil { path = sessionsDirectory + "/" + base.dropLast(5) + "-\(n).json"; n += 1 }
        let session = Session.new(problem: template.id, title: template.title, now: now)
        try save(session, to: path)
        return (session, path)
    }

    /// The sessions among `files` in `sessionsDirectory`, scored; undecodable ones skipped.
    public func sessionHistory(library: TemplateLibrary) -> SessionHistory {
        var sessions: [ScoredSession] = [], skipped: [SkippedFile] = []
        for (path, bytes) in files.sorted(by: { $0.key < $1.key }) where path.hasPrefix(sessionsDirectory + "/") && path.hasSuffix(".json") {
            do {
                let session = try SessionCodec.decode(bytes).session
                guard let t = library.problem(id: session.problem) else {
                    skipped.append(SkippedFile(path: path, reason: "unknown problem \"\(session.problem)\"")); continue
                }
                sessions.append(ScoredSession(path: path, session: session, template: t,
                                              report: Rubric.score(session, template: t, catalogue: library.catalogue)))
            } catch {
                skipped.append(SkippedFile(path: path, reason: error.description))
            }
        }
        return SessionHistory(sessions: sessions, skipped: skipped)
    }

    public func saveNewSession(_ session: Session, title: String, now: Date) throws(EffectFailure) -> String {
        let base = SessionFiles.fileName(problem: session.problem, title: title, date: now)
        var path = sessionsDirectory + "/" + base
        var n = 2
        while files[path] != nil { path = sessionsDirectory + "/" + base.dropLast(5) + "-\(n).json"; n += 1 }
        try save(session, to: path)
        return path
    }

    public func editExternally(_ text: String, step: StepID, terminal: any Terminal) throws(EffectFailure) -> String {
        terminal.suspend()
        defer { terminal.resume() }
        return editor?(step, text) ?? text
    }
}
