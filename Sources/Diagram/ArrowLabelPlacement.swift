import TextMetrics
import WhiteboardCore

/// Where arrow labels go: on a segment with room, away from other arrows.
extension ArrowRouter {
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
