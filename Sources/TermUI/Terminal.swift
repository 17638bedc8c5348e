#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What the run loop needs from a terminal: the screen, input, the clock, quit signals and
/// hang-ups. The ncurses backend implements it for real use; `MemoryTerminal` implements it for
/// tests, with a clock that only moves when told to (or when `readEvent` waits).
public protocol Terminal: AnyObject {
    /// Columns and rows right now.
    var size: (width: Int, height: Int) { get }
    /// Shows `frame`: writes only the cells that differ from the frame drawn last (everything
    /// after `invalidate`, a size change or the first call), then places (or hides) the cursor.
    func draw(_ frame: Buffer)
    /// The next input event, waiting at most `timeout` seconds (0 polls); nil when none came.
    func readEvent(timeout: Double) -> InputEvent?
    /// The time now: what the run loop stamps input with and ticks the app's clock by.
    var now: Date { get }
    /// The quit signal (SIGINT, SIGTERM, SIGHUP) received since the last call, if any.
    func takeQuitSignal() -> Int32?
    /// Forgets what is on screen so the next frame is drawn whole (after a resize or a suspend).
    func invalidate()
    /// False once the terminal has hung up (its window closed); the run loop then saves and exits.
    var isConnected: Bool { get }
    /// Gives the terminal back to the shell for a while (to run $EDITOR): normal screen, echo on.
    func suspend()
    /// Takes the terminal again after `suspend` and forgets what was on screen.
    func resume()
    /// Gives the terminal back for good when the run loop ends. Safe to call more than once.
    func restore()
}
