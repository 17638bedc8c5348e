import WhiteboardCore

/// Which side of each box an arrow leaves and enters, and where along it: the side pair
/// chosen per arrow ignoring the others, then the ends sharing a side spread evenly.
extension ArrowRouter {
    /// The coordinates along a side where lines may attach (corners excluded when possible).
    func sideRange(_ b: Box, _ side: Direction) -> (lo: Int, hi: Int) {
        if side.isHorizontal {
            return b.height > 2 ? (b.y + 1, b.y + b.height - 2) : (b.y, b.y)
        }
        return b.width > 2 ? (b.x + 1, b.x + b.width - 2) : (b.x, b.x)
    }

    /// The border cell at `pos` along `side`.
    func borderCell(_ b: Box, _ side: Direction, _ pos: Int) -> GridPoint {
        switch side {
        case .up: GridPoint(x: pos, y: b.y)
        case .down: GridPoint(x: pos, y: b.y + b.height - 1)
        case .left: GridPoint(x: b.x, y: pos)
        case .right: GridPoint(x: b.x + b.width - 1, y: pos)
        }
    }

    /// Attachment positions for a side pair before spreading: facing sides whose ranges overlap
    /// meet in the middle of the overlap (a straight line), otherwise side centres.
    func provisional(_ s: Box, _ ds: Direction, _ t: Box, _ dt: Direction) -> (Int, Int) {
        let rs = sideRange(s, ds), rt = sideRange(t, dt)
        if ds == dt.opposite {
            let lo = max(rs.lo, rt.lo), hi = min(rs.hi, rt.hi)
            if lo <= hi { return ((lo + hi) / 2, (lo + hi) / 2) }
        }
        return ((rs.lo + rs.hi) / 2, (rt.lo + rt.hi) / 2)
    }


    /// Chooses the side pair for each arrow, ignoring other arrows.
    func choosePlans() -> [Plan] {
        var used = Array(repeating: 0, count: boxes.count * 4)
        func sideKey(_ box: Int, _ d: Direction) -> Int {
            box * 4 + (d == .up ? 0 : d == .down ? 1 : d == .left ? 2 : 3)
        }
        // Ends beyond a side's comfortable capacity (every other cell) cost extra.
        func crowding(_ box: Int, _ d: Direction) -> Int {
            let r = sideRange(boxes[box], d)
            let cells = r.hi - r.lo + 1
            let capacity = max(1, (cells + 1) / 2)
            let n = used[sideKey(box, d)] + 1
            // Beyond every other cell it gets crowded; beyond every cell, lines share cells.
            return ArrowRouter.crowdingPenalty * max(0, n - capacity) + ArrowRouter.sharedEndPenalty * max(0, n - cells)
        }
        var buffer: [Poly] = []
        buffer.reserveCapacity(16)
        var lower: [Int] = []
        lower.reserveCapacity(16)
        return arrows.map { e in
            let s = boxes[e.s], t = boxes[e.t]
            var bestPlan = Plan(ds: .right, dt: .left, ps: 0, pt: 0)
            var bestCost = Int.max
            // The natural pair first, then others only while their lower bound can win.
            let dxc = (t.x + t.width / 2) - (s.x + s.width / 2), dyc = (t.y + t.height / 2) - (s.y + s.height / 2)
            let natural: (Direction, Direction) = abs(dxc) * 2 >= abs(dyc) * 5
                ? (dxc >= 0 ? (.right, .left) : (.left, .right))
                : (dyc >= 0 ? (.down, .up) : (.up, .down))
            for j in -1..<ArrowRouter.sidePairs.count {
                let (ds, dt) = j < 0 ? natural : ArrowRouter.sidePairs[j]
                let (ps, pt) = provisional(s, ds, t, dt)
                let plan = Plan(ds: ds, dt: dt, ps: ps, pt: pt)
                let extra = crowding(e.s, ds) + crowding(e.t, dt)
                if bestCost != Int.max {
                    let (p, q) = endpoints(s, t, plan)
                    if abs(p.x - q.x) + abs(p.y - q.y) + 1 + extra >= bestCost { continue }
                }
                if let r = best(s, t, plan, limit: 3, withLines: false, buffer: &buffer, lower: &lower), r.cost + extra < bestCost {
                    bestCost = r.cost + extra
                    bestPlan = plan
                }
            }
            used[sideKey(e.s, bestPlan.ds)] += 1
            used[sideKey(e.t, bestPlan.dt)] += 1
            return bestPlan
        }
    }

    /// Spreads arrow ends that share a box side evenly along it.
    func spread(_ plans: inout [Plan]) {
        struct End { var arrow: Int; var isSource: Bool; var other: Int }
        var sides: [Int: [End]] = [:]   // key: box index * 4 + side
        func sideKey(_ box: Int, _ d: Direction) -> Int {
            box * 4 + (d == .up ? 0 : d == .down ? 1 : d == .left ? 2 : 3)
        }
        for (i, e) in arrows.enumerated() {
            let plan = plans[i]
            let (p, q) = endpoints(boxes[e.s], boxes[e.t], plan)
            let sOther = plan.ds.isHorizontal ? q.y : q.x
            let tOther = plan.dt.isHorizontal ? p.y : p.x
            sides[sideKey(e.s, plan.ds), default: []].append(End(arrow: i, isSource: true, other: sOther))
            sides[sideKey(e.t, plan.dt), default: []].append(End(arrow: i, isSource: false, other: tOther))
        }
        for (key, ends) in sides where ends.count > 1 {
            let box = boxes[key / 4]
            let side: Direction = [.up, .down, .left, .right][key % 4]
            let r = sideRange(box, side)
            let len = r.hi - r.lo + 1
            let sorted = ends.sorted { a, b in
                a.other != b.other ? a.other < b.other : (a.arrow != b.arrow ? a.arrow < b.arrow : a.isSource)
            }
            for (k, end) in sorted.enumerated() {
                let pos = r.lo + min(len - 1, ((2 * k + 1) * len) / (2 * sorted.count))
                if end.isSource { plans[end.arrow].ps = max(r.lo, pos) } else { plans[end.arrow].pt = max(r.lo, pos) }
            }
        }
    }
}
