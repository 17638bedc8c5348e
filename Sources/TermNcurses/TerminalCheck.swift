import CNcursesw

/// Whether the whiteboard can run on the terminal `TERM` names, decided before ncurses takes
/// the screen, so a bad `TERM` gets mlsd's own one-line message instead of ncurses' exit.
public enum TerminalCheck {
    /// nil when ncurses can drive the terminal; otherwise one line naming the problem and what
    /// to do about it.
    public static func problem(term: String?) -> String? {
        let headless = "or use the headless commands (mlsd show, score, export)"
        guard let term, !term.isEmpty else {
            return "TERM is not set, so the whiteboard cannot tell what terminal this is; set it (e.g. export TERM=xterm-256color) \(headless)"
        }
        if term.utf8.contains(0) || term.contains("/") {
            return "TERM=\(term.debugDescription) is not a terminal type name; set it to e.g. xterm-256color \(headless)"
        }
        switch mlsd_terminfo_check(term) {
        case 1: return nil
        case 2: return "TERM=\(term) cannot move the cursor, so the whiteboard cannot draw; run it in a full terminal (e.g. TERM=xterm-256color) \(headless)"
        case 0: return "TERM=\(term) is unknown to terminfo on this machine; install its entry (apt-get install ncurses-term) or set TERM=xterm-256color \(headless)"
        default: return "no terminfo database was found for TERM=\(term); install ncurses-base or set TERMINFO \(headless)"
        }
    }
}
