import Foundation
import Rubric
import WhiteboardApp
import WhiteboardCore
import WhiteboardStore

/// Reads the sessions folder for the Start screen: each file's title, problem, last edit and
/// score; files that fail to load are listed with their error.
enum RecentSessions {
    /// Most files listed.
    static let limit = 50

    static func load(directory: String, library: TemplateLibrary) -> [RecentSession] {
        var rubrics: [String: CompiledRubric] = [:]   // one compile per problem, not per file
        return SessionFiles.list(in: directory).prefix(limit).map { path in
            do {
                let s = try SessionStore.load(path: path).session
                let score = library.problem(id: s.problem).map { template in
                    let rubric = rubrics[template.id] ?? CompiledRubric(template: template, catalogue: library.catalogue)
                    rubrics[template.id] = rubric
                    return rubric.score(s).total
                }
                return RecentSession(path: path, title: s.title, problem: s.problem, updatedAt: s.updatedAt, score: score)
            } catch {
                return RecentSession(path: path, title: (path as NSString).lastPathComponent, problem: "",
                                     updatedAt: nil, score: nil, error: String(describing: error))
            }
        }
    }
}
