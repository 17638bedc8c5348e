import TextMetrics

extension Buffer {
    /// Writes `text` on one row starting at (`x`, `y`), at most `maxWidth` columns, clipped to
    /// the buffer. Control characters are shown inert (`^[`), never stored, so nothing written
    /// here can drive the terminal. Returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .plain) -> Int {
        let limit = min(maxWidth ?? Int.max, width - x)
        guard limit > 0, y >= 0, y < height else { return 0 }
        let safe = InertText.escape(text, keepTabs: false)
        var col = 0
        for ch in safe {
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }
            if col + w > limit { break }
            set(x: x + col, y: y, cell: Cell(String(ch), style: style))
            col += w
        }
        return col
    }

    /// Like `put`, but ends with "…" when the text does not fit in `maxWidth` columns.
    @discardableResult
    public mutating func putTruncated(_ text: String, x: Int, y: Int, maxWidth: Int, style: Style = .plain) -> Int {
        let safe = InertText.escape(text)
        if DisplayWidth.of(safe) <= maxWidth { return put(safe, x: x, y: y, maxWidth: maxWidth, style: style) }
        guard maxWidth > 0 else { return 0 }
        let used = put(safe, x: x, y: y, maxWidth: maxWidth - 1, style: style)
        return used + put("…", x: x + used, y: y, maxWidth: 1, style: style)
    }

    /// Fills a rectangle with blanks of `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        for y in rect.y..<rect.maxY { for x in rect.x..<rect.maxX { self[x, y] = Cell(" ", style: style) } }
    }

    /// Sets the style of every cell in a rectangle, keeping the graphemes.
    public mutating func restyle(_ rect: Rect, style: Style) {
        for y in rect.y..<rect.maxY { for x in rect.x..<rect.maxX where inBounds(x, y) {
            var c = self[x, y]; c.style = style; self[x, y] = c
        } }
    }

    /// Draws a one-cell border around `rect` with `title` in the top edge. A focused border is
    /// drawn with heavy lines and bold (visible without colour).
    public mutating func border(_ rect: Rect, title: String = "", focused: Bool = false) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let style = focused ? Style(foreground: .cyan, bold: true) : Style.dim
        let (h, v, tl, tr, bl, br) = focused ? ("━", "┃", "┏", "┓", "┗", "┛") : ("─", "│", "┌", "┐", "└", "┘")
        for x in rect.x + 1..<rect.maxX - 1 {
            self[x, rect.y] = Cell(h, style: style)
            self[x, rect.maxY - 1] = Cell(h, style: style)
        }
        for y in rect.y + 1..<rect.maxY - 1 {
            self[rect.x, y] = Cell(v, style: style)
            self[rect.maxX - 1, y] = Cell(v, style: style)
        }
        self[rect.x, rect.y] = Cell(tl, style: style)
        self[rect.maxX - 1, rect.y] = Cell(tr, style: style)
        self[rect.x, rect.maxY - 1] = Cell(bl, style: style)
        self[rect.maxX - 1, rect.maxY - 1] = Cell(br, style: style)
        if !title.isEmpty && rect.width > 4 {
            putTruncated(" " + title + " ", x: rect.x + 1, y: rect.y, maxWidth: rect.width - 2,
                         style: focused ? Style(foreground: .cyan, bold: true, reverse: true) : .bold)
        }
    }
}
