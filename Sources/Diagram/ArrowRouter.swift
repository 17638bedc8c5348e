import WhiteboardCore

/// The routing work behind `DiagramLayout`.
struct ArrowRouter {
    let boxes: [Box]
    let arrows: [(arrow: Arrow, s: Int, t: Int)]
    // Occupancy grids over the boxes' bounding box plus a margin; outside them cells are free.
    let ox: Int, oy: Int, gw: Int, gh: Int
    var boxAt: [Int32]
    var lineArms: [UInt8]
    var lineCount: [UInt8]
    var rowPrefix: [Int32]
    /// Lines may run at most `regionMargin` cells beyond the boxes' bounding box. The region
    /// moves with the boxes, so routing does not change when the whole drawing is shifted.
    let rMinX: Int, rMinY: Int, rMaxX: Int, rMaxY: Int
    static let regionMargin = 2
    var colPrefix: [Int32]

    static let margin = 10

    init(canvas: Canvas) {
        boxes = canvas.boxes
        var index: [String: Int] = [:]
        for (i, b) in canvas.boxes.enumerated() where index[b.id] == nil { index[b.id] = i }
        var list: [(arrow: Arrow, s: Int, t: Int)] = []
        for a in canvas.arrows {
            guard let s = index[a.from], let t = index[a.to], s != t else { continue }
            list.append((a, s, t))
        }
        let bx = boxes
        // Canonical order: by geometry, then label, so ids and array order do not matter.
        let keyed = list.map { e -> (key: ArrowKey, e: (arrow: Arrow, s: Int, t: Int)) in
            (ArrowKey(s: bx[e.s], t: bx[e.t]), e)
        }
        arrows = keyed.sorted { l, r in
            if l.key != r.key { return l.key < r.key }
            // Among arrows joining the same boxes, labelled ones are routed (and labelled) first.
            let ll = l.e.arrow.label ?? "", rl = r.e.arrow.label ?? ""
            if ll.isEmpty != rl.isEmpty { return !ll.isEmpty }
            return ll < rl
        }.map(\.e)
        var minX = 0, minY = 0, maxX = 0, maxY = 0
        if let f = boxes.first {
            minX = f.x; minY = f.y; maxX = f.x + f.width; maxY = f.y + f.height
            for b in boxes {
                minX = min(minX, b.x); minY = min(minY, b.y)
                maxX = max(maxX, b.x + b.width); maxY = max(maxY, b.y + b.height)
            }
        }
        rMinX = minX - ArrowRouter.regionMargin; rMinY = minY - ArrowRouter.regionMargin
        rMaxX = maxX - 1 + ArrowRouter.regionMargin; rMaxY = maxY - 1 + ArrowRouter.regionMargin
        ox = minX - ArrowRouter.margin; oy = minY - ArrowRouter.margin
        gw = maxX - minX + 2 * ArrowRouter.margin; gh = maxY - minY + 2 * ArrowRouter.margin
        boxAt = Array(repeating: 0, count: gw * gh)
        lineArms = Array(repeating: 0, count: gw * gh)
        lineCount = Array(repeating: 0, count: gw * gh)
        for (i, b) in boxes.enumerated() {
            for y in stride(from: max(b.y, oy), to: min(b.y + b.height, oy + gh), by: 1) {
                let row = (y - oy) * gw
                for x in stride(from: max(b.x, ox), to: min(b.x + b.width, ox + gw), by: 1) { boxAt[row + x - ox] = Int32(i + 1) }
            }
        }
        // Each cell weighs 1 if it lies in a box and `nearWeight` if it only touches one; prefix
        // sums of those weights along rows and columns price a segment in O(1).
        var weight = Array(repeating: Int32(0), count: gw * gh)
        let (gx0, gy0, gww, ghh) = (ox, oy, gw, gh)
        func cellIndex(_ x: Int, _ y: Int) -> Int? {
            let cx = x - gx0, cy = y - gy0
            return cx >= 0 && cy >= 0 && cx < gww && cy < ghh ? cy * gww + cx : nil
        }
        for b in boxes where b.width > 0 && b.height > 0 {
            // The ring of cells around the box (corners excluded) touches it.
            for x in b.x..<(b.x + b.width) {
                if let i = cellIndex(x, b.y - 1), boxAt[i] == 0 { weight[i] = 1 }
                if let i = cellIndex(x, b.y + b.height), boxAt[i] == 0 { weight[i] = 1 }
            }
            for y in b.y..<(b.y + b.height) {
                if let i = cellIndex(b.x - 1, y), boxAt[i] == 0 { weight[i] = 1 }
                if let i = cellIndex(b.x + b.width, y), boxAt[i] == 0 { weight[i] = 1 }
            }
        }
        for i in 0..<boxAt.count where boxAt[i] != 0 { weight[i] = ArrowRouter.inBoxWeight }
        rowPrefix = Array(repeating: 0, count: gh * (gw + 1))
        colPrefix = Array(repeating: 0, count: gw * (gh + 1))
        for y in 0..<gh {
            var acc: Int32 = 0
            for x in 0..<gw {
                acc += weight[y * gw + x]
                rowPrefix[y * (gw + 1) + x + 1] = acc
            }
        }
        for x in 0..<gw {
            var acc: Int32 = 0
            for y in 0..<gh {
                acc += weight[y * gw + x]
                colPrefix[x * (gh + 1) + y + 1] = acc
            }
        }
    }

    @inline(__always) func cellIndex(_ x: Int, _ y: Int) -> Int? {
        let cx = x - ox, cy = y - oy
        guard cx >= 0, cy >= 0, cx < gw, cy < gh else { return nil }
        return cy * gw + cx
    }

    // MARK: Routing

    struct Plan {
        var ds: Direction
        var dt: Direction   // outward normal of the target side
        var ps: Int
        var pt: Int
    }

    static let sidePairs: [(Direction, Direction)] = {
        var out: [(Direction, Direction)] = []
        for a in Direction.allCases { for b in Direction.allCases { out.append((a, b)) } }
        return out
    }()

    func endpoints(_ s: Box, _ t: Box, _ plan: Plan) -> (GridPoint, GridPoint) {
        (borderCell(s, plan.ds, plan.ps).moved(plan.ds), borderCell(t, plan.dt, plan.pt).moved(plan.dt))
    }

    /// The cheapest polyline for a plan, with its cost (nil when the plan has no valid shape).
    func best(_ s: Box, _ t: Box, _ plan: Plan, limit: Int, withLines: Bool, buffer: inout [Poly],
              lower: inout [Int]) -> (v: Poly, cost: Int)? {
        let (p, q) = endpoints(s, t, plan)
        buffer.removeAll(keepingCapacity: true)
        ArrowRouter.forEachShape(p, plan.ds, q, plan.dt.opposite, limit: limit, into: &buffer)
        var found: (v: Poly, cost: Int)?
        if !withLines {
            for v in buffer {
                let c = cost(v, withLines: false) + endTurns(v, plan)
                if found == nil || c < found!.cost { found = (v, c) }
            }
            return found
        }
        // The cost without other arrows is a lower bound: walk cells only while it can win.
        // Selection by repeated minimum: the buffer holds a dozen candidates at most.
        lower.removeAll(keepingCapacity: true)
        for v in buffer { lower.append(cost(v, withLines: false) + endTurns(v, plan)) }
        var done = 0
        while done < buffer.count {
            var i = -1
            for k in 0..<lower.count where lower[k] != Int.max && (i < 0 || lower[k] < lower[i]) { i = k }
            if let f = found, lower[i] >= f.cost { break }
            lower[i] = Int.max
            done += 1
            let c = cost(buffer[i], withLines: true) + endTurns(buffer[i], plan)
            if found == nil || c < found!.cost { found = (buffer[i], c) }
        }
        return found
    }

    /// Routes every arrow.
    mutating func routeAll() -> [ArrowRoute] {
        var plans = choosePlans()
        let provisionalPlans = plans
        spread(&plans)
        var routes: [ArrowRoute] = []
        routes.reserveCapacity(arrows.count)
        var buffer: [Poly] = []
        buffer.reserveCapacity(16)
        var lower: [Int] = []
        lower.reserveCapacity(16)
        for (i, e) in arrows.enumerated() {
            let s = boxes[e.s], t = boxes[e.t]
            var plan = plans[i]
            var chosen = best(s, t, plan, limit: 8, withLines: true, buffer: &buffer, lower: &lower)
            if chosen == nil {
                plan = provisionalPlans[i]
                chosen = best(s, t, plan, limit: 8, withLines: true, buffer: &buffer, lower: &lower)
            }
            let (p, q) = endpoints(s, t, plan)
            var v = [p, GridPoint(x: q.x, y: p.y), q]
            if let c = chosen?.v { v = (0..<c.count).map { c[$0] } }
            var poly = Poly()
            for pt in v { poly.append(pt) }
            v = (0..<poly.count).map { poly[$0] }
            // No shape with two elbows gets around the boxes: search for a detour.
            if crossesBox(v), let (detourPlan, path) = cheapestDetour(s, t, plan) {
                plan = detourPlan
                v = path
            }
            var route = ArrowRoute(
                arrowID: e.arrow.id, sourceBorder: borderCell(s, plan.ds, plan.ps), leaves: plan.ds,
                vertices: v, head: plan.dt.opposite, label: nil, labelOrigin: nil,
                crossesBoxes: false, overlapsArrows: false)
            mark(&route)
            routes.append(route)
        }
        placeLabels(&routes)
        return routes
    }

    /// The cheapest box-free route between two boxes: the planned sides first, then every
    /// other pair of sides from their centres; nil when the boxes wall every way off.
    func cheapestDetour(_ s: Box, _ t: Box, _ plan: Plan) -> (Plan, [GridPoint])? {
        var found: (plan: Plan, path: [GridPoint], cost: Int)?
        var plans = [plan]
        for (ds, dt) in ArrowRouter.sidePairs {
            let (ps, pt) = provisional(s, ds, t, dt)
            plans.append(Plan(ds: ds, dt: dt, ps: ps, pt: pt))
        }
        for (k, candidate) in plans.enumerated() {
            let (p, q) = endpoints(s, t, candidate)
            guard let r = detour(from: p, leaving: candidate.ds, to: q, head: candidate.dt.opposite) else { continue }
            // Keeping the planned sides (ends already spread) is worth a little.
            let cost = r.cost + (k == 0 ? 0 : ArrowRouter.crowdingPenalty)
            if found == nil || cost < found!.cost { found = (candidate, r.vertices, cost) }
        }
        return found.map { ($0.plan, $0.path) }
    }
}

/// Sort key of an arrow by the geometry of its ends (source position, target position, sizes).
struct ArrowKey: Equatable, Comparable {
    var a: (Int, Int, Int, Int), b: (Int, Int, Int, Int)
    init(s: Box, t: Box) {
        a = (s.y, s.x, t.y, t.x)
        b = (s.width, s.height, t.width, t.height)
    }
    static func == (l: ArrowKey, r: ArrowKey) -> Bool { l.a == r.a && l.b == r.b }
    static func < (l: ArrowKey, r: ArrowKey) -> Bool { l.a != r.a ? l.a < r.a : l.b < r.b }
}
