import TextMetrics

/// A width × height grid of terminal cells. A wide character (`DisplayWidth.of` of 2 or more:
/// CJK, emoji, an Indic syllable with several visible parts) takes that many columns: its own
/// cell and `.continuation` cells to its right. Writes outside the grid are dropped, a wide
/// character that would not fit whole is not written, and overwriting any part of a wide
/// character blanks the rest of it, so a grapheme cluster is never split.
public struct CharGrid: Equatable, Sendable {
    /// One cell of the grid.
    public enum Cell: Equatable, Sendable {
        case blank
        case character(Character)
        /// A column covered by the wide character that starts further left.
        case continuation
    }

    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    /// Row-major cells, `width * height` of them.
    public private(set) var cells: [Cell]

    /// A grid of blank cells; negative sizes count as zero.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// A grid holding `text` as it would appear on a terminal: one row per line, tabs expanded
    /// to the next multiple of 8 columns, zero-width characters dropped, control characters
    /// made visible.
    public init(text: String) {
        var rows: [[Cell]] = []
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            var row: [Cell] = []
            for ch in rawLine {
                if ch == "\t" {
                    repeat { row.append(.blank) } while row.count % 8 != 0
                    continue
                }
                if ch == "\r" { continue }
                let shown: [Character] = InertText.visible(ch.unicodeScalars.first!) != nil
                    ? Array(InertText.escape(String(ch))) : [ch]
                for c in shown {
                    let w = DisplayWidth.of(c)
                    if w == 0 { continue }
                    row.append(c == " " ? .blank : .character(c))
                    for _ in 1..<max(1, w) { row.append(.continuation) }
                }
            }
            rows.append(row)
        }
        while let last = rows.last, last.isEmpty, rows.count > 1 { rows.removeLast() }
        let w = rows.map(\.count).max() ?? 0
        self.init(width: w, height: rows.count)
        for (y, row) in rows.enumerated() {
            for (x, cell) in row.enumerated() { cells[y * width + x] = cell }
        }
    }

    /// Whether the cell lies inside the grid.
    @inlinable public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < height
    }

    /// The cell at `x`, `y`; outside the grid every cell is blank.
    public subscript(x: Int, y: Int) -> Cell {
        contains(x: x, y: y) ? cells[y * width + x] : .blank
    }

    /// The character shown at a cell, or nil for blanks and continuations.
    public func character(x: Int, y: Int) -> Character? {
        if case .character(let c) = self[x, y] { return c }
        return nil
    }

    /// Writes `character` with its left edge at `x`, `y`. Returns the columns it took (its
    /// display width), or 0 when it was not written: zero-width, outside the grid, or wide and
    /// not fitting whole.
    @discardableResult
    public mutating func put(_ character: Character, x: Int, y: Int) -> Int {
        let w = DisplayWidth.of(character)
        guard w > 0, contains(x: x, y: y), x + w <= width else { return 0 }
        if character == " " { clear(x: x, y: y); return 1 }
        for column in x..<x + w { clear(x: column, y: y) }
        cells[y * width + x] = .character(character)
        for column in x + 1..<x + w { cells[y * width + column] = .continuation }
        return w
    }

    /// Writes `text` from `x` on row `y`, clipping at the edges; returns the columns advanced.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int) -> Int {
        var col = x
        for ch in text {
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }
            put(ch, x: col, y: y)
            col += w
        }
        return col - x
    }

    /// Sets a blank cell to a one-column character without checks (renderer fast path).
    @inline(__always) mutating func setNarrow(_ character: Character, index: Int) {
        cells[index] = .character(character)
    }

    @inline(__always) static func appendUTF8(_ s: Unicode.Scalar, to bytes: inout [UInt8]) {
        let v = s.value
        switch v {
        case 0..<0x80: bytes.append(UInt8(v))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | (v >> 6))); bytes.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | (v >> 12))); bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        default:
            bytes.append(UInt8(0xF0 | (v >> 18))); bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F))); bytes.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// Whether the cell at `x`, `y` is blank (outside the grid counts as blank).
    @inline(__always) public func isBlank(x: Int, y: Int) -> Bool {
        contains(x: x, y: y) ? isBlank(index: y * width + x) : true
    }

    /// Whether the cell at row-major `index` is blank.
    @inline(__always) func isBlank(index: Int) -> Bool {
        if case .blank = cells[index] { return true }
        return false
    }

    /// Blanks a cell, and every other column of the wide character it belonged to.
    public mutating func clear(x: Int, y: Int) {
        guard contains(x: x, y: y) else { return }
        let row = y * width
        var lead = x
        while lead > 0, case .continuation = cells[row + lead] { lead -= 1 }
        var end = x + 1
        while end < width, case .continuation = cells[row + end] { end += 1 }
        for column in lead..<end { cells[row + column] = .blank }
    }

    /// Row `y` as text, blanks as spaces, trailing spaces kept (exactly `width` columns).
    public func line(_ y: Int) -> String {
        var s = ""
        s.reserveCapacity(width)
        for x in 0..<width {
            switch cells[y * width + x] {
            case .blank: s.append(" ")
            case .character(let c): s.append(c)
            case .continuation: break
            }
        }
        return s
    }

    /// Every row as text, each exactly `width` columns wide.
    public var lines: [String] { (0..<height).map(line) }

    /// The grid as text: rows joined by newlines, trailing spaces removed from each row, blank
    /// rows at the top and bottom removed and the common left margin removed.
    public var trimmedText: String {
        // Work on cells, not strings: find the used columns of each row first.
        var lastUsed = Array(repeating: -1, count: height)
        var firstUsed = Array(repeating: Int.max, count: height)
        for y in 0..<height {
            let row = y * width
            for x in 0..<width where !isBlank(index: row + x) {
                if firstUsed[y] == Int.max { firstUsed[y] = x }
                lastUsed[y] = x
            }
        }
        guard let top = lastUsed.firstIndex(where: { $0 >= 0 }),
              let bottom = lastUsed.lastIndex(where: { $0 >= 0 }) else { return "" }
        let margin = firstUsed[top...bottom].min() ?? 0
        var bytes: [UInt8] = []
        bytes.reserveCapacity((bottom - top + 1) * (width + 1) * 2)
        for y in top...bottom {
            if y > top { bytes.append(0x0A) }
            guard lastUsed[y] >= 0 else { continue }
            let row = y * width
            for x in margin...lastUsed[y] {
                switch cells[row + x] {
                case .blank: bytes.append(0x20)
                case .character(let c):
                    for scalar in c.unicodeScalars { CharGrid.appendUTF8(scalar, to: &bytes) }
                case .continuation: break
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
