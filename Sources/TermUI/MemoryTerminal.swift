/// An in-memory terminal for tests: applies drawn changes to a screen of cells you can read
/// back as text lines, and replays queued input events.
public final class MemoryTerminal: Terminal {
    public private(set) var screen: Buffer
    public private(set) var cursorPosition: (x: Int, y: Int)?
    /// Events `readEvent` will return, first first.
    public var pendingInput: [InputEvent]
    /// Cells written by the last `draw`, for checking that only changes are sent.
    public private(set) var lastDrawCount = 0

    public init(width: Int, height: Int, input: [InputEvent] = []) {
        screen = Buffer(width: width, height: height)
        pendingInput = input
    }

    public var size: (width: Int, height: Int) { (screen.width, screen.height) }

    public func draw(_ changes: [CellChange], cursor: (x: Int, y: Int)?) {
        for c in changes { screen.set(x: c.x, y: c.y, cell: c.cell) }
        lastDrawCount = changes.count
        cursorPosition = cursor
    }

    public func readEvent(timeout: Double) -> InputEvent? {
        pendingInput.isEmpty ? nil : pendingInput.removeFirst()
    }

    public func invalidate() {}
    public var isConnected: Bool { true }
    public func suspend() {}
    public func resume() {}

    /// Changes the size, as a window resize would, and queues the resize event.
    public func resize(width: Int, height: Int) {
        screen = Buffer(width: width, height: height)
        pendingInput.append(.resize(width: width, height: height))
    }

    /// The screen as text, one string per row, trailing blanks removed.
    public var lines: [String] {
        screen.lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
    }
}
