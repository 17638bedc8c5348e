import CNcursesw
import Foundation
import TermUI
#if canImport(Glibc)
import Glibc
#endif

/// The real terminal, through ncursesw. The only code in mlsd that calls ncurses; call it from
/// one thread only. `restore()` (also run by the crash handler) leaves the terminal as it was.
public final class NcursesTerminal: Terminal {
    private var active = false
    private var colors: ColorPairs?
    private let keys = KeyDecoder()
    private var differ = FrameDiffer()

    /// Takes over the terminal: locale, raw mode (so Ctrl-S/Ctrl-Q/Ctrl-C reach the app), no
    /// echo, keypad, a 25 ms Escape delay, clicks and wheel, bracketed paste, resize events.
    /// Colours are used unless the terminal has none or `NO_COLOR` is set.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        mlsd_setlocale_all()
        _ = mlsd_ensure_utf8_ctype()
        initscr()
        active = true
        mlsd_set_screen_active(1)
        raw()
        noecho()
        nonl()
        keypad(mlsd_stdscr(), true)
        set_escdelay(25)
        mouseinterval(0)
        mousemask(mlsd_click_and_wheel_mask(), nil)
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        if has_colors() && !noColor {
            start_color()
            use_default_colors()
            colors = ColorPairs()
        }
        keys.defineExtraKeys()
        mlsd_write_string("\u{1b}[?2004h")
        curs_set(0)
    }

    /// Installs the crash handler (SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE): it ends
    /// ncurses, writes the reset sequences with write(2), then re-raises the signal.
    public static func installCrashHandlers() { mlsd_install_crash_handlers() }

    /// Routes SIGINT, SIGTERM and SIGHUP to a flag; read it with `takeQuitSignal()`.
    public static func installQuitSignalHandlers() { mlsd_install_quit_handlers() }

    /// The quit signal received since the last call, if any (needs `installQuitSignalHandlers()`).
    public func takeQuitSignal() -> Int32? {
        let s = mlsd_take_quit_signal()
        return s == 0 ? nil : s
    }

    public var size: (width: Int, height: Int) { (Int(mlsd_cols()), Int(mlsd_lines())) }

    /// The wall clock.
    public var now: Date { Date() }

    public func draw(_ frame: Buffer) {
        guard active else { return }
        let cursor = frame.cursor
        for change in differ.changes(toShow: frame) {
            let cell = change.cell
            var scalars = Array(cell.grapheme.unicodeScalars.prefix(5))
            // Never send a control character to the terminal (text from files is data).
            if scalars.isEmpty || scalars.contains(where: { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) }) {
                scalars = [" "]
            }
            var wide: [wchar_t] = scalars.map { wchar_t(bitPattern: $0.value) }
            wide.append(0)
            var attrs = mlsd_a_normal()
            if cell.style.bold { attrs |= mlsd_a_bold() }
            if cell.style.reverse { attrs |= mlsd_a_reverse() }
            if cell.style.underline { attrs |= mlsd_a_underline() }
            if cell.style.dim { attrs |= mlsd_a_dim() }
            let pair = colors?.pair(cell.style.foreground, cell.style.background) ?? 0
            _ = wide.withUnsafeBufferPointer { mlsd_put_cell(Int32(change.y), Int32(change.x), $0.baseAddress, attrs, pair) }
        }
        if let cursor {
            move(Int32(cursor.y), Int32(cursor.x))
            curs_set(1)
        } else {
            curs_set(0)
        }
        refresh()
    }

    public func readEvent(timeout: Double) -> InputEvent? {
        guard active else { return nil }
        return keys.next(timeoutMilliseconds: Int32(max(0, min(timeout, 10)) * 1000))
    }

    /// Polls standard input for a hang-up: closing the window does not always deliver SIGHUP
    /// to the app (only to the session leader), but the tty reports POLLHUP.
    public var isConnected: Bool {
        var fds = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        guard poll(&fds, 1, 0) >= 0 else { return true }
        return fds.revents & Int16(POLLHUP | POLLERR | POLLNVAL) == 0
    }

    public func invalidate() {
        guard active else { return }
        differ.invalidate()
        erase()
        clearok(mlsd_curscr(), true)
    }

    public func suspend() {
        guard active else { return }
        mlsd_write_string("\u{1b}[?2004l")
        def_prog_mode()
        endwin()
        mlsd_set_screen_active(0)
        mlsd_write_reset_sequences()
    }

    public func resume() {
        reset_prog_mode()
        mlsd_set_screen_active(1)
        mlsd_write_string("\u{1b}[?2004h")
        mousemask(mlsd_click_and_wheel_mask(), nil)
        invalidate()
        refresh()
    }

    /// Gives the terminal back: main screen, echo and line mode, cursor visible, mouse
    /// reporting and bracketed paste off. Safe to call more than once.
    public func restore() {
        guard active else { return }
        active = false
        mousemask(0, nil)
        curs_set(1)
        endwin()
        mlsd_set_screen_active(0)
        mlsd_write_reset_sequences()
    }

    deinit { restore() }
}
