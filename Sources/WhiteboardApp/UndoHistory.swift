import Foundation

/// Undo and redo for a `TextDocument`, by snapshots. A run of typed characters (spaces
/// included) is one undo step, as in most editors; a pause of `pauseLimit` seconds, a cursor
/// move, a newline, a paste or another kind of edit ends it. A run of deletions is one step too.
struct UndoHistory: Equatable, Sendable {
    struct Snapshot: Equatable, Sendable {
        var lines: [[Character]]
        var line: Int
        var column: Int
    }

    enum EditKind: Equatable, Sendable { case typing, deleting, other }

    /// Most undo steps kept.
    static let limit = 500
    /// Seconds without an edit that end a run of typing or deleting.
    static let pauseLimit: TimeInterval = 2

    /// The time of the edit about to be made (set by the reducer); nil in tests that give none.
    var now: Date? = nil
    private var lastEditAt: Date? = nil

    private var undoStack: [Snapshot] = []
    private var redoStack: [Snapshot] = []
    private var lastKind: EditKind? = nil

    /// Called before every edit. Returns true when the edit starts a new undo step, in which
    /// case the caller pushes the text as it is before the edit with `push`. (The snapshot is
    /// only made when needed: holding one makes the next change copy the text.)
    mutating func willEdit(_ kind: EditKind) -> Bool {
        redoStack.removeAll()
        var paused = false
        if let now, let last = lastEditAt { paused = now.timeIntervalSince(last) > Self.pauseLimit }
        lastEditAt = now
        if kind != .other && kind == lastKind && !paused { return false }
        lastKind = kind == .other ? nil : kind
        return true
    }

    /// Records the text before an edit that starts a new undo step.
    mutating func push(_ snapshot: Snapshot) {
        undoStack.append(snapshot)
        if undoStack.count > Self.limit { undoStack.removeFirst() }
    }

    /// Ends the current run of typing or deleting.
    mutating func breakCoalescing() { lastKind = nil }

    mutating func undo(current: Snapshot) -> Snapshot? {
        guard let s = undoStack.popLast() else { return nil }
        redoStack.append(current)
        lastKind = nil
        return s
    }

    mutating func redo(current: Snapshot) -> Snapshot? {
        guard let s = redoStack.popLast() else { return nil }
        undoStack.append(current)
        lastKind = nil
        return s
    }
}
