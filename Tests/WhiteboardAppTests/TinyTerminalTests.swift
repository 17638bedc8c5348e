import Testing
import TermUI
@testable import WhiteboardApp

/// Keys on terminals narrower than any pane (found by the hostile-key run: the help overlay
/// computed a negative indent on a 4-column terminal and trapped).
@Suite struct TinyTerminalTests {
    @Test(arguments: [0, 1, 2, 3, 4, 5])
    func helpOverlayTakesKeysOnATinyTerminal(width: Int) throws {
        var s = Fixtures.board(width: width, height: 3)
        _ = App.reduce(&s, .showHelp)
        try Fixtures.run("j k PgDn PgUp x", on: &s)
        _ = App.handle(.paste("日本語"), state: &s)
        _ = App.handle(.mouse(MouseEvent(.press, x: 1, y: 1)), state: &s)
        #expect(s.overlay == .help(scroll: 0))
        #expect(Fixtures.screen(s).count == 3)
    }
}
