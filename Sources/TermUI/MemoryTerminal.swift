#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An in-memory terminal for tests and the benchmark: applies drawn frames (diffed against the
/// last one, as a real terminal does) to a screen of cells you can read back as text lines,
/// replays queued input events, and fakes the clock, quit signals and hang-ups.
public final class MemoryTerminal: Terminal {
    public private(set) var screen: Buffer
    public private(set) var cursorPosition: (x: Int, y: Int)?
    /// Events `readEvent` will return, first first.
    public var pendingInput: [InputEvent]
    /// Cells written by the last `draw`, for checking that only changes are sent.
    public private(set) var lastDrawCount = 0
    /// The fake clock. It moves only through `advanceClock(by:)`, by assigning it, or when
    /// `readEvent` waits out its timeout with no input queued.
    public var now: Date
    /// Quit signals `takeQuitSignal` will return, first first.
    public var pendingSignals: [Int32] = []
    /// Whether the terminal still reports itself connected (see `hangUp()`).
    public private(set) var isConnected = true
    /// How many times `suspend()` was called (an external editor ran).
    public private(set) var suspendCount = 0
    /// True once `restore()` was called.
    public private(set) var restored = false
    private var differ = FrameDiffer()

    public init(width: Int, height: Int, input: [InputEvent] = [], now: Date = Date(timeIntervalSince1970: 0)) {
        screen = Buffer(width: width, height: height)
        pendingInput = input
        self.now = now
    }

    public var size: (width: Int, height: Int) { (screen.width, screen.height) }

    public func draw(_ frame: Buffer) {
        let changes = differ.changes(toShow: frame)
        for c in changes { screen.set(x: c.x, y: c.y, cell: c.cell) }
        lastDrawCount = changes.count
        cursorPosition = frame.cursor
    }

    /// The next queued event; with none queued, the clock moves on by `timeout` (the wait a
    /// real terminal would have done) and nil is returned.
    public func readEvent(timeout: Double) -> InputEvent? {
        if pendingInput.isEmpty {
            if timeout > 0 { now = now.addingTimeInterval(timeout) }
            return nil
        }
        return pendingInput.removeFirst()
    }

    public func takeQuitSignal() -> Int32? { pendingSignals.isEmpty ? nil : pendingSignals.removeFirst() }

    public func invalidate() { differ.invalidate() }
    public func suspend() { suspendCount += 1 }
    public func resume() { differ.invalidate() }
    public func restore() { restored = true }

    /// Moves the fake clock by `seconds` (negative moves it back, as a changed system clock would).
    public func advanceClock(by seconds: Double) { now = now.addingTimeInterval(seconds) }

    /// Queues a quit signal, as if SIGINT, SIGTERM or SIGHUP had arrived.
    public func sendSignal(_ signal: Int32) { pendingSignals.append(signal) }

    /// Closes the fake window: `isConnected` is false from now on.
    public func hangUp() { isConnected = false }

    /// Changes the size, as a window resize would, and queues the resize event (with the sizes
    /// as given, so tests can send nonsense such as negative sizes; the screen clamps at 0).
    public func resize(width: Int, height: Int) {
        screen = Buffer(width: width, height: height)
        differ.invalidate()  // the new screen is blank
        pendingInput.append(.resize(width: width, height: height))
    }

    /// The screen as text, one string per row, trailing blanks removed.
    public var lines: [String] {
        screen.lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
    }
}
