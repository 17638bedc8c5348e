import Foundation
import Rubric
import WhiteboardCore
import WhiteboardStore

/// The sessions in a folder, loaded and scored: the file-reading edge of the practice loop.
/// Every file that cannot be loaded or has no template is skipped with its reason, never fatal.
public struct SessionHistory: Sendable {
    /// The usable sessions, oldest first (by `updatedAt`, then path).
    public var sessions: [ScoredSession]
    /// Files left out, in folder order.
    public var skipped: [SkippedFile]

    public init(sessions: [ScoredSession], skipped: [SkippedFile] = []) {
        self.sessions = sessions.sorted { ($0.date, $0.path) < ($1.date, $1.path) }
        self.skipped = skipped
    }

    /// Reads every `*.json` file in `directory` (a missing folder is an empty history) and
    /// scores it with its problem's rubric, compiled once per problem. Sessions last updated
    /// before `since` are left out (not reported as skipped).
    public static func load(directory: String, library: TemplateLibrary, since: Date? = nil) -> SessionHistory {
        var rubrics: [String: CompiledRubric] = [:]
        var sessions: [ScoredSession] = []
        var skipped: [SkippedFile] = []
        for path in SessionFiles.list(in: directory) {
            let session: Session
            do { session = try SessionStore.load(path: path).session } catch {
                skipped.append(SkippedFile(path: path, reason: Self.reason(error.description, path: path)))
                continue
            }
            if let since, session.updatedAt < since { continue }
            guard let template = library.problem(id: session.problem) else {
                skipped.append(SkippedFile(path: path, reason: "unknown problem \"\(session.problem)\""))
                continue
            }
            let rubric = rubrics[template.id] ?? CompiledRubric(template: template, catalogue: library.catalogue)
            rubrics[template.id] = rubric
            sessions.append(ScoredSession(path: path, session: session, template: template, report: rubric.score(session)))
        }
        return SessionHistory(sessions: sessions, skipped: skipped)
    }

    /// A load error's message without the path it already starts with, on one line.
    static func reason(_ message: String, path: String) -> String {
        var m = message
        if m.hasPrefix(path + ": ") { m.removeFirst(path.count + 2) }
        return m.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
