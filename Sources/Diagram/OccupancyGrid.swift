import WhiteboardCore

/// The occupancy grids of the router: which box covers a cell, the lines drawn so far, and
/// the prefix sums that price a segment in O(1).
extension ArrowRouter {
    /// Penalty units: a cell touching a box costs 1 unit (lines hugging a box are hard to read
    /// and ambiguous in ASCII), a cell inside a box `inBoxWeight` units.
    static let inBoxWeight: Int32 = 100
    static let boxPenalty = 2
    static let outsidePenalty = 2000
    static let overlapPenalty = 40
    static let crossPenalty = 3
    static let elbowCost = 4
    static let endTurnCost = 6
    static let crowdingPenalty = 12
    static let sharedEndPenalty = 150

    /// Box cells on a horizontal run of row `y` from `x0` to `x1` (inclusive), in O(1).
    @inline(__always) func boxCellsInRow(_ y: Int, _ x0: Int, _ x1: Int) -> Int {
        let cy = y - oy
        guard cy >= 0, cy < gh else { return 0 }
        let a = max(x0 - ox, 0), b = min(x1 - ox, gw - 1)
        guard a <= b else { return 0 }
        let row = cy * (gw + 1)
        return Int(rowPrefix[row + b + 1] - rowPrefix[row + a])
    }

    @inline(__always) func boxCellsInColumn(_ x: Int, _ y0: Int, _ y1: Int) -> Int {
        let cx = x - ox
        guard cx >= 0, cx < gw else { return 0 }
        let a = max(y0 - oy, 0), b = min(y1 - oy, gh - 1)
        guard a <= b else { return 0 }
        let col = cx * (gh + 1)
        return Int(colPrefix[col + b + 1] - colPrefix[col + a])
    }

    /// How many cells of a run from `lo` to `hi` (at `across` on the other axis) lie outside
    /// the routing region.
    @inline(__always) func outside(along lo: Int, _ hi: Int, limits l: (Int, Int), across: Int, limits a: (Int, Int)) -> Int {
        if across < a.0 || across > a.1 { return hi - lo + 1 }
        var n = 0
        if lo < l.0 { n += min(hi, l.0 - 1) - lo + 1 }
        if hi > l.1 { n += hi - max(lo, l.1 + 1) + 1 }
        return n
    }

    /// Cost of the cells from `a` (excluded unless `first`) to `b`: length, box and negative
    /// penalties in O(1), and, when `withLines`, crossings and overlaps with routed arrows.
    func segmentCost(_ a: GridPoint, _ b: GridPoint, first: Bool, withLines: Bool) -> Int {
        var c = 0
        if a.y == b.y {
            let step = b.x >= a.x ? 1 : -1
            let start = first ? a.x : a.x + step
            if (b.x - start) * step < 0 { return 0 }
            let lo = min(start, b.x), hi = max(start, b.x)
            let n = hi - lo + 1
            c += n + ArrowRouter.boxPenalty * boxCellsInRow(a.y, lo, hi)
            c += ArrowRouter.outsidePenalty * outside(along: lo, hi, limits: (rMinX, rMaxX), across: a.y, limits: (rMinY, rMaxY))
            if withLines, a.y >= oy, a.y < oy + gh {
                let row = (a.y - oy) * gw
                for x in max(lo, ox)...max(max(lo, ox), min(hi, ox + gw - 1)) where x <= hi && x < ox + gw {
                    let arms = lineArms[row + x - ox]
                    if arms != 0 { c += (arms & LineArms.horizontal.rawValue) != 0 ? ArrowRouter.overlapPenalty : ArrowRouter.crossPenalty }
                }
            }
        } else {
            let step = b.y >= a.y ? 1 : -1
            let start = first ? a.y : a.y + step
            if (b.y - start) * step < 0 { return 0 }
            let lo = min(start, b.y), hi = max(start, b.y)
            let n = hi - lo + 1
            c += n + ArrowRouter.boxPenalty * boxCellsInColumn(a.x, lo, hi)
            c += ArrowRouter.outsidePenalty * outside(along: lo, hi, limits: (rMinY, rMaxY), across: a.x, limits: (rMinX, rMaxX))
            if withLines, a.x >= ox, a.x < ox + gw {
                for y in max(lo, oy)...max(max(lo, oy), min(hi, oy + gh - 1)) where y <= hi && y < oy + gh {
                    let arms = lineArms[(y - oy) * gw + a.x - ox]
                    if arms != 0 { c += (arms & LineArms.vertical.rawValue) != 0 ? ArrowRouter.overlapPenalty : ArrowRouter.crossPenalty }
                }
            }
        }
        return c
    }

    /// A line that turns in the cell next to its source (`├┐`) or reaches its head from the
    /// side (`─▲`) is cramped, and in ASCII two `+` side by side read two ways: small extra cost.
    func endTurns(_ v: Poly, _ plan: Plan) -> Int {
        guard v.count >= 2 else { return 0 }
        var c = 0
        if ArrowRouter.arm(from: v[0], to: v[1]) != plan.ds.arm { c += ArrowRouter.endTurnCost }
        if ArrowRouter.arm(from: v[v.count - 2], to: v[v.count - 1]) != plan.dt.opposite.arm { c += ArrowRouter.endTurnCost }
        return c
    }

    /// The cost of a polyline.
    func cost(_ v: Poly, withLines: Bool) -> Int {
        var c = (v.count - 2) * ArrowRouter.elbowCost
        if v.count == 1 { return segmentCost(v[0], v[0], first: true, withLines: withLines) }
        for i in 1..<v.count { c += segmentCost(v[i - 1], v[i], first: i == 1, withLines: withLines) }
        return c
    }


    /// Records a route in the occupancy grids and notes what it runs over.
    mutating func mark(_ route: inout ArrowRoute) {
        var crosses = false, overlaps = false
        let leaves = route.leaves
        route.forEachCell { prev, p, next in
            guard let i = cellIndex(p.x, p.y) else { return }
            if boxAt[i] != 0 { crosses = true }
            var arms = LineArms()
            if let next { arms.insert(ArrowRouter.arm(from: p, to: next)) }
            arms.insert(prev.map { ArrowRouter.arm(from: p, to: $0) } ?? leaves.opposite.arm)
            // A head hides any line under it: later routes treat it as running along them.
            if next == nil { arms = [.up, .down, .left, .right] }
            let existing = LineArms(rawValue: lineArms[i])
            if !existing.isEmpty {
                let mineH = arms.contains(.left) || arms.contains(.right)
                let mineV = arms.contains(.up) || arms.contains(.down)
                let theirH = existing.contains(.left) || existing.contains(.right)
                let theirV = existing.contains(.up) || existing.contains(.down)
                if (mineH && theirH) || (mineV && theirV) { overlaps = true }
                if existing.rawValue == 15 || arms.rawValue == 15 { overlaps = true }
            }
            lineArms[i] |= arms.rawValue
            if lineCount[i] < 255 { lineCount[i] += 1 }
        }
        route.crossesBoxes = crosses
        route.overlapsArrows = overlaps
    }

    static func arm(from p: GridPoint, to q: GridPoint) -> LineArms {
        if q.x > p.x { return .right }
        if q.x < p.x { return .left }
        if q.y > p.y { return .down }
        return .up
    }
}
