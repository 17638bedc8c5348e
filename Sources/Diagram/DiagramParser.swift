import WhiteboardCore

/// Reads a text diagram into a canvas.
///
/// Rules:
/// - Line cells are box-drawing characters (single, rounded, double, heavy, dashed and the
///   common mixed ones) and ASCII `-`, `=`, `|`; `+`, `.` and `'` are corners or junctions with
///   the arms their neighbours give them (two at least).
/// - A box is a closed rectangle of line cells: a top-left corner, a top edge, a top-right
///   corner, sides and a bottom edge; tees on the edges (where lines attach) are allowed. Its
///   label is the text inside, each row trimmed, blank rows at the top and bottom dropped.
///   Boxes get ids `b1`, `b2`, … in reading order (top to bottom, left to right).
/// - An arrow is a line that starts next to one box's side and ends next to another box:
///   it is followed straight through crossings and around elbows. Heads (`> < v ^`,
///   `▶ ◀ ▼ ▲`, `→ ← ↓ ↑`, …) next to a box give the direction; with no head the arrow runs
///   from the end found first (reading order of boxes and their sides). Text interrupting a
///   horizontal run of the line is the arrow's label.
/// - Everything else that is not blank becomes notes: runs of text on a row (split at two or
///   more spaces), with runs starting in the same column on consecutive rows joined into one
///   multi-line note.
struct DiagramParser {
    let grid: CharGrid
    let width: Int
    let height: Int
    var arms: [LineArms]
    var heads: [Direction?]
    var owner: [Int]        // index of the box a cell belongs to, -1 for none
    var wall: [Int]         // index of the box whose border a cell is, -1 for none
    var rects: [GridRect] = []
    /// The rows holding one-line `[Label]` / `(Label)` boxes (drawn 3 rows high on the canvas).
    var bracketRows: Set<Int> = []

    init(grid: CharGrid) {
        self.grid = grid
        width = grid.width; height = grid.height
        arms = Array(repeating: [], count: width * height)
        heads = Array(repeating: nil, count: width * height)
        owner = Array(repeating: -1, count: width * height)
        wall = Array(repeating: -1, count: width * height)
        classify()
        findBoxes()
        findBracketBoxes()
        detachCorners()
    }

    /// An ASCII corner (`+ . '`) takes arms from whatever touches it, so a line passing next to
    /// a box corner would seem joined to it. Box corners are not attachment points: drop the
    /// arms of outside cells that point at one.
    mutating func detachCorners() {
        for r in rects {
            let corners: [(GridPoint, [Direction])] = [
                (GridPoint(x: r.x, y: r.y), [.up, .left]),
                (GridPoint(x: r.x + r.width - 1, y: r.y), [.up, .right]),
                (GridPoint(x: r.x, y: r.y + r.height - 1), [.down, .left]),
                (GridPoint(x: r.x + r.width - 1, y: r.y + r.height - 1), [.down, .right]),
            ]
            for (corner, outward) in corners {
                guard let c = char(corner.x, corner.y), GlyphClasses.contextual.contains(c) else { continue }
                for d in outward {
                    let n = corner.moved(d)
                    if let i = idx(n), owner[i] < 0 { arms[i].remove(d.opposite.arm) }
                }
            }
        }
    }

    func char(_ x: Int, _ y: Int) -> Character? { grid.character(x: x, y: y) }

    @inline(__always) func idx(_ p: GridPoint) -> Int? {
        p.x >= 0 && p.y >= 0 && p.x < width && p.y < height ? p.y * width + p.x : nil
    }

    func armsAt(_ p: GridPoint) -> LineArms { idx(p).map { arms[$0] } ?? [] }
    func headAt(_ p: GridPoint) -> Direction? { idx(p).flatMap { heads[$0] } }
    func ownerAt(_ p: GridPoint) -> Int { idx(p).map { owner[$0] } ?? -1 }
    /// The box whose border is at `p`, or -1.
    func wallAt(_ p: GridPoint) -> Int { idx(p).map { wall[$0] } ?? -1 }
    /// Whether a line or label of an arrow drawn inside `container` (a box index, -1 for the
    /// open canvas) may use cell `i`: not a border, and inside the same box (arrows between
    /// boxes nested in a group run inside the group).
    func isOpen(_ i: Int, _ container: Int) -> Bool { wall[i] < 0 && owner[i] == container }

    // MARK: Classifying cells

    mutating func classify() {
        for y in 0..<height {
            for x in 0..<width {
                if let c = char(x, y), let a = GlyphClasses.fixedArms[c] { arms[y * width + x] = a }
            }
        }
        // Contextual corners look at neighbouring characters.
        func connects(_ c: Character?, _ toward: Direction) -> Bool {
            guard let c else { return false }
            if let a = GlyphClasses.fixedArms[c] { return a.has(toward.opposite) }
            if GlyphClasses.junctions.contains(c) { return true }
            if let h = GlyphClasses.heads[c] { return h.isHorizontal == toward.isHorizontal }
            if c == "." || c == "'" || c == "," || c == "`" { return toward.isHorizontal }
            if c == ":" { return !toward.isHorizontal }
            return false
        }
        for y in 0..<height {
            for x in 0..<width {
                guard let c = char(x, y), GlyphClasses.contextual.contains(c) else { continue }
                var a = LineArms()
                for d in Direction.allCases where connects(char(x + d.dx, y + d.dy), d) {
                    if (c == "." || c == ",") && d == .up { continue }
                    if (c == "'" || c == "`") && d == .down { continue }
                    a.insert(d.arm)
                }
                let vertical = a.contains(.up) || a.contains(.down)
                let horizontal = a.contains(.left) || a.contains(.right)
                if GlyphClasses.junctions.contains(c) ? a.rawValue.nonzeroBitCount >= 2 : (vertical && horizontal) {
                    arms[y * width + x] = a
                }
            }
        }
        classifyDottedLines()
        for y in 0..<height {
            for x in 0..<width {
                guard let c = char(x, y), let h = GlyphClasses.heads[c] else { continue }
                if GlyphClasses.asciiHeads.contains(c) {
                    // A letter is a head only when a line touches it.
                    let touched = Direction.allCases.contains { d in
                        armsAt(GridPoint(x: x + d.dx, y: y + d.dy)).has(d.opposite)
                    }
                    if !touched { continue }
                }
                heads[y * width + x] = h
            }
        }
    }

    /// ASCII dotted lines: a run of `.` with a head, a line or a junction at one end is a
    /// horizontal line (`....>`, `+....`); `:` under or over another `:`, a line or a vertical
    /// head is a vertical line (when no letter sits right before it, as in `key: value`).
    mutating func classifyDottedLines() {
        func isLineEnd(_ x: Int, _ y: Int, toward d: Direction) -> Bool {
            guard let c = char(x, y) else { return false }
            if let h = GlyphClasses.heads[c] { return h == d }
            if let a = GlyphClasses.fixedArms[c] { return a.has(d.opposite) }
            return GlyphClasses.junctions.contains(c)
        }
        for y in 0..<height {
            var x = 0
            while x < width {
                guard char(x, y) == "." else { x += 1; continue }
                var end = x
                while char(end + 1, y) == "." { end += 1 }
                let left = isLineEnd(x - 1, y, toward: .left), right = isLineEnd(end + 1, y, toward: .right)
                let long = end > x
                if (left || right) && (long || (left && right)) && !(char(x - 1, y)?.isLetter ?? false) {
                    for cx in x...end { arms[y * width + cx].formUnion(.horizontal) }
                }
                x = end + 1
            }
        }
        for y in 0..<height {
            for x in 0..<width where char(x, y) == ":" {
                if let l = char(x - 1, y), l.isLetter || l.isNumber { continue }
                func vertical(_ c: Character?) -> Bool {
                    guard let c else { return false }
                    if c == ":" { return true }
                    if let h = GlyphClasses.heads[c] { return !h.isHorizontal }
                    if let a = GlyphClasses.fixedArms[c] { return a.contains(.up) || a.contains(.down) }
                    return GlyphClasses.junctions.contains(c)
                }
                if vertical(char(x, y - 1)) || vertical(char(x, y + 1)) { arms[y * width + x].formUnion(.vertical) }
            }
        }
    }

    // MARK: Boxes

    mutating func findBoxes() {
        for y in 0..<height {
            // A crossing (four arms) is never taken for a box corner.
            for x in 0..<width where arms[y * width + x].isSuperset(of: [.right, .down]) && arms[y * width + x].rawValue != 15 {
                if let r = rectangle(fromTopLeft: x, y), !tooSmallForASCII(r) {
                    rects.append(r)
                    for cy in r.y..<(r.y + r.height) {
                        for cx in r.x..<(r.x + r.width) {
                            owner[cy * width + cx] = rects.count - 1
                            if cy == r.y || cy == r.y + r.height - 1 || cx == r.x || cx == r.x + r.width - 1 { wall[cy * width + cx] = rects.count - 1 }
                        }
                    }
                }
            }
        }
    }

    /// One-line boxes: `[Label]` or `(Label)` on one row, standing apart from other text (a
    /// bracket right after a word and one space, as in `ranker (GBDT)`, is text).
    mutating func findBracketBoxes() {
        func free(_ x: Int, _ y: Int) -> Bool { idx(GridPoint(x: x, y: y)).map { owner[$0] < 0 } ?? false }
        func isWordCell(_ x: Int, _ y: Int) -> Bool {
            guard let i = idx(GridPoint(x: x, y: y)), owner[i] < 0, arms[i].isEmpty, heads[i] == nil else { return false }
            return !grid.isBlank(x: x, y: y)
        }
        /// The cell next to the bracket (and the one after a single blank) is not a word.
        func apart(_ x: Int, _ y: Int, step: Int) -> Bool {
            if isWordCell(x, y) { return false }
            if grid.isBlank(x: x, y: y) && isWordCell(x + step, y) { return false }
            return true
        }
        var found: [GridRect] = []
        for y in 0..<height {
            var x = 0
            while x < width {
                guard free(x, y), let open = char(x, y), let close = GlyphClasses.bracketPairs[open] else { x += 1; continue }
                var end = x + 1
                var ok = false
                while end < width, end - x <= 80, free(end, y) {
                    if let c = char(end, y) {
                        if c == close { ok = true; break }
                        if c == open || GlyphClasses.bracketPairs.values.contains(c) && c != close { break }
                    }
                    end += 1
                }
                guard ok, end > x + 1 else { x += 1; continue }
                var inside = ""
                for cx in (x + 1)..<end { if let c = char(cx, y) { inside.append(c) } }
                guard inside.contains(where: { !$0.isWhitespace }), apart(x - 1, y, step: -1), apart(end + 1, y, step: 1) else {
                    x = end + 1; continue
                }
                found.append(GridRect(x: x, y: y, width: end - x + 1, height: 1))
                x = end + 1
            }
        }
        for r in found {
            rects.append(r)
            bracketRows.insert(r.y)
            for cx in r.x..<(r.x + r.width) { owner[r.y * width + cx] = rects.count - 1; wall[r.y * width + cx] = rects.count - 1; arms[r.y * width + cx] = [] }
        }
        // Reading order: top to bottom, then left to right.
        if !found.isEmpty {
            let order = rects.indices.sorted { (rects[$0].y, rects[$0].x) < (rects[$1].y, rects[$1].x) }
            var newIndex = Array(repeating: 0, count: rects.count)
            for (n, old) in order.enumerated() { newIndex[old] = n }
            rects = order.map { rects[$0] }
            for i in owner.indices where owner[i] >= 0 { owner[i] = newIndex[owner[i]] }
            for i in wall.indices where wall[i] >= 0 { wall[i] = newIndex[wall[i]] }
        }
    }

    /// Four `+` around no interior are as likely two lines meeting next to a box as a box.
    func tooSmallForASCII(_ r: GridRect) -> Bool {
        guard r.width < 3 || r.height < 3 else { return false }
        return char(r.x, r.y).map { GlyphClasses.contextual.contains($0) } ?? false
    }

    func rectangle(fromTopLeft x: Int, _ y: Int) -> GridRect? {
        var x2 = x + 1
        while x2 < width {
            let a = arms[y * width + x2]
            guard a.contains(.left) else { return nil }
            if a.contains(.down), a.rawValue != 15, let r = close(x, y, x2) { return r }
            // An edge cell with a line going into the box is not a box edge.
            guard a.contains(.right) else { return nil }
            x2 += 1
        }
        return nil
    }

    func close(_ x: Int, _ y: Int, _ x2: Int) -> GridRect? {
        var y2 = y + 1
        while y2 < height {
            let l = arms[y2 * width + x], r = arms[y2 * width + x2]
            guard l.contains(.up), r.contains(.up) else { return nil }
            if l.contains(.right) && r.contains(.left) && l.rawValue != 15 && r.rawValue != 15 {
                var edge = true
                for cx in (x + 1)..<x2 {
                    let e = arms[y2 * width + cx]
                    if !e.isSuperset(of: .horizontal) { edge = false; break }
                }
                if edge { return GridRect(x: x, y: y, width: x2 - x + 1, height: y2 - y + 1) }
            }
            guard l.contains(.down), r.contains(.down) else { return nil }
            y2 += 1
        }
        return nil
    }

    func label(of i: Int, visited: [Bool]) -> String {
        let r = rects[i]
        var rows: [String] = []
        if r.height == 1 {
            var s = ""
            for x in (r.x + 1)..<(r.x + r.width - 1) {
                switch grid[x, r.y] {
                case .blank: s.append(" ")
                case .character(let c): s.append(c)
                case .continuation: break
                }
            }
            return s.trimmingSpaces()
        }
        if r.height > 2 && r.width > 2 {
            for y in (r.y + 1)..<(r.y + r.height - 1) {
                var s = ""
                for x in (r.x + 1)..<(r.x + r.width - 1) {
                    guard owner[y * width + x] == i, !visited[y * width + x] else { s.append(" "); continue }
                    switch grid[x, y] {
                    case .blank: s.append(" ")
                    case .character(let c): s.append(c)
                    case .continuation: break
                    }
                }
                rows.append(s.trimmingSpaces())
            }
        }
        while let f = rows.first, f.isEmpty { rows.removeFirst() }
        while let l = rows.last, l.isEmpty { rows.removeLast() }
        return rows.joined(separator: "\n")
    }

    // MARK: Arrows

    struct Trace {
        var from: Int; var to: Int; var label: String?; var cells: [Int]; var bothWays: Bool; var line: ArrowLine
        /// No head at either end.
        var headless: Bool
    }

    /// How far an arrow may stop short of a box (`|A| --> |B|`): this many blank cells.
    static let maxGap = 2

    /// The box reached from `p` going `d`, over at most `maxGap` blank cells; -1 for none.
    func boxAhead(_ p: GridPoint, _ d: Direction) -> Int {
        var q = p
        for _ in 0...Self.maxGap {
            q = q.moved(d)
            guard let i = idx(q) else { return -1 }
            if wall[i] >= 0 { return wall[i] }
            if !grid.isBlank(x: q.x, y: q.y) { return -1 }
        }
        return -1
    }

    /// Follows a line from the cell `start`, which lies near box `box` on `side`.
    func trace(box: Int, side: Direction, start: GridPoint) -> Trace? {
        var cur = start
        var from = side.opposite
        var cells: [Int] = [idx(start)!]
        var labels: [String] = []
        let container = owner[idx(start)!]
        let startHeadIntoBox = headAt(start) == side.opposite
        // A one-cell arrow: the head next to the source points into the target.
        if let hd = headAt(start), hd != side.opposite {
            let o = boxAhead(start, hd)
            if o >= 0 && o != box { return finish(box, o, headAtEnd: true, headAtStart: false, [], cells) }
        }
        var steps = 0
        while steps < width * height + 4 {
            steps += 1
            if cur != start {
                if let hd = headAt(cur) {
                    let ahead = boxAhead(cur, hd)
                    let target = ahead >= 0 ? ahead : boxAhead(cur, from.opposite)
                    guard target >= 0 else { return nil }
                    return finish(box, target, headAtEnd: true, headAtStart: startHeadIntoBox, labels, cells)
                }
            }
            var candidates: [Direction] = []
            let straight = from.opposite
            if headAt(cur) != nil && cur == start {
                candidates = [straight] + Direction.allCases.filter { $0 != from && $0 != straight }
            } else {
                let a = armsAt(cur)
                if a.has(straight) { candidates.append(straight) }
                candidates += Direction.allCases.filter { $0 != from && $0 != straight && a.has($0) }
            }
            var moved = false
            for d in candidates {
                let nb = cur.moved(d)
                // The line enters a box: the arrow ends there (straight on through crossings).
                if wallAt(nb) >= 0, cur != start || wallAt(nb) != box, armsAt(cur).has(d) {
                    return finish(box, wallAt(nb), headAtEnd: false, headAtStart: startHeadIntoBox, labels, cells)
                }
                guard let ni = idx(nb), isOpen(ni, container) else { continue }
                if arms[ni].has(d.opposite) || heads[ni] != nil {
                    cur = nb; from = d.opposite; cells.append(ni); moved = true
                    break
                }
                if !d.isHorizontal, !grid.isBlank(x: nb.x, y: nb.y), let run = crossingLabel(at: nb, going: d, container) {
                    labels.append(run.text)
                    cells += run.cells
                    cur = run.next; from = d.opposite; cells.append(idx(run.next)!); moved = true
                    break
                }
                if d.isHorizontal, let run = labelRun(from: nb, going: d, container) {
                    labels.append(run.text)
                    cells += run.cells
                    cur = run.next; from = d.opposite; cells.append(idx(run.next)!); moved = true
                    break
                }
            }
            if !moved {
                // A line that stops a cell or two short of a box ends there, without a head.
                guard cur != start || headAt(cur) == nil, armsAt(cur).has(straight) || headAt(cur) != nil else { return nil }
                let target = boxAhead(cur, straight)
                guard target >= 0, target != box || cur != start else { return nil }
                return finish(box, target, headAtEnd: false, headAtStart: startHeadIntoBox, labels, cells)
            }
        }
        return nil
    }

    /// Text interrupting a horizontal line: the characters up to the next cell that continues
    /// the line (a line cell connecting back, or a head). A plain line character followed by
    /// more text is part of the label (`feature-store`).
    func labelRun(from p: GridPoint, going d: Direction, _ container: Int) -> (text: String, cells: [Int], next: GridPoint)? {
        var cur = p
        var chars: [Character] = []
        var cells: [Int] = []
        var blanks = 0
        while let i = idx(cur), isOpen(i, container), cells.count < 400 {
            blanks = grid.isBlank(x: cur.x, y: cur.y) ? blanks + 1 : 0
            if blanks > Self.maxGap { return nil }
            let continues = arms[i].has(d.opposite) || heads[i] != nil
            if continues {
                let after = cur.moved(d)
                let textAfter: Bool = {
                    guard let j = idx(after), isOpen(j, container) else { return false }
                    return !grid.isBlank(x: after.x, y: after.y) && arms[j].isEmpty && heads[j] == nil
                }()
                let plainLine = arms[i] == .horizontal && heads[i] == nil
                if !(plainLine && textAfter) {
                    guard !cells.isEmpty else { return nil }
                    let text = String(d == .left ? chars.reversed() : chars).trimmingSpaces()
                    return text.isEmpty ? nil : (text, cells, cur)
                }
            }
            switch grid[cur.x, cur.y] {
            case .character(let c): chars.append(c)
            case .blank: chars.append(" ")
            case .continuation: break
            }
            cells.append(i)
            cur = cur.moved(d)
        }
        return nil
    }

    /// Text across a vertical line: the run of text on that row around the line's column
    /// (words separated by single spaces), with the line going on right after it.
    func crossingLabel(at p: GridPoint, going d: Direction, _ container: Int) -> (text: String, cells: [Int], next: GridPoint)? {
        let next = p.moved(d)
        guard let ni = idx(next), isOpen(ni, container), arms[ni].has(d.opposite) || heads[ni] != nil else { return nil }
        func isText(_ x: Int) -> Bool {
            guard let i = idx(GridPoint(x: x, y: p.y)), isOpen(i, container), arms[i].isEmpty, heads[i] == nil else { return false }
            return !grid.isBlank(x: x, y: p.y)
        }
        guard isText(p.x) else { return nil }
        var x0 = p.x, x1 = p.x
        while isText(x0 - 1) || (!isText(x0 - 1) && grid.isBlank(x: x0 - 1, y: p.y) && isText(x0 - 2)) { x0 -= 1 }
        while isText(x1 + 1) || (!isText(x1 + 1) && grid.isBlank(x: x1 + 1, y: p.y) && isText(x1 + 2)) { x1 += 1 }
        var text = ""
        var cells: [Int] = []
        for x in x0...x1 {
            cells.append(p.y * width + x)
            switch grid[x, p.y] {
            case .character(let c): text.append(c)
            case .blank: text.append(" ")
            case .continuation: break
            }
        }
        return (text.trimmingSpaces(), cells, next)
    }

    func finish(_ a: Int, _ b: Int, headAtEnd: Bool, headAtStart: Bool, _ labels: [String], _ cells: [Int]) -> Trace? {
        guard a != b else { return nil }
        let reversed = headAtStart && !headAtEnd
        return Trace(from: reversed ? b : a, to: reversed ? a : b,
                     label: labels.isEmpty ? nil : labels.joined(separator: " "), cells: cells,
                     bothWays: headAtStart && headAtEnd, line: lineStyle(cells, sourceBox: a),
                     headless: !headAtStart && !headAtEnd)
    }

    /// Dotted when any line cell is dotted (`.`, `:`, `┄`, …); thick when any is `=`, `━`, `═`,
    /// … and the box it leaves is not itself drawn heavy or double.
    func lineStyle(_ cells: [Int], sourceBox: Int) -> ArrowLine {
        var dotted = false, thick = false
        for i in cells where !arms[i].isEmpty {
            guard case .character(let c) = grid.cells[i] else { continue }
            let straight = c == "." ? arms[i] == .horizontal : (c == ":" ? arms[i] == .vertical : true)
            if GlyphClasses.dotted.contains(c) && straight { dotted = true }
            if GlyphClasses.thick.contains(c) { thick = true }
        }
        if dotted { return .dotted }
        let r = rects[sourceBox]
        if thick, let corner = char(r.x, r.y), !GlyphClasses.heavyCorners.contains(corner), GlyphClasses.thick.contains(char(r.x + 1, r.y) ?? " ") == false {
            return .thick
        }
        return .solid
    }

    func sideCells(_ r: GridRect, _ side: Direction) -> [GridPoint] {
        switch side {
        case .up, .down:
            let y = side == .up ? r.y : r.y + r.height - 1
            let xs = r.width > 2 ? Array((r.x + 1)..<(r.x + r.width - 1)) : [r.x]
            return xs.map { GridPoint(x: $0, y: y) }
        case .left, .right:
            let x = side == .left ? r.x : r.x + r.width - 1
            let ys = r.height > 2 ? Array((r.y + 1)..<(r.y + r.height - 1)) : [r.y]
            return ys.map { GridPoint(x: x, y: $0) }
        }
    }

    // MARK: Canvas

    func canvas() -> Canvas {
        var visited = Array(repeating: false, count: width * height)
        var traces: [Trace] = []
        for (i, r) in rects.enumerated() {
            for side in [Direction.up, .right, .down, .left] {
                for border in sideCells(r, side) {
                    // The line may start right at the side or a blank cell or two away from it.
                    var n = border
                    for gap in 0...Self.maxGap {
                        n = n.moved(side)
                        guard let ni = idx(n), wall[ni] < 0, !visited[ni] else { break }
                        let back = arms[ni].has(side.opposite)
                            || (heads[ni] != nil && (heads[ni] == side.opposite || (gap == 0 && armsAt(border).has(side))))
                        if back, let t = trace(box: i, side: side, start: n) {
                            for c in t.cells { visited[c] = true }
                            traces.append(t)
                            break
                        }
                        if !grid.isBlank(x: n.x, y: n.y) { break }
                    }
                }
            }
        }
        traces = splitForks(traces)
        for k in traces.indices where traces[k].label == nil {
            if let (text, cells) = sideLabel(traces[k], visited: visited) {
                traces[k].label = text
                for c in cells { visited[c] = true }
            }
        }
        var canvas = Canvas()
        for (i, r) in rects.enumerated() {
            canvas.boxes.append(Box(id: "b\(i + 1)", x: r.x, y: r.y, width: r.width, height: r.height, label: label(of: i, visited: visited)))
        }
        var seen = Set<String>()
        for t in traces {
            // A fork split into branches can repeat an arrow already found.
            guard seen.insert("\(t.from) \(t.to) \(t.label ?? "")").inserted else { continue }
            canvas.arrows.append(Arrow(id: "a\(canvas.arrows.count + 1)", from: "b\(t.from + 1)",
                                       to: "b\(t.to + 1)", label: t.label, bothWays: t.bothWays, line: t.line))
        }
        canvas.notes = notes(visited: visited)
        if !bracketRows.isEmpty { spreadBracketRows(&canvas) }
        return canvas
    }

    /// Lines that fork or merge at a junction (`┬`, `+`) are read as one trace per pair of ends.
    /// A later trace that runs through a junction of an earlier one and comes out with a head at
    /// both ends is two branches of the earlier arrow's source (a fan-out); one with no head at
    /// either end feeds the earlier arrow's target (a fan-in).
    func splitForks(_ traces: [Trace]) -> [Trace] {
        var junctionOf: [Int: Int] = [:]     // junction cell -> index in `out`
        var out: [Trace] = []
        for t in traces {
            let shared = t.cells.first { arms[$0].rawValue.nonzeroBitCount >= 3 && junctionOf[$0] != nil }.flatMap { junctionOf[$0] }
            var produced: [Trace] = [t]
            if let e = shared {
                let earlier = out[e]
                if t.bothWays && !earlier.bothWays {
                    produced = [t.from, t.to].filter { $0 != earlier.from }.map { end in
                        var b = t; b.from = earlier.from; b.to = end; b.bothWays = false; b.headless = false; return b
                    }
                } else if t.headless && !earlier.headless && t.from != earlier.to {
                    var b = t; b.to = earlier.to; b.headless = false
                    produced = [b]
                }
            }
            for p in produced {
                out.append(p)
                for c in p.cells where arms[c].rawValue.nonzeroBitCount >= 3 && junctionOf[c] == nil { junctionOf[c] = out.count - 1 }
            }
        }
        return out
    }

    /// A label written beside an arrow rather than in its line: on the row just above or below
    /// a horizontal run, within the run's columns, or just right of a vertical run
    /// (`│ HTTPS`). The text must be free (not a box's, not another arrow's).
    func sideLabel(_ t: Trace, visited: [Bool]) -> (String, [Int])? {
        guard let first = t.cells.first else { return nil }
        let container = owner[first]
        func isText(_ x: Int, _ y: Int) -> Bool {
            guard let i = idx(GridPoint(x: x, y: y)), isOpen(i, container), !visited[i], arms[i].isEmpty, heads[i] == nil else { return false }
            return !grid.isBlank(x: x, y: y)
        }
        /// The words from column `a` on row `y` (single blanks between words), if `a` starts them.
        func run(_ a: Int, _ y: Int) -> (text: String, cells: [Int], end: Int)? {
            guard isText(a, y), !isText(a - 1, y) else { return nil }
            var b = a
            while isText(b + 1, y) || (grid.isBlank(x: b + 1, y: y) && isText(b + 2, y)) { b += 1 }
            var text = ""
            var cells: [Int] = []
            for x in a...b {
                cells.append(y * width + x)
                switch grid[x, y] {
                case .character(let c): text.append(c)
                case .blank: text.append(" ")
                case .continuation: break
                }
            }
            return (text.trimmingSpaces(), cells, b)
        }
        var rows: [Int: [Int]] = [:], cols: [Int: [Int]] = [:]
        for c in t.cells where !arms[c].isEmpty || heads[c] != nil {
            let x = c % width, y = c / width
            if arms[c].contains(.left) || arms[c].contains(.right) || heads[c]?.isHorizontal == true { rows[y, default: []].append(x) }
            if arms[c].contains(.up) || arms[c].contains(.down) || heads[c].map({ !$0.isHorizontal }) == true { cols[x, default: []].append(y) }
        }
        for (y, xs) in rows.sorted(by: { ($0.value.count, $1.key) > ($1.value.count, $0.key) }) where xs.count >= 3 {
            let x0 = xs.min()!, x1 = xs.max()!
            for ry in [y - 1, y + 1] {
                for a in x0...x1 {
                    if let r = run(a, ry), r.end <= x1, !r.text.isEmpty { return (r.text, r.cells) }
                }
            }
        }
        for (x, ys) in cols.sorted(by: { ($0.value.count, $1.key) > ($1.value.count, $0.key) }) where ys.count >= 2 {
            for y in ys.sorted() where ys.contains(y - 1) || ys.contains(y + 1) {
                for a in [x + 1, x + 2] where a == x + 1 || grid.isBlank(x: x + 1, y: y) {
                    if let r = run(a, y), !r.text.isEmpty { return (r.text, r.cells) }
                }
            }
        }
        return nil
    }

    /// One-line boxes become three rows high (border, label, border): every row below a row of
    /// bracket boxes moves down two rows, and what else sits on such a row moves to its middle.
    func spreadBracketRows(_ canvas: inout Canvas) {
        let rows = bracketRows.sorted()
        func shift(_ y: Int) -> Int { 2 * rows.filter { $0 < y }.count }
        func top(_ y: Int) -> Int { y + shift(y) + (bracketRows.contains(y) ? 1 : 0) }
        for (i, r) in rects.enumerated() {
            if r.height == 1 {
                canvas.boxes[i].y = r.y + shift(r.y)
                canvas.boxes[i].height = 3
            } else {
                let y0 = top(r.y), y1 = top(r.y + r.height - 1)
                canvas.boxes[i].y = y0
                canvas.boxes[i].height = y1 - y0 + 1
            }
        }
        for i in canvas.notes.indices { canvas.notes[i].y = top(canvas.notes[i].y) }
    }

    func notes(visited: [Bool]) -> [Note] {
        struct Open { var x: Int; var lastRow: Int; var lines: [String]; var y: Int }
        var done: [Open] = []
        var open: [Open] = []
        for y in 0..<height {
            var runs: [(x: Int, text: String)] = []
            var x = 0
            while x < width {
                let free = { (x: Int) -> Bool in
                    let i = y * self.width + x
                    return self.owner[i] < 0 && !visited[i] && !self.grid.isBlank(x: x, y: y)
                }
                guard free(x) else { x += 1; continue }
                let start = x
                var text = ""
                var blanks = 0
                var end = x
                while x < width {
                    if free(x) {
                        if blanks > 0 { text += String(repeating: " ", count: blanks); blanks = 0 }
                        if case .character(let c) = grid[x, y] { text.append(c) }
                        end = x
                    } else {
                        blanks += 1
                        if blanks >= 2 { break }
                    }
                    x += 1
                }
                x = end + 1
                runs.append((start, text))
            }
            var still: [Open] = []
            for run in runs {
                if let k = open.firstIndex(where: { $0.x == run.x && $0.lastRow == y - 1 }) {
                    var o = open.remove(at: k)
                    o.lines.append(run.text); o.lastRow = y
                    still.append(o)
                } else {
                    still.append(Open(x: run.x, lastRow: y, lines: [run.text], y: y))
                }
            }
            done += open
            open = still
        }
        done += open
        done.sort { ($0.y, $0.x) < ($1.y, $1.x) }
        return done.enumerated().map { Note(id: "n\($0.offset + 1)", x: $0.element.x, y: $0.element.y, text: $0.element.lines.joined(separator: "\n")) }
    }
}
