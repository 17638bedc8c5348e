import WhiteboardCore

/// The candidate shapes of one route: straight, L, Z and U polylines with up to two elbows.
extension ArrowRouter {
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
