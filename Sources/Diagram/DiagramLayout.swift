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

    /// Visits candidate polylines from `p` (leaving in `ds`) to the head cell `q` (head
    /// pointing `hd`) with up to two elbows; at most `limit` alternatives for the free
    /// coordinate, middle first. No allocation: candidates are `Poly` values.
    static func forEachShape(_ p: GridPoint, _ ds: Direction, _ q: GridPoint, _ hd: Direction, limit: Int,
                             transposed: Bool = false, into out: inout [Poly]) {
        if !ds.isHorizontal {
            forEachShape(p.transposed, ds.transposed, q.transposed, hd.transposed, limit: limit, transposed: !transposed, into: &out)
            return
        }
        func emit(_ a: GridPoint, _ b: GridPoint, _ c: GridPoint, _ d: GridPoint) {
            var poly = Poly()
            if transposed { poly.append(a.transposed); poly.append(b.transposed); poly.append(c.transposed); poly.append(d.transposed) } else { poly.append(a); poly.append(b); poly.append(c); poly.append(d) }
            out.append(poly)
        }
        let dx = ds.dx
        if hd.isHorizontal {
            if hd == ds {
                if p.y == q.y && (q.x - p.x) * dx >= 0 { emit(p, p, q, q); return }
                let span = (q.x - p.x) * dx
                guard span >= 1 else { return }
                // The vertical run goes at x = p.x + k*dx for k in 0..<span; middle first.
                let mid = (span - 1) / 2
                func at(_ k: Int) { let m = p.x + k * dx; emit(p, GridPoint(x: m, y: p.y), GridPoint(x: m, y: q.y), q) }
                var d = 0, count = 0
                while count < limit && (mid - d >= 0 || mid + d < span) {
                    if d == 0 { at(mid); count += 1 } else {
                        if mid - d >= 0 { at(mid - d); count += 1 }
                        if mid + d < span && count < limit { at(mid + d); count += 1 }
                    }
                    d += 1
                }
                // The extremes (hugging either box) are worth a try too.
                if limit > 2 && mid - d >= 0 { at(0) }
                if limit > 2 && mid + d < span { at(span - 1) }
                return
            }
            guard p.y != q.y else { return }
            let extreme = dx > 0 ? max(p.x, q.x) : min(p.x, q.x)
            for k in 0..<max(1, min(limit, 6)) {
                let m = extreme + k * dx
                emit(p, GridPoint(x: m, y: p.y), GridPoint(x: m, y: q.y), q)
            }
            return
        }
        // L shape: along ds to q.x, then along hd to q.
        guard (q.x - p.x) * dx >= 0, (q.y - p.y) * hd.dy >= 0 else { return }
        emit(p, GridPoint(x: q.x, y: p.y), q, q)
    }

    // MARK: Cost

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

    /// Places labels on horizontal segments with room (see the type's documentation).
    func placeLabels(_ routes: inout [ArrowRoute]) {
        var taken = Array(repeating: false, count: gw * gh)
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
                    var free = false
                    if x <= hi, let idx = cellIndex(p.x, p.y) { free = !taken[idx] && boxAt[idx] == 0 && lineCount[idx] == 1 }
                    if free { if runStart == nil { runStart = x } } else if let st = runStart {
                        runs.append((GridPoint(x: st, y: a.y), x - st))
                        runStart = nil
                    }
                }
            }
            if let run = runs.max(by: { $0.length < $1.length }) {
                // One line cell stays visible on each side of the label.
                let room = run.length - 2
                if room >= 2 || (room >= want && room >= 1) {
                    let shown = want <= room ? text : TextFitting.truncated(text, width: room)
                    let w = DisplayWidth.of(shown)
                    let origin = GridPoint(x: run.start.x + 1 + (room - w) / 2, y: run.start.y)
                    for x in origin.x..<(origin.x + w) { if let idx = cellIndex(x, origin.y) { taken[idx] = true } }
                    routes[i].label = shown
                    routes[i].labelOrigin = origin
                    continue
                }
            }
            // Else across a vertical segment: the label row interrupts the line, with a line
            // cell above and below and a free cell on each side of the text.
            if let (origin, shown) = verticalLabelSpot(text, route: routes[i], taken: taken) {
                let w = DisplayWidth.of(shown)
                for x in origin.x..<(origin.x + w) { if let idx = cellIndex(x, origin.y) { taken[idx] = true } }
                routes[i].label = shown
                routes[i].labelOrigin = origin
            }
        }
    }

    func verticalLabelSpot(_ text: String, route: ArrowRoute, taken: [Bool]) -> (GridPoint, String)? {
        let v = route.vertices
        let shown = TextFitting.fit(text, width: 24)
        let w = DisplayWidth.of(shown)
        // The label's column over the line must show a character, not a space (a blank there
        // would read as a gap in the line): pick the such column nearest the middle.
        var inked: [Int] = []
        var at = 0
        for ch in shown {
            let cw = DisplayWidth.of(ch)
            if ch != " " { for k in 0..<cw { inked.append(at + k) } }
            at += cw
        }
        guard let inkedColumn = inked.min(by: { abs($0 - (w - 1) / 2) < abs($1 - (w - 1) / 2) }) else { return nil }
        for k in stride(from: 1, to: v.count, by: 1) where v[k].x == v[k - 1].x {
            let col = v[k].x
            var lo = min(v[k].y, v[k - 1].y) + 1, hi = max(v[k].y, v[k - 1].y) - 1
            if k == v.count - 1 { if v[k].y > v[k - 1].y { hi -= 1 } else { lo += 1 } }
            guard lo <= hi else { continue }
            let mid = (lo + hi) / 2
            var rows = [mid]
            for d in 1...max(1, hi - lo) { if mid - d >= lo { rows.append(mid - d) }; if mid + d <= hi { rows.append(mid + d) } }
            for r in rows {
                let x0 = col - inkedColumn
                var free = true
                for x in (x0 - 1)...(x0 + w) {
                    guard let idx = cellIndex(x, r), !taken[idx], boxAt[idx] == 0 else { free = false; break }
                    if lineCount[idx] != (x == col ? 1 : 0) { free = false; break }
                }
                // Words one space apart read as one label: keep other labels two cells away.
                for x in [x0 - 2, x0 + w + 1] {
                    if let idx = cellIndex(x, r), taken[idx] { free = false }
                }
                if free { return (GridPoint(x: x0, y: r), shown) }
            }
        }
        return nil
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

/// A polyline of at most four points, kept without repeated or collinear middle points;
/// a value type so trying routes allocates nothing.
struct Poly {
    private var p0 = GridPoint(x: 0, y: 0), p1 = GridPoint(x: 0, y: 0)
    private var p2 = GridPoint(x: 0, y: 0), p3 = GridPoint(x: 0, y: 0)
    private(set) var count = 0

    subscript(i: Int) -> GridPoint {
        get { switch i { case 0: p0; case 1: p1; case 2: p2; default: p3 } }
        set { switch i { case 0: p0 = newValue; case 1: p1 = newValue; case 2: p2 = newValue; default: p3 = newValue } }
    }

    mutating func append(_ q: GridPoint) {
        if count > 0 && self[count - 1] == q { return }
        if count >= 2 {
            let a = self[count - 2], b = self[count - 1]
            if (a.x == b.x && b.x == q.x) || (a.y == b.y && b.y == q.y) { self[count - 1] = q; return }
        }
        if count < 4 { self[count] = q; count += 1 }
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
