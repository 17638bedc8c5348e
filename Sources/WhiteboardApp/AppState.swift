import Foundation
import WhiteboardCore

/// Everything the whiteboard shows. Only `App.reduce` changes it; the view reads it.
public struct AppState: Equatable, Sendable {
    /// Which screen is showing.
    public enum Screen: Equatable, Sendable { case start, whiteboard }

    public var width: Int
    public var height: Int
    /// The clock as of the last tick; renderers read time only from here.
    public var now: Date
    public var library: TemplateLibrary
    public var screen: Screen
    public var start = StartState()
    public var recent: [RecentSession]
    public var board: WhiteboardState?
    public var overlay: Overlay?
    /// Set when the app should exit after the current effects run.
    public var quitting = false

    /// The Start screen.
    public init(width: Int, height: Int, now: Date, library: TemplateLibrary, recent: [RecentSession]) {
        self.width = width; self.height = height; self.now = now
        self.library = library; self.recent = recent
        self.screen = .start
    }

    /// The whiteboard with `session` open and the first step's editor focused.
    public init(width: Int, height: Int, now: Date, library: TemplateLibrary, session: Session, path: String) {
        self.init(width: width, height: height, now: now, library: library, recent: [])
        open(session: session, path: path)
    }

    /// Shows `session` on the whiteboard, scored, with the first step's editor focused.
    public mutating func open(session: Session, path: String) {
        var b = WhiteboardState(session: session, path: path, template: library.problem(id: session.problem), now: now)
        b.score(catalogue: library.catalogue, now: now)
        b.practice = PracticeState(session: session, library: library)
        board = b
        screen = .whiteboard
        overlay = nil
    }

    public static func == (a: AppState, b: AppState) -> Bool {
        a.width == b.width && a.height == b.height && a.now == b.now && a.screen == b.screen && a.start == b.start
            && a.recent == b.recent && a.board == b.board && a.overlay == b.overlay && a.quitting == b.quitting
            && a.library.problems == b.library.problems
    }

    /// The problems matching the Start screen's filter, in library order.
    public var filteredProblems: [ProblemTemplate] {
        StartState.matching(start.filter, in: library.problems)
    }

    /// The smallest terminal the app draws in.
    public static let minimumWidth = 60
    public static let minimumHeight = 16

    /// True when the terminal is below the minimum size.
    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
}
