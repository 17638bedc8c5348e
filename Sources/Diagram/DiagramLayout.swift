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
///    for passing over boxes or negative coordinates.
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

/// The routing work behind `DiagramLayout`.
struct ArrowRouter {
    let boxes: [Box]
    let arrows: [(arrow: Arrow, s: Int, t: Int)]
    // Occupancy grids over the boxes' bounding box plus a margin; outside them cells are free.
    let ox: Int, oy: Int, gw: Int, gh: Int
    var boxAt: [Int32]
    var lineArms: [UInt8]
    var lineCount: [UInt8]

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
        func key(_ e: (arrow: Arrow, s: Int, t: Int)) -> [Int] {
            let s = bx[e.s], t = bx[e.t]
            return [s.y, s.x, t.y, t.x, s.width, s.height, t.width, t.height]
        }
        // Canonical order: by geometry, then label, so ids and array order do not matter.
        list.sort { l, r in
            let kl = key(l), kr = key(r)
            if kl != kr { return kl.lexicographicallyPrecedes(kr) }
            return (l.arrow.label ?? "") < (r.arrow.label ?? "")
        }
        arrows = list
        var minX = 0, minY = 0, maxX = 0, maxY = 0
        if let f = boxes.first {
            minX = f.x; minY = f.y; maxX = f.x + f.width; maxY = f.y + f.height
            for b in boxes {
                minX = min(minX, b.x); minY = min(minY, b.y)
                maxX = max(maxX, b.x + b.width); maxY = max(maxY, b.y + b.height)
            }
        }
        ox = minX - ArrowRouter.margin; oy = minY - ArrowRouter.margin
        gw = maxX - minX + 2 * ArrowRouter.margin; gh = maxY - minY + 2 * ArrowRouter.margin
        boxAt = Array(repeating: 0, count: gw * gh)
        lineArms = Array(repeating: 0, count: gw * gh)
        lineCount = Array(repeating: 0, count: gw * gh)
        for (i, b) in boxes.enumerated() {
            for y in max(b.y, oy)..<min(b.y + b.height, oy + gh) {
                let row = (y - oy) * gw
                for x in max(b.x, ox)..<min(b.x + b.width, ox + gw) { boxAt[row + x - ox] = Int32(i + 1) }
            }
        }
    }

    @inline(__always) func cellIndex(_ x: Int, _ y: Int) -> Int? {
        let cx = x - ox, cy = y - oy
        guard cx >= 0, cy >= 0, cx < gw, cy < gh else { return nil }
        return cy * gw + cx
    }

    // MARK: Box sides

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

    // MARK: Shapes

    /// Candidate polylines from `p` (leaving in `ds`) to the head cell `q` (head pointing `hd`),
    /// with up to two elbows; at most `limit` alternatives for the free coordinate.
    static func shapes(_ p: GridPoint, _ ds: Direction, _ q: GridPoint, _ hd: Direction, limit: Int) -> [[GridPoint]] {
        if !ds.isHorizontal {
            // Solve the transposed problem and transpose back.
            let t = shapes(p.transposed, ds.transposed, q.transposed, hd.transposed, limit: limit)
            return t.map { $0.map(\.transposed) }
        }
        let dx = ds.dx
        if hd.isHorizontal {
            if hd == ds {
                if p.y == q.y && (q.x - p.x) * dx >= 0 { return [clean([p, q])] }
                let span = (q.x - p.x) * dx
                guard span >= 1 else { return [] }
                // The vertical run goes at x = p.x + k*dx for k in 0..<span; middle first.
                let mid = (span - 1) / 2
                var out: [[GridPoint]] = []
                for k in alternatives(around: mid, lo: 0, hi: span - 1, limit: limit) {
                    let m = p.x + k * dx
                    out.append(clean([p, GridPoint(x: m, y: p.y), GridPoint(x: m, y: q.y), q]))
                }
                return out
            }
            guard p.y != q.y else { return [] }
            let extreme = dx > 0 ? max(p.x, q.x) : min(p.x, q.x)
            return (0..<max(1, min(limit, 6))).map { k in
                let m = extreme + k * dx
                return clean([p, GridPoint(x: m, y: p.y), GridPoint(x: m, y: q.y), q])
            }
        }
        // L shape: along ds to q.x, then along hd to q.
        guard (q.x - p.x) * dx >= 0, (q.y - p.y) * hd.dy >= 0 else { return [] }
        return [clean([p, GridPoint(x: q.x, y: p.y), q])]
    }

    static func alternatives(around mid: Int, lo: Int, hi: Int, limit: Int) -> [Int] {
        var out = [mid]
        var d = 1
        while out.count < limit && (mid - d >= lo || mid + d <= hi) {
            if mid - d >= lo { out.append(mid - d) }
            if mid + d <= hi && out.count < limit { out.append(mid + d) }
            d += 1
        }
        if limit > 2 {
            if !out.contains(lo) { out.append(lo) }
            if !out.contains(hi) { out.append(hi) }
        }
        return out
    }

    /// Drops repeated and collinear middle vertices.
    static func clean(_ v: [GridPoint]) -> [GridPoint] {
        var out: [GridPoint] = []
        for p in v where out.last != p { out.append(p) }
        var i = 1
        while i + 1 < out.count {
            let a = out[i - 1], b = out[i], c = out[i + 1]
            if (a.x == b.x && b.x == c.x) || (a.y == b.y && b.y == c.y) { out.remove(at: i) } else { i += 1 }
        }
        return out
    }

    // MARK: Cost

    static let boxPenalty = 200
    static let negativePenalty = 2000
    static let overlapPenalty = 40
    static let crossPenalty = 3
    static let elbowCost = 4
    static let crowdingPenalty = 12

    /// The cost of a polyline; stops early once it exceeds `bound`.
    func cost(_ v: [GridPoint], bound: Int) -> Int {
        var c = (v.count - 2) * ArrowRouter.elbowCost
        c += cellCost(v[0], horizontal: v.count > 1 ? v[1].y == v[0].y : true)
        for i in 1..<v.count {
            var p = v[i - 1]
            let q = v[i]
            let horizontal = p.y == q.y
            let sx = q.x > p.x ? 1 : (q.x < p.x ? -1 : 0), sy = q.y > p.y ? 1 : (q.y < p.y ? -1 : 0)
            while p != q {
                p = GridPoint(x: p.x + sx, y: p.y + sy)
                c += cellCost(p, horizontal: horizontal)
                if c > bound { return c }
            }
        }
        return c
    }

    @inline(__always) func cellCost(_ p: GridPoint, horizontal: Bool) -> Int {
        var c = 1
        if p.x < 0 || p.y < 0 { c += ArrowRouter.negativePenalty }
        if let i = cellIndex(p.x, p.y) {
            if boxAt[i] != 0 { c += ArrowRouter.boxPenalty }
            let arms = LineArms(rawValue: lineArms[i])
            if !arms.isEmpty {
                let along = horizontal ? (arms.contains(.left) || arms.contains(.right))
                                       : (arms.contains(.up) || arms.contains(.down))
                c += along ? ArrowRouter.overlapPenalty : ArrowRouter.crossPenalty
            }
        }
        return c
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
    func best(_ s: Box, _ t: Box, _ plan: Plan, limit: Int, bound: Int) -> (v: [GridPoint], cost: Int)? {
        let (p, q) = endpoints(s, t, plan)
        var found: (v: [GridPoint], cost: Int)?
        var b = bound
        for v in ArrowRouter.shapes(p, plan.ds, q, plan.dt.opposite, limit: limit) {
            let c = cost(v, bound: b)
            if c < b || (found == nil && c <= b) { found = (v, c); b = c }
        }
        return found
    }

    /// Chooses the side pair for each arrow, ignoring other arrows.
    func choosePlans() -> [Plan] {
        var used: [Int: Int] = [:]
        func sideKey(_ box: Int, _ d: Direction) -> Int {
            box * 4 + (d == .up ? 0 : d == .down ? 1 : d == .left ? 2 : 3)
        }
        // Ends beyond a side's comfortable capacity (every other cell) cost extra.
        func crowding(_ box: Int, _ d: Direction) -> Int {
            let r = sideRange(boxes[box], d)
            let capacity = max(1, (r.hi - r.lo + 2) / 2)
            return ArrowRouter.crowdingPenalty * max(0, (used[sideKey(box, d)] ?? 0) + 1 - capacity)
        }
        return arrows.map { e in
            let s = boxes[e.s], t = boxes[e.t]
            var bestPlan = Plan(ds: .right, dt: .left, ps: 0, pt: 0)
            var bestCost = Int.max
            // Try side pairs in order of a lower bound on their cost.
            var cands: [(Plan, Int)] = []
            for (ds, dt) in ArrowRouter.sidePairs {
                let (ps, pt) = provisional(s, ds, t, dt)
                let plan = Plan(ds: ds, dt: dt, ps: ps, pt: pt)
                let (p, q) = endpoints(s, t, plan)
                cands.append((plan, abs(p.x - q.x) + abs(p.y - q.y) + 1))
            }
            cands.sort { $0.1 < $1.1 }
            for (plan, lower) in cands where lower < bestCost {
                let extra = crowding(e.s, plan.ds) + crowding(e.t, plan.dt)
                guard lower + extra < bestCost else { continue }
                if let r = best(s, t, plan, limit: 5, bound: bestCost - extra), r.cost + extra < bestCost {
                    bestCost = r.cost + extra
                    bestPlan = plan
                }
            }
            used[sideKey(e.s, bestPlan.ds), default: 0] += 1
            used[sideKey(e.t, bestPlan.dt), default: 0] += 1
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

    /// Routes every arrow.
    mutating func routeAll() -> [ArrowRoute] {
        var plans = choosePlans()
        let provisionalPlans = plans
        spread(&plans)
        var routes: [ArrowRoute] = []
        routes.reserveCapacity(arrows.count)
        for (i, e) in arrows.enumerated() {
            let s = boxes[e.s], t = boxes[e.t]
            var plan = plans[i]
            var chosen = best(s, t, plan, limit: 12, bound: Int.max)
            if chosen == nil {
                plan = provisionalPlans[i]
                chosen = best(s, t, plan, limit: 12, bound: Int.max)
            }
            let (p, q) = endpoints(s, t, plan)
            let v = chosen?.v ?? ArrowRouter.clean([p, GridPoint(x: q.x, y: p.y), q])
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

    /// Records a route in the occupancy grids and notes what it runs over.
    mutating func mark(_ route: inout ArrowRoute) {
        let cells = route.cells
        for (k, p) in cells.enumerated() {
            guard let i = cellIndex(p.x, p.y) else { continue }
            if boxAt[i] != 0 { route.crossesBoxes = true }
            var arms = LineArms()
            if k + 1 < cells.count { arms.insert(ArrowRouter.arm(from: p, to: cells[k + 1])) }
            if k > 0 { arms.insert(ArrowRouter.arm(from: p, to: cells[k - 1])) }
            let existing = LineArms(rawValue: lineArms[i])
            if !existing.isEmpty {
                let mineH = arms.contains(.left) || arms.contains(.right)
                let mineV = arms.contains(.up) || arms.contains(.down)
                let theirH = existing.contains(.left) || existing.contains(.right)
                let theirV = existing.contains(.up) || existing.contains(.down)
                if (mineH && theirH) || (mineV && theirV) { route.overlapsArrows = true }
            }
            lineArms[i] |= arms.rawValue
            if lineCount[i] < 255 { lineCount[i] += 1 }
        }
    }

    static func arm(from p: GridPoint, to q: GridPoint) -> LineArms {
        if q.x > p.x { return .right }
        if q.x < p.x { return .left }
        if q.y > p.y { return .down }
        return .up
    }

    /// Places labels on horizontal segments with room (see the type's documentation).
    func placeLabels(_ routes: inout [ArrowRoute]) {
        var taken = Set<GridPoint>()
        for (i, e) in arrows.enumerated() {
            guard let raw = e.arrow.label else { continue }
            let text = TextFitting.labelLines(raw).joined(separator: " ")
            guard !text.isEmpty else { continue }
            let want = DisplayWidth.of(text)
            let v = routes[i].vertices
            // Free runs of cells strictly inside horizontal segments.
            var runs: [(start: GridPoint, length: Int)] = []
            for k in 1..<max(1, v.count) where v[k].y == v[k - 1].y {
                let a = v[k - 1], b = v[k]
                let lo = min(a.x, b.x) + 1, hi = max(a.x, b.x) - 1
                guard lo <= hi else { continue }
                var runStart: Int?
                for x in lo...(hi + 1) {
                    let p = GridPoint(x: x, y: a.y)
                    var free = x <= hi && !taken.contains(p)
                    if free, let idx = cellIndex(x, a.y) { free = boxAt[idx] == 0 && lineCount[idx] == 1 }
                    if free { if runStart == nil { runStart = x } } else if let st = runStart {
                        runs.append((GridPoint(x: st, y: a.y), x - st))
                        runStart = nil
                    }
                }
            }
            guard let run = runs.max(by: { $0.length < $1.length }) else { continue }
            // One line cell stays visible on each side of the label.
            let room = run.length - 2
            guard room >= 2 || (room >= want && room >= 1) else { continue }
            let shown = want <= room ? text : TextFitting.truncated(text, width: room)
            let w = DisplayWidth.of(shown)
            let origin = GridPoint(x: run.start.x + 1 + (room - w) / 2, y: run.start.y)
            for x in origin.x..<(origin.x + w) { taken.insert(GridPoint(x: x, y: origin.y)) }
            routes[i].label = shown
            routes[i].labelOrigin = origin
        }
    }
}

extension GridPoint {
    var transposed: GridPoint { GridPoint(x: y, y: x) }
}

extension Direction {
    var transposed: Direction {
        switch self { case .up: .left; case .left: .up; case .down: .right; case .right: .down }
    }
}
