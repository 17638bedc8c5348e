import TermUI

/// The key list, generated from the keymaps so it always lists every binding.
public enum HelpOverlay {
    /// The overlay's text rows for a content width: one section per keymap, one row per binding.
    /// Keymaps in `first` come first (the ones active where help was opened).
    public static func lines(width: Int, first: [Keymap] = []) -> [(text: String, heading: Bool)] {
        var out: [(String, Bool)] = []
        for map in first + Keymaps.all.filter({ m in !first.contains(m) }) {
            if !out.isEmpty { out.append(("", false)) }
            out.append((map.title, true))
            for binding in map.bindings {
                let keys = binding.keys.map(\.description).joined(separator: " / ")
                let keyColumn = 22
                let padded = keys.count < keyColumn ? keys + String(repeating: " ", count: keyColumn - keys.count) : keys + "  "
                for (i, l) in TextWrap.lines(padded + binding.help, width: max(1, width - 2)).enumerated() {
                    out.append(((i == 0 ? "  " : String(repeating: " ", count: min(keyColumn + 2, width / 2))) + l, false))
                }
            }
        }
        out.append(("", false))
        out.append(("Mouse: click a step or a pane to focus it; the wheel scrolls.", false))
        return out
    }

    static func render(into buffer: inout Buffer, scroll: Int, width: Int, first: [Keymap]) {
        let rect = buffer.area.centered(width: width + 2, height: buffer.height - 2)
        buffer.fill(rect)
        buffer.border(rect, title: "Keys — Esc closes, j/k scroll", focused: true)
        let inner = rect.inset(1)
        let rows = lines(width: inner.width, first: first)
        for r in 0..<inner.height {
            let i = scroll + r
            guard i < rows.count else { break }
            buffer.put(rows[i].text, x: inner.x, y: inner.y + r, maxWidth: inner.width, style: rows[i].heading ? Theme.title : .plain)
        }
    }
}
