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
        let rect = buffer.area.centered(width: 40, height: rows.count + 2)
        buffer.fill(rect)
        buffer.border(rect, title: "Quit?", focused: true)
        for (i, r) in rows.enumerated() {
            buffer.put(r, x: rect.x + 2, y: rect.y + 1 + i, maxWidth: rect.width - 3, style: i == 0 ? Theme.heading : .plain)
        }
    }
}
