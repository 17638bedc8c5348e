import WhiteboardCore

/// A cell position on the canvas or in a grid: `x` is the column, `y` the row.
public struct GridPoint: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    /// The cell at column `x`, row `y`.
    public init(x: Int, y: Int) { self.x = x; self.y = y }

    /// The neighbouring cell one step in `direction`.
    public func moved(_ direction: Direction, by steps: Int = 1) -> GridPoint {
        GridPoint(x: x + direction.dx * steps, y: y + direction.dy * steps)
    }

    public var description: String { "(\(x),\(y))" }
}

/// A rectangle of cells; `x`, `y` is the top-left cell.
public struct GridRect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int
    /// The rectangle with top-left cell `x`, `y` and the given size.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }

    /// Whether the cell lies inside the rectangle (border included).
    public func contains(_ p: GridPoint) -> Bool {
        p.x >= x && p.x < x + width && p.y >= y && p.y < y + height
    }
}

/// One of the four orthogonal directions on the grid (y grows downwards).
public enum Direction: CaseIterable, Hashable, Sendable {
    case up, down, left, right

    /// Column step: -1 for left, 1 for right, 0 otherwise.
    public var dx: Int {
        switch self { case .left: -1; case .right: 1; default: 0 }
    }
    /// Row step: -1 for up, 1 for down, 0 otherwise.
    public var dy: Int {
        switch self { case .up: -1; case .down: 1; default: 0 }
    }
    /// The direction pointing the other way.
    public var opposite: Direction {
        switch self { case .up: .down; case .down: .up; case .left: .right; case .right: .left }
    }
    /// Whether this is left or right.
    public var isHorizontal: Bool { self == .left || self == .right }

    /// The line arm pointing this way.
    var arm: LineArms {
        switch self { case .up: .up; case .down: .down; case .left: .left; case .right: .right }
    }
}

extension Box {
    /// The box's cells as a rectangle (border included).
    public var rect: GridRect { GridRect(x: x, y: y, width: width, height: height) }
}
