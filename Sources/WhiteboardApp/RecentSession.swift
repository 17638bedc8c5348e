import Foundation

/// A session file listed on the Start screen. The runtime reads and scores each file; a file
/// that fails to load is listed with its error and cannot be opened (it is never overwritten).
public struct RecentSession: Equatable, Sendable {
    public var path: String
    public var title: String
    public var problem: String
    public var updatedAt: Date?
    /// The rubric total, when the problem's template is known.
    public var score: Int?
    /// The one-line load error, for files that could not be read.
    public var error: String?

    public init(path: String, title: String, problem: String, updatedAt: Date?, score: Int?, error: String? = nil) {
        self.path = path; self.title = title; self.problem = problem
        self.updatedAt = updatedAt; self.score = score; self.error = error
    }
}
