/// One frame: a grid of cells the whole screen is rendered into. Panes draw into a Buffer;
/// the backend writes only what changed since the previous frame (`diff(from:)`).
public struct Buffer: Equatable, Sendable {
    public private(set) var width: Int
    public private(set) var height: Int
    /// Row-major cells, `width * height` of them.
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be after drawing; nil hides it.
    public var cursor: (x: Int, y: Int)? {
        get { cursorX.map { ($0, cursorY) } }
        set { cursorX = newValue?.x; cursorY = newValue?.y ?? 0 }
    }
    private var cursorX: Int?
    private var cursorY: Int = 0

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The whole buffer as a rectangle.
    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at (`x`, `y`); a blank cell outside the buffer.
    public subscript(x: Int, y: Int) -> Cell {
        get { inBounds(x, y) ? cells[y * width + x] : .blank }
        set {
            guard inBounds(x, y) else { return }
            cells[y * width + x] = newValue
        }
    }

    func inBounds(_ x: Int, _ y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

    /// Writes a cell, keeping wide graphemes whole: overwriting any column of a wide grapheme
    /// blanks the rest of it, and a wide grapheme that would not fit in the row is not written.
    public mutating func set(x: Int, y: Int, cell: Cell) {
        guard inBounds(x, y) else { return }
        let w = cell.width
        if w > 1 && x + w > width { return }
        for column in x..<x + max(1, w) { clearWideNeighbours(x: column, y: y) }
        cells[y * width + x] = cell
        for column in x + 1..<x + max(1, w) { cells[y * width + column] = .continuation(style: cell.style) }
    }

    /// Blanks the other columns of the wide grapheme covering (`x`, `y`), if any.
    private mutating func clearWideNeighbours(x: Int, y: Int) {
        let row = y * width
        var lead = x
        while lead > 0 && cells[row + lead].isContinuation { lead -= 1 }
        var end = x + 1
        while end < width && cells[row + end].isContinuation { end += 1 }
        guard end - lead > 1 else { return }
        for column in lead..<end where column != x {
            cells[row + column] = Cell(" ", style: cells[row + column].style)
        }
    }

    /// The changes that turn `previous` into this frame, in row-major order. When the sizes
    /// differ every cell is included. A changed column of a wide grapheme brings its first column
    /// along, so a backend always writes whole graphemes.
    public func diff(from previous: Buffer?) -> [CellChange] {
        guard let previous, previous.width == width, previous.height == height else {
            var all: [CellChange] = []
            all.reserveCapacity(cells.count)
            for y in 0..<height { for x in 0..<width where !self[x, y].isContinuation {
                all.append(CellChange(x: x, y: y, cell: self[x, y]))
            } }
            return all
        }
        var out: [CellChange] = []
        for y in 0..<height {
            var x = 0
            while x < width {
                let i = y * width + x
                if cells[i] != previous.cells[i] {
                    var start = x
                    while start > 0 && cells[y * width + start].isContinuation { start -= 1 }
                    if let last = out.last, last.y == y, last.x == start { x += 1; continue }
                    if !self[start, y].isContinuation {
                        out.append(CellChange(x: start, y: y, cell: self[start, y]))
                    }
                }
                x += 1
            }
        }
        return out
    }

    /// The text of each row (wide graphemes once, trailing blanks kept), for tests and goldens.
    public var lines: [String] {
        (0..<height).map { y in
            var s = ""
            for x in 0..<width { s += self[x, y].grapheme }
            return s
        }
    }
}

/// One cell to write at (`x`, `y`).
public struct CellChange: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var cell: Cell

    public init(x: Int, y: Int, cell: Cell) {
        self.x = x; self.y = y; self.cell = cell
    }
}

extension Buffer {
    /// The cells of `rect` (clipped to the buffer), row by row: what `paste(_:in:)` puts back.
    public func cells(in rect: Rect) -> [Cell] {
        let r = rect.intersection(area)
        var out: [Cell] = []
        out.reserveCapacity(max(0, r.width * r.height))
        for y in r.y..<r.maxY { out.append(contentsOf: cells[(y * width + r.x)..<(y * width + r.maxX)]) }
        return out
    }

    /// Puts back cells taken with `cells(in:)` from a buffer of the same size at the same `rect`.
    public mutating func paste(_ saved: [Cell], in rect: Rect) {
        let r = rect.intersection(area)
        guard saved.count == max(0, r.width * r.height), r.width > 0 else { return }
        for row in 0..<r.height {
            let y = r.y + row
            cells.replaceSubrange((y * width + r.x)..<(y * width + r.maxX), with: saved[(row * r.width)..<((row + 1) * r.width)])
        }
    }
}
