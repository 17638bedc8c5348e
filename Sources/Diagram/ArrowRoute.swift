/// Where one arrow is drawn: it leaves its source box through `sourceBorder` going `leaves`,
/// runs orthogonally through `vertices` (its first cell outside the source, up to two elbows,
/// and the head cell), and ends in a head pointing `head`, into the target's border.
public struct ArrowRoute: Equatable, Sendable {
    /// The id of the arrow in the canvas.
    public var arrowID: String
    /// The source box's border cell the line leaves from (drawn as a junction: `├ ┤ ┬ ┴`).
    public var sourceBorder: GridPoint
    /// The direction the line leaves the source box.
    public var leaves: Direction
    /// Polyline corners: the first cell outside the source, the elbows, the head cell.
    public var vertices: [GridPoint]
    /// The direction the head points (into the target box).
    public var head: Direction
    /// The label as drawn (possibly shortened with `…`), or nil when there is none or no room.
    public var label: String?
    /// Left cell of the drawn label.
    public var labelOrigin: GridPoint?
    /// Whether the line passes over a box's cells (no route around was found).
    public var crossesBoxes: Bool
    /// Whether the line runs along cells of another arrow in the same direction.
    public var overlapsArrows: Bool

    /// The cell holding the head.
    public var headCell: GridPoint { vertices[vertices.count - 1] }

    /// Calls `body` for every cell of the line in order, with the cells before and after it
    /// (nil at the ends), without building an array.
    func forEachCell(_ body: (_ previous: GridPoint?, _ cell: GridPoint, _ next: GridPoint?) -> Void) {
        var prev: GridPoint? = nil
        var cur = vertices[0]
        for i in 1..<max(1, vertices.count) {
            let q = vertices[i]
            let dx = (q.x > cur.x ? 1 : (q.x < cur.x ? -1 : 0)), dy = (q.y > cur.y ? 1 : (q.y < cur.y ? -1 : 0))
            while cur != q {
                let nxt = GridPoint(x: cur.x + dx, y: cur.y + dy)
                body(prev, cur, nxt)
                prev = cur
                cur = nxt
            }
        }
        body(prev, cur, nil)
    }

    /// Every cell of the line, from the first cell outside the source to the head cell.
    public var cells: [GridPoint] {
        var out: [GridPoint] = [vertices[0]]
        for i in 1..<vertices.count {
            var p = vertices[i - 1]
            let q = vertices[i]
            let dx = (q.x > p.x ? 1 : (q.x < p.x ? -1 : 0)), dy = (q.y > p.y ? 1 : (q.y < p.y ? -1 : 0))
            while p != q {
                p = GridPoint(x: p.x + dx, y: p.y + dy)
                out.append(p)
            }
        }
        return out
    }
}
