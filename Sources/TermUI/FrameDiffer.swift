/// The frame a terminal drew last and the changes that turn it into the next one: what a
/// `Terminal` keeps so that `draw(_:)` writes only what changed (as ratatui's `Terminal` keeps
/// its previous buffer).
public struct FrameDiffer: Sendable {
    /// The frame drawn last; nil before the first draw and after `invalidate()`.
    public private(set) var previous: Buffer?

    public init() {}

    /// The cells to write to show `frame`, and `frame` remembered for the next call. Every cell
    /// when nothing is remembered or the size changed.
    public mutating func changes(toShow frame: Buffer) -> [CellChange] {
        let changes = frame.diff(from: previous)
        previous = frame
        return changes
    }

    /// Forgets the previous frame, so the next one is written whole.
    public mutating func invalidate() { previous = nil }
}
