/// What the run loop needs from a terminal. The ncurses backend implements it for real use;
/// `MemoryTerminal` implements it for tests.
public protocol Terminal: AnyObject {
    /// Columns and rows right now.
    var size: (width: Int, height: Int) { get }
    /// Writes the cells of a frame that changed, then places (or hides) the cursor.
    func draw(_ changes: [CellChange], cursor: (x: Int, y: Int)?)
    /// The next input event, waiting at most `timeout` seconds (0 polls); nil when none came.
    func readEvent(timeout: Double) -> InputEvent?
    /// Forgets what is on screen so the next frame is drawn whole (after a resize or a suspend).
    func invalidate()
    /// False once the terminal has hung up (its window closed); the run loop then saves and exits.
    var isConnected: Bool { get }
    /// Gives the terminal back to the shell for a while (to run $EDITOR): normal screen, echo on.
    func suspend()
    /// Takes the terminal again after `suspend` and forgets what was on screen.
    func resume()
}
