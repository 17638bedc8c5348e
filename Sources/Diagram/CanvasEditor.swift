import TextMetrics
import WhiteboardCore

/// The canvas pane as a pure value: a canvas plus selection, cursor, view and mode, changed only
/// by `apply(_:)`. After every command boxes lie at x, y >= 0, every arrow joins two existing
/// boxes, and the selected box (if any) exists. Every change to the canvas can be undone.
///
/// The selection is the box under the cursor; selecting a box by command puts the cursor
/// inside it, and moving a box carries the cursor along.
public struct CanvasEditor: Equatable, Sendable {
    /// The diagram being edited.
    public private(set) var canvas: Canvas
    /// The selected box's id, if any.
    public private(set) var selectedBoxID: String?
    /// The cursor cell, in canvas coordinates.
    public private(set) var cursor: GridPoint
    /// The canvas cell shown at the pane's top-left corner.
    public private(set) var viewportOrigin: GridPoint
    /// The pane size last given by `setViewSize` (80×24 until then).
    public private(set) var viewWidth: Int = 80
    public private(set) var viewHeight: Int = 24
    /// What keys currently do.
    public private(set) var mode: CanvasEditorMode = .normal

    private var undoStack: [Canvas] = []
    private var redoStack: [Canvas] = []
    /// The canvas before the current label edit (and the box creation that started it).
    private var editBase: Canvas?
    private var drag: Drag?

    private enum Drag: Equatable, Sendable {
        case moving(boxID: String, offset: GridPoint, before: Canvas)
        case drawing(start: GridPoint, current: GridPoint)
    }

    /// Steps for `big` moves, resizes and cursor moves.
    public static let bigStep = 5
    /// The size of a box made by `createBox`.
    public static let newBoxWidth = 14
    public static let newBoxHeight = 3
    /// The gap `createConnectedBox` leaves between the boxes (columns, rows).
    public static let connectedGapX = 8
    public static let connectedGapY = 3
    /// The smallest box resizing allows.
    public static let minWidth = 4
    public static let minHeight = 3
    /// Undo keeps this many steps.
    public static let undoLimit = 200

    /// An editor on `canvas`, cursor and view at the top-left corner.
    public init(canvas: Canvas = Canvas()) {
        self.canvas = canvas
        cursor = GridPoint(x: 0, y: 0)
        viewportOrigin = GridPoint(x: 0, y: 0)
        selectedBoxID = nil
    }

    /// Whether `undo` / `redo` would change anything.
    public var canUndo: Bool { !undoStack.isEmpty || editBase != nil }
    public var canRedo: Bool { !redoStack.isEmpty }

    /// The selected box, if any.
    public var selectedBox: Box? { selectedBoxID.flatMap { canvas.box(id: $0) } }

    // MARK: Commands

    /// Carries out one command.
    public mutating func apply(_ command: CanvasCommand) {
        if case .editingLabel = mode, !command.isLabelEditing {
            if command == .undo || command == .cancel { cancelEdit(); return }
            commitEdit()
        }
        switch command {
        case .moveCursor(let d, let big):
            cursor = clamped(cursor.moved(d, by: big ? Self.bigStep : 1))
            selectedBoxID = boxID(at: cursor)
        case .createBox:
            let base = canvas
            let b = Box(id: canvas.freshID(prefix: "b"), x: cursor.x, y: cursor.y,
                        width: Self.newBoxWidth, height: Self.newBoxHeight, label: "")
            canvas.boxes.append(b)
            select(b.id)
            beginEdit(b.id, isNew: true, base: base)
        case .createConnectedBox(let d):
            createConnected(d)
        case .selectNext, .selectPrevious:
            let order = canvas.boxes.sorted { ($0.y, $0.x) < ($1.y, $1.x) }
            guard !order.isEmpty else { break }
            let i = order.firstIndex { $0.id == selectedBoxID }
            let n = order.count
            let j = i.map { command == .selectNext ? ($0 + 1) % n : ($0 + n - 1) % n }
                ?? (command == .selectNext ? 0 : n - 1)
            select(order[j].id)
        case .selectNearest(let d):
            if let id = nearest(d) { select(id) }
        case .moveSelected(let d, let big):
            guard let i = selectedIndex else { break }
            let step = big ? Self.bigStep : 1
            change {
                let b = $0.boxes[i]
                $0.boxes[i].x = max(0, b.x + d.dx * step)
                $0.boxes[i].y = max(0, b.y + d.dy * step)
            }
            let b = canvas.boxes[i]
            cursor = GridPoint(x: b.x + 1, y: b.y + 1)
        case .resizeSelected(let d, let big):
            guard let i = selectedIndex else { break }
            let step = big ? Self.bigStep : 1
            change {
                switch d {
                case .right: $0.boxes[i].width += step
                case .left: $0.boxes[i].width = max(Self.minWidth, $0.boxes[i].width - step)
                case .down: $0.boxes[i].height += step
                case .up: $0.boxes[i].height = max(Self.minHeight, $0.boxes[i].height - step)
                }
            }
            let b = canvas.boxes[i]
            cursor = GridPoint(x: min(max(cursor.x, b.x), b.x + b.width - 1),
                               y: min(max(cursor.y, b.y), b.y + b.height - 1))
        case .startConnecting:
            if let id = selectedBoxID { mode = .connecting(fromBoxID: id) }
        case .finishConnecting:
            finishConnecting(preferCursor: true)
        case .editLabel:
            if let id = selectedBoxID { beginEdit(id, isNew: false, base: canvas) }
        case .insertText(let s):
            editLabel { label in
                for ch in s where ch == "\n" || DisplayWidth.of(ch) > 0 { label.append(ch) }
            }
        case .backspace:
            editLabel { label in if !label.isEmpty { label.removeLast() } }
        case .newline:
            editLabel { $0.append("\n") }
        case .commitLabel:
            break   // committed above
        case .cancel:
            if drag != nil { endDrag(cancelled: true) } else if case .connecting = mode { mode = .normal } else {
                selectedBoxID = nil
            }
        case .deleteSelected:
            guard let id = selectedBoxID else { break }
            change {
                $0.boxes.removeAll { $0.id == id }
                $0.arrows.removeAll { $0.from == id || $0.to == id }
            }
            selectedBoxID = nil
            if case .connecting(let from) = mode, from == id { mode = .normal }
        case .cycleKind(let reverse):
            guard let i = selectedIndex else { break }
            change { $0.boxes[i].kind = BoxKind.next(after: $0.boxes[i].kind, reverse: reverse) }
        case .pan(let d, let big):
            let step = big ? max(1, (d.isHorizontal ? viewWidth : viewHeight) / 2) : 4
            let o = viewportOrigin.moved(d, by: step)
            let origin = GridPoint(x: max(0, o.x), y: max(0, o.y))
            cursor = clamped(GridPoint(x: cursor.x + origin.x - viewportOrigin.x, y: cursor.y + origin.y - viewportOrigin.y))
            viewportOrigin = origin
            selectedBoxID = boxID(at: cursor)
            return
        case .setViewSize(let w, let h):
            viewWidth = max(1, w); viewHeight = max(1, h)
        case .mouseDown(let x, let y):
            mouseDown(GridPoint(x: viewportOrigin.x + x, y: viewportOrigin.y + y))
        case .mouseDrag(let x, let y):
            mouseDrag(GridPoint(x: viewportOrigin.x + x, y: viewportOrigin.y + y))
        case .mouseUp(let x, let y):
            mouseDrag(GridPoint(x: viewportOrigin.x + x, y: viewportOrigin.y + y))
            endDrag(cancelled: false)
        case .undo:
            guard let previous = undoStack.popLast() else { break }
            redoStack.append(canvas)
            canvas = previous
            afterHistoryJump()
        case .redo:
            guard let next = redoStack.popLast() else { break }
            undoStack.append(canvas)
            canvas = next
            afterHistoryJump()
        }
        followCursor()
    }

    // MARK: Rendering

    /// The visible part of the diagram in a pane of `width` × `height` cells, and where the
    /// selection, cursor and pending rectangle are in pane coordinates.
    public func render(width: Int, height: Int, style: DiagramStyle) -> CanvasView {
        let vp = GridRect(x: viewportOrigin.x, y: viewportOrigin.y, width: max(0, width), height: max(0, height))
        let grid = DiagramRenderer.render(canvas, style: style, viewport: vp)
        func toView(_ r: GridRect) -> GridRect {
            GridRect(x: r.x - vp.x, y: r.y - vp.y, width: r.width, height: r.height)
        }
        var cursorInView: GridPoint? = GridPoint(x: cursor.x - vp.x, y: cursor.y - vp.y)
        if let c = cursorInView, !grid.contains(x: c.x, y: c.y) { cursorInView = nil }
        var pending: GridRect?
        if case .drawing(let s, let c)? = drag { pending = toView(Self.rect(s, c)) }
        var from: GridRect?
        if case .connecting(let id) = mode, let b = canvas.box(id: id) { from = toView(b.rect) }
        return CanvasView(grid: grid, selection: selectedBox.map { toView($0.rect) }, cursor: cursorInView,
                          pendingBox: pending, connectingFrom: from, mode: mode)
    }

    // MARK: Helpers

    private var selectedIndex: Int? { canvas.boxes.firstIndex { $0.id == selectedBoxID } }

    /// The topmost box containing `p`.
    public func boxID(at p: GridPoint) -> String? {
        canvas.boxes.last { $0.rect.contains(p) }?.id
    }

    private func clamped(_ p: GridPoint) -> GridPoint { GridPoint(x: max(0, p.x), y: max(0, p.y)) }

    private mutating func select(_ id: String) {
        selectedBoxID = id
        if let b = canvas.box(id: id) {
            cursor = GridPoint(x: b.x + min(1, b.width - 1), y: b.y + min(1, b.height - 1))
        }
    }

    /// Applies a canvas change as one undo step (nothing is recorded if nothing changed).
    private mutating func change(_ body: (inout Canvas) -> Void) {
        let before = canvas
        body(&canvas)
        record(before)
    }

    private mutating func record(_ before: Canvas) {
        guard before != canvas else { return }
        undoStack.append(before)
        if undoStack.count > Self.undoLimit { undoStack.removeFirst(undoStack.count - Self.undoLimit) }
        redoStack.removeAll()
    }

    private mutating func afterHistoryJump() {
        mode = .normal
        if let id = selectedBoxID, canvas.box(id: id) == nil { selectedBoxID = nil }
        if selectedBoxID == nil { selectedBoxID = boxID(at: cursor) }
    }

    private mutating func followCursor() {
        var o = viewportOrigin
        if cursor.x < o.x { o.x = cursor.x }
        if cursor.y < o.y { o.y = cursor.y }
        if cursor.x >= o.x + viewWidth { o.x = cursor.x - viewWidth + 1 }
        if cursor.y >= o.y + viewHeight { o.y = cursor.y - viewHeight + 1 }
        viewportOrigin = GridPoint(x: max(0, o.x), y: max(0, o.y))
    }

    // Label editing

    private mutating func beginEdit(_ id: String, isNew: Bool, base: Canvas) {
        editBase = base
        mode = .editingLabel(boxID: id, isNew: isNew)
    }

    private mutating func editLabel(_ body: (inout String) -> Void) {
        guard case .editingLabel(let id, _) = mode, let i = canvas.boxes.firstIndex(where: { $0.id == id }) else { return }
        body(&canvas.boxes[i].label)
        // The box grows (never shrinks) to fit what is typed.
        let lines = canvas.boxes[i].label.split(separator: "\n", omittingEmptySubsequences: false)
        let widest = lines.map { DisplayWidth.of($0) }.max() ?? 0
        canvas.boxes[i].width = max(canvas.boxes[i].width, widest + 4)
        canvas.boxes[i].height = max(canvas.boxes[i].height, lines.count + 2)
    }

    private mutating func commitEdit() {
        if let base = editBase { record(base) }
        editBase = nil
        mode = .normal
    }

    private mutating func cancelEdit() {
        if let base = editBase { canvas = base }
        editBase = nil
        mode = .normal
        if let id = selectedBoxID, canvas.box(id: id) == nil { selectedBoxID = boxID(at: cursor) }
    }

    // Connecting

    private mutating func finishConnecting(preferCursor: Bool, target explicit: String? = nil) {
        guard case .connecting(let from) = mode else { return }
        mode = .normal
        let underCursor = boxID(at: cursor)
        let target = explicit ?? ((underCursor != nil && underCursor != from) ? underCursor : selectedBoxID)
        guard let to = target, to != from, canvas.box(id: to) != nil, canvas.box(id: from) != nil else { return }
        if canvas.arrows.contains(where: { $0.from == from && $0.to == to }) { return }
        change { $0.arrows.append(Arrow(id: $0.freshID(prefix: "a"), from: from, to: to)) }
        select(to)
    }

    private mutating func createConnected(_ d: Direction) {
        guard let source = selectedBox else { return }
        let base = canvas
        let w = source.width, h = source.height
        var x = source.x, y = source.y
        func step() {
            switch d {
            case .right: x += w + Self.connectedGapX
            case .left: x -= w + Self.connectedGapX
            case .down: y += h + Self.connectedGapY
            case .up: y -= h + Self.connectedGapY
            }
        }
        step()
        // Skip past boxes already there (with a one-cell margin).
        var tries = 0
        while tries < 100, canvas.boxes.contains(where: { Self.overlaps($0.rect, GridRect(x: x - 1, y: y - 1, width: w + 2, height: h + 2)) }) {
            step(); tries += 1
        }
        // No negative coordinates: shift the whole canvas instead.
        let shiftX = max(0, -x), shiftY = max(0, -y)
        if shiftX > 0 || shiftY > 0 {
            for i in canvas.boxes.indices { canvas.boxes[i].x += shiftX; canvas.boxes[i].y += shiftY }
            for i in canvas.notes.indices { canvas.notes[i].x += shiftX; canvas.notes[i].y += shiftY }
            x += shiftX; y += shiftY
            cursor = GridPoint(x: cursor.x + shiftX, y: cursor.y + shiftY)
        }
        let box = Box(id: canvas.freshID(prefix: "b"), x: x, y: y, width: w, height: h, label: "")
        canvas.boxes.append(box)
        canvas.arrows.append(Arrow(id: canvas.freshID(prefix: "a"), from: source.id, to: box.id))
        select(box.id)
        beginEdit(box.id, isNew: true, base: base)
    }

    static func overlaps(_ a: GridRect, _ b: GridRect) -> Bool {
        a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
    }

    private func nearest(_ d: Direction) -> String? {
        let from: GridPoint
        if let b = selectedBox { from = GridPoint(x: b.x + b.width / 2, y: b.y + b.height / 2) } else { from = cursor }
        var best: (id: String, score: Int)?
        for b in canvas.boxes where b.id != selectedBoxID {
            let c = GridPoint(x: b.x + b.width / 2, y: b.y + b.height / 2)
            let along = (c.x - from.x) * d.dx + (c.y - from.y) * d.dy
            guard along > 0 else { continue }
            let across = d.isHorizontal ? abs(c.y - from.y) : abs(c.x - from.x)
            let score = along + 2 * across
            if best == nil || score < best!.score { best = (b.id, score) }
        }
        return best?.id
    }

    // Mouse

    private mutating func mouseDown(_ p: GridPoint) {
        drag = nil
        cursor = clamped(p)
        let hit = boxID(at: p)
        if case .connecting(let from) = mode {
            if let hit, hit != from { finishConnecting(preferCursor: false, target: hit) }
            return
        }
        if let hit, let b = canvas.box(id: hit) {
            selectedBoxID = hit
            drag = .moving(boxID: hit, offset: GridPoint(x: p.x - b.x, y: p.y - b.y), before: canvas)
        } else {
            selectedBoxID = nil
            drag = .drawing(start: cursor, current: cursor)
        }
    }

    private mutating func mouseDrag(_ p: GridPoint) {
        switch drag {
        case .moving(let id, let offset, _)?:
            guard let i = canvas.boxes.firstIndex(where: { $0.id == id }) else { return }
            canvas.boxes[i].x = max(0, p.x - offset.x)
            canvas.boxes[i].y = max(0, p.y - offset.y)
            cursor = clamped(p)
        case .drawing(let s, _)?:
            drag = .drawing(start: s, current: clamped(p))
        case nil:
            break
        }
    }

    private mutating func endDrag(cancelled: Bool) {
        let finished = drag
        drag = nil
        switch finished {
        case .moving(let id, _, let before)?:
            if cancelled { canvas = before; if let b = canvas.box(id: id) { cursor = GridPoint(x: b.x, y: b.y) } } else { record(before) }
        case .drawing(let s, let c)?:
            let r = Self.rect(s, c)
            guard !cancelled, r.width >= Self.minWidth, r.height >= Self.minHeight else { return }
            let base = canvas
            let b = Box(id: canvas.freshID(prefix: "b"), x: r.x, y: r.y, width: r.width, height: r.height, label: "")
            canvas.boxes.append(b)
            select(b.id)
            beginEdit(b.id, isNew: true, base: base)
        case nil:
            break
        }
    }

    static func rect(_ a: GridPoint, _ b: GridPoint) -> GridRect {
        GridRect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(a.x - b.x) + 1, height: abs(a.y - b.y) + 1)
    }

    /// Rules that hold after every command; empty when all hold (used by tests).
    func invariantViolations() -> [String] {
        var out: [String] = []
        let ids = Set(canvas.boxes.map(\.id))
        for b in canvas.boxes where b.x < 0 || b.y < 0 { out.append("box \(b.id) at \(b.x),\(b.y)") }
        for b in canvas.boxes where b.width < 2 || b.height < 2 { out.append("box \(b.id) is \(b.width)x\(b.height)") }
        if ids.count != canvas.boxes.count { out.append("duplicate box ids") }
        for a in canvas.arrows where !ids.contains(a.from) || !ids.contains(a.to) { out.append("arrow \(a.id) dangles") }
        if let s = selectedBoxID, !ids.contains(s) { out.append("selection \(s) missing") }
        if cursor.x < 0 || cursor.y < 0 { out.append("cursor \(cursor)") }
        return out
    }
}

extension CanvasCommand {
    /// Commands that belong to label editing (they do not end it).
    var isLabelEditing: Bool {
        switch self {
        case .insertText, .backspace, .newline, .setViewSize: true
        default: false
        }
    }
}
