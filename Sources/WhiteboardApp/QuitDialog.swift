import TermUI

/// Asks what to do with unsaved changes on quit.
enum QuitDialog {
    static func render(into buffer: inout Buffer) {
        let rows = [
            "There are unsaved changes.",
            "",
            "  s  save, then quit",
            "  d  discard the changes and quit",
            "  c  cancel (Esc)",
        ]
        CenteredDialog.render(rows, title: "Quit?", width: 40, into: &buffer)
    }
}
