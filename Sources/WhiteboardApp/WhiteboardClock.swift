import Foundation

/// The interview clock and the times the loop schedules by: seconds not yet added to the
/// current step, the last tick, the last key (the clock stops `App.idleLimit` after it) and
/// the last edit (the rescore waits for the text to be still).
public struct WhiteboardClock: Equatable, Sendable {
    /// Seconds on the current step not yet added to the record's `secondsSpent`.
    public var pendingSeconds: Double = 0
    public var lastTickAt: Date
    /// When the user last pressed a key, clicked or pasted.
    public var lastActivityAt: Date
    /// When the text last changed.
    public var lastEditAt: Date
    /// The interview clock is paused (by the user).
    public var paused = false

    public init(now: Date) {
        lastTickAt = now
        lastActivityAt = now
        lastEditAt = now
    }
}
