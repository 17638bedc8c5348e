import TextMetrics
import WhiteboardCore

/// Where a box's label goes: each line trimmed and centred in the interior, the block of lines
/// centred vertically (rounding up and left). A line wider than the interior wraps at spaces
/// into rows leaving a blank column on each side (a word wider than that is split at the
/// interior's width); when there are more rows than interior rows,
/// the last row shown ends with `…`. The layout also knows where each label character went,
/// so an editor can show its text cursor.
struct BoxLabelLayout {
    struct Line { var text: String; var x: Int; var y: Int }
    var lines: [Line] = []
    /// Per row shown: the label character offsets drawn on it and their columns (canvas x),
    /// the column after its last character, and which label line (split at `\n`) it comes from.
    private var rows: [Row] = []
    /// Character offsets where each label line starts and ends (the `\n` or the label's end).
    private var sourceLines: [(start: Int, end: Int)] = []
    private var interior = GridRect(x: 0, y: 0, width: 0, height: 0)

    private struct Row {
        var cells: [(offset: Int, x: Int)]
        var endX: Int
        var sourceLine: Int
        var y: Int
    }

    /// One character of the label as drawn: its offset in the label and its inert text.
    private struct Glyph { var offset: Int; var text: String; var width: Int }

    /// The most columns `CanvasEditor` lets a label line take before wrapping it.
    static let maxTypedColumns = 24

    init(box b: Box) {
        let innerW = b.width - 2, innerH = b.height - 2
        interior = GridRect(x: b.x + 1, y: b.y + 1, width: max(0, innerW), height: max(0, innerH))
        var offset = 0
        var glyphLines: [[Glyph]] = [[]]
        sourceLines = [(0, 0)]
        for ch in b.label {
            if ch == "\n" {
                sourceLines[sourceLines.count - 1].end = offset
                offset += 1
                sourceLines.append((offset, offset))
                glyphLines.append([])
                continue
            }
            let shown = InertText.escape(String(ch), keepTabs: false)
            glyphLines[glyphLines.count - 1].append(Glyph(offset: offset, text: shown, width: DisplayWidth.of(shown)))
            offset += 1
        }
        sourceLines[sourceLines.count - 1].end = offset
        guard innerW > 0, innerH > 0 else { return }
        // Trim spaces around each line; drop blank lines at the start and the end.
        var wrapped: [(glyphs: [Glyph], source: Int)] = []
        let trimmed = glyphLines.map { line -> [Glyph] in
            var l = line[...]
            while let f = l.first, f.text == " " { l.removeFirst() }
            while let z = l.last, z.text == " " { l.removeLast() }
            return Array(l)
        }
        guard let first = trimmed.firstIndex(where: { !$0.isEmpty }),
              let last = trimmed.lastIndex(where: { !$0.isEmpty }) else { return }
        for i in first...last {
            let rows = Self.width(of: trimmed[i]) <= innerW ? [trimmed[i]] : Self.wrap(trimmed[i], width: max(1, innerW - 2), hardWidth: innerW)
            for row in rows { wrapped.append((row, i)) }
        }
        var shownRows = wrapped
        var cutLast = false
        if shownRows.count > innerH {
            shownRows = Array(shownRows.prefix(innerH))
            cutLast = true
        }
        let top = b.y + 1 + (innerH - shownRows.count) / 2
        for (i, row) in shownRows.enumerated() {
            var glyphs = row.glyphs
            var text = glyphs.map(\.text).joined()
            if cutLast && i == shownRows.count - 1 {
                if DisplayWidth.of(text) + 1 <= innerW {
                    text += "…"
                } else {
                    text = TextFitting.truncated(text, width: innerW)
                    var used = 0, kept = 0
                    while kept < glyphs.count, used + glyphs[kept].width <= innerW - 1 { used += glyphs[kept].width; kept += 1 }
                    glyphs = Array(glyphs.prefix(kept))
                }
            }
            let shown = TextFitting.fit(text, width: innerW)
            let w = DisplayWidth.of(shown)
            let x = b.x + 1 + (innerW - w) / 2
            lines.append(Line(text: shown, x: x, y: top + i))
            var cells: [(offset: Int, x: Int)] = []
            var col = x
            for g in glyphs { cells.append((g.offset, col)); col += g.width }
            rows.append(Row(cells: cells, endX: col, sourceLine: row.source, y: top + i))
        }
    }

    private static func width(of line: [Glyph]) -> Int { line.reduce(0) { $0 + $1.width } }

    /// The rows of one label line: broken at spaces into rows of at most `width` columns (the
    /// spaces themselves are not shown); a word wider than that is split into rows of up to
    /// `hardWidth` columns.
    private static func wrap(_ line: [Glyph], width: Int, hardWidth: Int) -> [[Glyph]] {
        if Self.width(of: line) <= width || width < 1 { return [line] }
        var rows: [[Glyph]] = []
        var rest = line[...]
        while !rest.isEmpty {
            while let f = rest.first, f.text == " " { rest.removeFirst() }
            if rest.isEmpty { break }
            if Self.width(of: Array(rest)) <= width { rows.append(Array(rest)); break }
            var used = 0, end = rest.startIndex
            while end < rest.endIndex, used + rest[end].width <= width { used += rest[end].width; end += 1 }
            if end < rest.endIndex, rest[end].text == " " {
                // breaks right after what fits
            } else if let space = rest[rest.startIndex..<end].lastIndex(where: { $0.text == " " }), space > rest.startIndex {
                end = space   // at the last space that fits
            } else {
                // One word wider than the row: as much of it as fits in `hardWidth` (at least a glyph).
                used = 0; end = rest.startIndex
                while end < rest.endIndex, rest[end].text != " ", used + rest[end].width <= max(width, hardWidth) {
                    used += rest[end].width; end += 1
                }
                if end == rest.startIndex { end += 1 }
            }
            var row = rest[rest.startIndex..<end]
            while let z = row.last, z.text == " " { row.removeLast() }
            rows.append(Array(row))
            rest = rest[end...]
        }
        return rows
    }

    /// The widest row `label` takes when each line wider than `width` columns is wrapped at
    /// `width`, and how many rows: a box `columns + 4` wide shows exactly these rows.
    static func wrappedSize(of label: String, width: Int) -> (columns: Int, rows: Int) {
        var columns = 0, rows = 0
        for line in label.split(separator: "\n", omittingEmptySubsequences: false) {
            let glyphs = line.map { ch -> Glyph in
                let shown = InertText.escape(String(ch), keepTabs: false)
                return Glyph(offset: 0, text: shown, width: DisplayWidth.of(shown))
            }.drop { $0.text == " " }
            var l = Array(glyphs)
            while let z = l.last, z.text == " " { l.removeLast() }
            for row in wrap(l, width: max(1, width), hardWidth: max(1, width)) { columns = max(columns, Self.width(of: row)); rows += 1 }
        }
        return (columns, rows)
    }

    /// The cell where a text cursor before label character `offset` is drawn (after the last
    /// character when `offset` is the label's length).
    func cursorCell(offset: Int) -> GridPoint {
        let line = sourceLines.lastIndex { $0.start <= offset } ?? 0
        let mine = rows.filter { $0.sourceLine == line }
        for row in mine {
            if let c = row.cells.first(where: { $0.offset >= offset }) { return GridPoint(x: c.x, y: row.y) }
        }
        if let row = mine.last { return GridPoint(x: row.endX, y: row.y) }
        // A line not shown (blank): its own row, centred, just below the rows before it.
        let before = rows.last { $0.sourceLine < line }
        let after = rows.first { $0.sourceLine > line }
        let y = before.map { $0.y + 1 } ?? after.map { $0.y - 1 } ?? interior.y + (interior.height - 1) / 2
        return GridPoint(x: interior.x + interior.width / 2,
                         y: min(max(y, interior.y), interior.y + max(0, interior.height - 1)))
    }
}
