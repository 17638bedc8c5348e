import TermUI

/// A bordered box of text rows centred on the screen, its first row a heading: the quit
/// question and the reference reveal question.
enum CenteredDialog {
    static func render(_ rows: [String], title: String, width: Int, into buffer: inout Buffer) {
        let rect = buffer.area.centered(width: width, height: rows.count + 2)
        buffer.fill(rect)
        buffer.border(rect, title: title, focused: true)
        for (i, r) in rows.enumerated() {
            buffer.put(r, x: rect.x + 2, y: rect.y + 1 + i, maxWidth: rect.width - 3, style: i == 0 ? Theme.heading : .plain)
        }
    }
}
