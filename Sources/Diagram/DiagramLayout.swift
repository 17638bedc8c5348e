import TextMetrics
import WhiteboardCore

/// The routed arrows of a canvas and the region everything occupies. Routing is a pure function
/// of the canvas geometry (box positions and sizes, arrows, labels), independent of ids and of
/// the order of arrows, so moving or resizing a box re-routes its arrows on the next render and
/// a parsed picture routes the same way as the original.
///
/// How an arrow is routed:
/// 1. Every pair of sides (source side, target side) is tried with up to two elbows
///    (straight, L, Z or U shape); the cheapest wins. Cost: length, elbows, and heavy penalties
///    for passing over boxes or running more than two cells outside the boxes' bounding box.
/// 2. Arrow ends sharing a box side are spread evenly along it, in the order of the other ends.
/// 3. Final routes are chosen in canonical order, also avoiding running along earlier arrows
///    (crossing one costs a little, sharing its cells a lot).
/// 4. Labels go on a horizontal segment with room, centred, with at least one line cell on each
///    side and no other arrow under them; shortened with `…` if needed, omitted if no room.
public struct DiagramLayout: Sendable {
    /// One route per drawable arrow (arrows to themselves or to missing boxes are not drawn).
    public var routes: [ArrowRoute]
    /// The smallest rectangle holding every box, note, line, label and head (canvas coordinates).
    public var bounds: GridRect

    /// Lays out `canvas`.
    public init(canvas: Canvas) {
        var router = ArrowRouter(canvas: canvas)
        routes = router.routeAll()
        bounds = DiagramLayout.bounds(canvas: canvas, routes: routes)
    }

    static func bounds(canvas: Canvas, routes: [ArrowRoute]) -> GridRect {
        var minX = Int.max, minY = Int.max, maxX = Int.min, maxY = Int.min
        func add(_ x: Int, _ y: Int, _ w: Int, _ h: Int) {
            guard w > 0, h > 0 else { return }
            minX = min(minX, x); minY = min(minY, y)
            maxX = max(maxX, x + w - 1); maxY = max(maxY, y + h - 1)
        }
        for b in canvas.boxes { add(b.x, b.y, b.width, b.height) }
        for n in canvas.notes {
            for (i, line) in NoteText.lines(n.text).enumerated() {
                add(n.x, n.y + i, DisplayWidth.of(line), 1)
            }
        }
        for r in routes {
            for v in r.vertices { add(v.x, v.y, 1, 1) }
            if let o = r.labelOrigin, let l = r.label { add(o.x, o.y, DisplayWidth.of(l), 1) }
        }
        if minX == Int.max { return GridRect(x: 0, y: 0, width: 0, height: 0) }
        return GridRect(x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1)
    }
}

/// Note text as drawn: one entry per line, control characters made visible.
enum NoteText {
    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map {
            InertText.escape(String($0))
        }
    }
}
