import TermUI

/// The key list, generated from the keymaps so it always lists every binding.
public enum HelpOverlay {
    /// The overlay's text rows for a content width: one section per keymap, one row per binding
    /// (more when its text wraps). Every binding's text starts in the same column, just after the
    /// longest key list; a key list longer than half the width gets a row of its own.
    /// Keymaps in `first` come first (the ones active where help was opened).
    public static func lines(width: Int, first: [Keymap] = []) -> [(text: String, heading: Bool)] {
        var out: [(String, Bool)] = []
        let maps = first + Keymaps.all.filter({ m in !first.contains(m) })
        let keyTexts = maps.flatMap { $0.bindings.map(keysText) }
        let keyColumn = min((keyTexts.map(\.count).max() ?? 0) + 2, max(8, width / 2))
        let indent = String(repeating: " ", count: 2 + keyColumn)
        let helpWidth = max(1, width - 2 - keyColumn)
        for map in maps {
            if !out.isEmpty { out.append(("", false)) }
            for l in TextWrap.lines(map.title, width: max(1, width)) { out.append((l, true)) }
            for binding in map.bindings {
                let keys = keysText(binding)
                let help = TextWrap.lines(binding.help, width: helpWidth)
                var rest = help[...]
                if keys.count + 2 <= keyColumn {
                    out.append(("  " + keys + String(repeating: " ", count: keyColumn - keys.count) + (rest.popFirst() ?? ""), false))
                } else {
                    out.append(("  " + keys, false))
                }
                for l in rest { out.append((indent + l, false)) }
            }
        }
        out.append(("", false))
        for l in TextWrap.lines("Mouse: click a step or a pane to focus it; the wheel scrolls.", width: max(1, width)) {
            out.append((l, false))
        }
        return out
    }

    /// A binding's keys as shown: "M-f / C-Right / M-Right".
    static func keysText(_ binding: KeyBinding) -> String { binding.keys.map(\.description).joined(separator: " / ") }

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
