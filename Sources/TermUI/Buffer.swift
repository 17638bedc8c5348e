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

    /// Writes a cell, keeping wide graphemes whole: overwriting either half of a wide grapheme
    /// blanks the other half, and a wide grapheme that would not fit in the row is not written.
    public mutating func set(x: Int, y: Int, cell: Cell) {
        guard inBounds(x, y) else { return }
        let w = cell.width
        if w == 2 && x + 1 >= width { return }
        clearWideNeighbours(x: x, y: y)
        cells[y * width + x] = cell
        if w == 2 {
            clearWideNeighbours(x: x + 1, y: y)
            cells[y * width + x + 1] = .continuation(style: cell.style)
        }
    }

    private mutating func clearWideNeighbours(x: Int, y: Int) {
        let here = cells[y * width + x]
        if here.isContinuation && x > 0 {
            cells[y * width + x - 1] = Cell(" ", style: cells[y * width + x - 1].style)
        } else if here.width == 2 && x + 1 < width {
            cells[y * width + x + 1] = Cell(" ", style: here.style)
        }
    }

    /// The changes that turn `previous` into this frame, in row-major order. When the sizes
    /// differ every cell is included. A changed half of a wide grapheme brings its other half
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
                    if cells[i].isContinuation && x > 0 { start = x - 1 }
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
