import TextMetrics
import WhiteboardCore

/// The canvas pane as a pure value: a canvas plus selection, cursor, view and mode, changed only
/// by `apply(_:)`. After every command boxes lie at x, y >= 0, every arrow joins two existing
/// boxes, and the selected box (if any) exists. Every change to the canvas can be undone.
///
/// The selection is the box under the cursor; selecting a box by command puts the cursor
/// inside it, and moving a box carries the cursor along. An arrow can be selected instead
/// (`selectNextArrow`): then label, delete and reverse act on it.
public struct CanvasEditor: Equatable, Sendable {
    /// The diagram being edited.
    public private(set) var canvas: Canvas
    /// The selected box's id, if any.
    public private(set) var selectedBoxID: String?
    /// The selected arrow's id, if any (never together with a selected box).
    public private(set) var selectedArrowID: String?
    /// The cursor cell, in canvas coordinates.
    public private(set) var cursor: GridPoint
    /// The canvas cell shown at the pane's top-left corner. It can be as low as
    /// (-`viewMargin`, -`viewMargin`): arrows may run that far beyond the boxes.
    public private(set) var viewportOrigin: GridPoint
    /// The pane size last given by `setViewSize` (80×24 until then).
    public private(set) var viewWidth: Int = 80
    public private(set) var viewHeight: Int = 24
    /// What keys currently do.
    public private(set) var mode: CanvasEditorMode = .normal
    /// While editing a label: where typing goes, as a character offset into the label.
    public private(set) var labelCursor = 0

    private var undoStack: [Canvas] = []
    private var redoStack: [Canvas] = []
    /// The canvas before the current label edit (and the box creation that started it).
    private var editBase: Canvas?
    private var drag: Drag?
    /// The kind of change the last undo step holds when it may still grow ("move b1",
    /// "resize b1"): repeated keyboard moves or resizes of one box are one undo step.
    private var undoGroup: String?

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
    /// How far left of and above the canvas origin the view can go (arrows routed around the
    /// leftmost or topmost boxes run there).
    public static let viewMargin = 2
    /// Undo keeps this many steps.
    public static let undoLimit = 200

    /// An editor on `canvas`, cursor at the top-left corner, view showing it with a margin.
    public init(canvas: Canvas = Canvas()) {
        self.canvas = canvas
        cursor = GridPoint(x: 0, y: 0)
        viewportOrigin = GridPoint(x: -Self.viewMargin, y: -Self.viewMargin)
        selectedBoxID = nil
    }

    /// Whether `undo` / `redo` would change anything.
    public var canUndo: Bool { !undoStack.isEmpty || editBase != nil }
    public var canRedo: Bool { !redoStack.isEmpty }

    /// The selected box, if any.
    public var selectedBox: Box? { selectedBoxID.flatMap { canvas.box(id: $0) } }
    /// The selected arrow, if any.
    public var selectedArrow: Arrow? { selectedArrowID.flatMap { id in canvas.arrows.first { $0.id == id } } }

    // MARK: Commands

    /// Carries out one command.
    public mutating func apply(_ command: CanvasCommand) {
        // A key during a drag ends it first: a box being moved stays where it is (one undo
        // step), a box being drawn is dropped. Left open, a later Esc would put back the
        // canvas from before the drag and throw away everything done since.
        if let d = drag, !command.continuesDrag {
            if case .moving = d { endDrag(cancelled: false) } else { drag = nil }
        }
        if mode.isTyping, !command.isLabelEditing {
            if command == .undo || command == .cancel { cancelEdit(); follow(); return }
            commitEdit()
        }
        if command.selectsBoxes { selectedArrowID = nil }
        let group = command.undoGroup(selected: selectedBoxID)
        if group != undoGroup, command.endsUndoGroup { undoGroup = nil }
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
        case .selectNextArrow, .selectPreviousArrow:
            if let id = arrowInCycle(forward: command == .selectNextArrow) { selectArrow(id) }
        case .reverseSelectedArrow:
            guard let id = selectedArrowID, let i = canvas.arrows.firstIndex(where: { $0.id == id }) else { break }
            let a = canvas.arrows[i]
            // Not when the other way is already drawn: that would be two arrows the same way.
            guard !canvas.arrows.contains(where: { $0.from == a.to && $0.to == a.from }) else { break }
            change { $0.arrows[i].from = a.to; $0.arrows[i].to = a.from }
        case .cycleArrowLine(let reverse):
            guard let id = selectedArrowID, let i = canvas.arrows.firstIndex(where: { $0.id == id }) else { break }
            let all = ArrowLine.allCases
            let k = all.firstIndex(of: canvas.arrows[i].line) ?? 0
            change { $0.arrows[i].line = all[(k + (reverse ? all.count - 1 : 1)) % all.count] }
        case .toggleArrowBothWays:
            guard let id = selectedArrowID, let i = canvas.arrows.firstIndex(where: { $0.id == id }) else { break }
            change { $0.arrows[i].bothWays.toggle() }
        case .moveSelected(let d, let big):
            guard let i = selectedIndex else { break }
            let step = big ? Self.bigStep : 1
            change(group: group) {
                let b = $0.boxes[i]
                $0.boxes[i].x = max(0, b.x + d.dx * step)
                $0.boxes[i].y = max(0, b.y + d.dy * step)
            }
            let b = canvas.boxes[i]
            cursor = GridPoint(x: b.x + 1, y: b.y + 1)
        case .resizeSelected(let d, let big):
            guard let i = selectedIndex else { break }
            let step = big ? Self.bigStep : 1
            change(group: group) {
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
            if let id = selectedArrowID {
                editBase = canvas
                mode = .editingArrowLabel(arrowID: id)
                labelCursor = selectedArrow?.label?.count ?? 0
                undoGroup = nil
            } else if let id = selectedBoxID {
                beginEdit(id, isNew: false, base: canvas)
            }
        case .insertText(let s):
            // Keep zero-width scalars (a virama, a joiner, a combining accent typed on its
            // own): they join the character before them. Only control characters are dropped.
            insertInLabel(String(s.unicodeScalars.filter { $0 == "\n" || !Self.isControl($0) }.map(Character.init)))
        case .backspace:
            let k = labelCursor
            editLabel { label, cursor in
                guard k > 0 else { return }
                var chars = Array(label)
                chars.remove(at: min(k, chars.count) - 1)
                label = String(chars); cursor = k - 1
            }
        case .deleteForward:
            let k = labelCursor
            editLabel { label, _ in
                var chars = Array(label)
                guard k < chars.count else { return }
                chars.remove(at: k)
                label = String(chars)
            }
        case .newline:
            insertInLabel("\n")
        case .moveLabelCursor(let d):
            moveLabelCursor(d)
        case .labelLineStart, .labelLineEnd:
            guard let text = editedText else { break }
            let (start, end) = Self.lineBounds(in: Array(text), at: labelCursor)
            labelCursor = command == .labelLineStart ? start : end
        case .commitLabel:
            break   // committed above
        case .cancel:
            if drag != nil { endDrag(cancelled: true) } else if case .connecting = mode { mode = .normal } else {
                selectedBoxID = nil
                selectedArrowID = nil
            }
        case .deleteSelected:
            if let id = selectedArrowID {
                change { $0.arrows.removeAll { $0.id == id } }
                selectedArrowID = nil
                selectedBoxID = boxID(at: cursor)
                break
            }
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
        case .setLineStyle(let style):
            change { $0.style = style }
        case .pan(let d, let big):
            let step = big ? max(1, (d.isHorizontal ? viewWidth : viewHeight) / 2) : 4
            let o = viewportOrigin.moved(d, by: step)
            let origin = GridPoint(x: max(-Self.viewMargin, o.x), y: max(-Self.viewMargin, o.y))
            cursor = clamped(GridPoint(x: cursor.x + origin.x - viewportOrigin.x, y: cursor.y + origin.y - viewportOrigin.y))
            viewportOrigin = origin
            selectedBoxID = boxID(at: cursor)
            return
        case .setViewSize(let w, let h):
            let size = (max(1, w), max(1, h))
            if size != (viewWidth, viewHeight) { viewportOrigin = origin(width: size.0, height: size.1) }
            (viewWidth, viewHeight) = size
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
            let old = canvas
            canvas = previous
            afterHistoryJump(from: old)
        case .redo:
            guard let next = redoStack.popLast() else { break }
            undoStack.append(canvas)
            let old = canvas
            canvas = next
            afterHistoryJump(from: old)
        }
        follow()
    }

    // MARK: Rendering

    /// The visible part of the diagram in a pane of `width` × `height` cells, and where the
    /// selection, cursor and pending rectangle are in pane coordinates.
    public func render(width: Int, height: Int, style: DiagramStyle) -> CanvasView {
        // A pane of another size than the editor was told shows what `setViewSize` would.
        let o = (width, height) == (viewWidth, viewHeight) ? viewportOrigin : origin(width: max(1, width), height: max(1, height))
        let vp = GridRect(x: o.x, y: o.y, width: max(0, width), height: max(0, height))
        let layout = DiagramLayout(canvas: canvas)
        var grid = DiagramRenderer.render(canvas, style: style, viewport: vp, layout: layout)
        let tags = Self.drawKindTags(canvas, style: style, origin: o, into: &grid)
        func toView(_ r: GridRect) -> GridRect {
            GridRect(x: r.x - vp.x, y: r.y - vp.y, width: r.width, height: r.height)
        }
        var shownCursor = cursor
        let arrowRoute = selectedArrowID.flatMap { id in layout.routes.first { $0.arrowID == id } }
        if case .editingLabel(let id, _) = mode, let b = canvas.box(id: id) {
            shownCursor = BoxLabelLayout(box: b).cursorCell(offset: labelCursor)
        } else if case .editingArrowLabel = mode, let route = arrowRoute {
            if let o = route.labelOrigin, let shown = route.label {
                let typed = String((editedText ?? "").prefix(labelCursor))
                shownCursor = GridPoint(x: o.x + min(DisplayWidth.of(typed), DisplayWidth.of(shown)), y: o.y)
            } else if !route.cells.isEmpty {
                shownCursor = route.cells[route.cells.count / 2]
            }
        }
        var arrowCells: [GridPoint] = []
        if let route = arrowRoute {
            var cells = route.cells + [route.sourceBorder]
            if let o = route.labelOrigin, let l = route.label {
                cells += (0..<DisplayWidth.of(l)).map { GridPoint(x: o.x + $0, y: o.y) }
            }
            arrowCells = cells.map { GridPoint(x: $0.x - vp.x, y: $0.y - vp.y) }.filter { grid.contains(x: $0.x, y: $0.y) }
        }
        var cursorInView: GridPoint? = GridPoint(x: shownCursor.x - vp.x, y: shownCursor.y - vp.y)
        if let c = cursorInView, !grid.contains(x: c.x, y: c.y) { cursorInView = nil }
        var pending: GridRect?
        if case .drawing(let s, let c)? = drag { pending = toView(Self.rect(s, c)) }
        var from: GridRect?
        if case .connecting(let id) = mode, let b = canvas.box(id: id) { from = toView(b.rect) }
        return CanvasView(grid: grid, selection: selectedBox.map { toView($0.rect) }, cursor: cursorInView,
                          pendingBox: pending, connectingFrom: from, mode: mode,
                          selectedArrowCells: arrowCells, kindTags: tags)
    }

    /// Writes each box's kind on its top border, from its third cell or further right, where
    /// the border is a plain line with a line cell on each side (never over or beside a
    /// junction where an arrow leaves; no tag when it does not fit); returns where, in view
    /// coordinates.
    static func drawKindTags(_ canvas: Canvas, style: DiagramStyle, origin: GridPoint, into grid: inout CharGrid) -> [GridRect] {
        let line = style.glyph(for: .horizontal)
        var out: [GridRect] = []
        for b in canvas.boxes {
            guard let kind = b.kind, !kind.isEmpty, b.width >= 7 else { continue }
            let tag = Array(TextFitting.fit(InertText.escape(kind), width: b.width - 4))
            guard tag.allSatisfy({ DisplayWidth.of($0) == 1 }) else { continue }   // one-column characters on a border
            let y = b.y - origin.y
            guard y >= 0, y < grid.height else { continue }
            func plain(_ x: Int) -> Bool { !grid.contains(x: x, y: y) || grid.character(x: x, y: y) == line }
            let first = b.x + 2 - origin.x, last = b.x + b.width - 2 - tag.count - origin.x
            // A line cell on each side of the tag, so it never touches a junction.
            guard first <= last, let x0 = (first...last).first(where: { x in ((x - 1)...(x + tag.count)).allSatisfy(plain) }) else { continue }
            var drawn = false
            for (i, ch) in tag.enumerated() where grid.contains(x: x0 + i, y: y) {
                grid.put(ch, x: x0 + i, y: y); drawn = true
            }
            if drawn { out.append(GridRect(x: x0, y: y, width: tag.count, height: 1)) }
        }
        return out
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
        selectedArrowID = nil
        if let b = canvas.box(id: id) {
            cursor = GridPoint(x: b.x + min(1, b.width - 1), y: b.y + min(1, b.height - 1))
        }
    }

    /// Selects an arrow; the cursor goes to the middle of its route.
    private mutating func selectArrow(_ id: String) {
        selectedArrowID = id
        selectedBoxID = nil
        if let route = DiagramLayout(canvas: canvas).routes.first(where: { $0.arrowID == id }) {
            let cells = route.cells
            if !cells.isEmpty { cursor = clamped(cells[cells.count / 2]) }
        }
    }

    /// The arrow after (before) the selected one in reading order of their ends; with a box
    /// selected, its first (last) arrow in that order.
    private func arrowInCycle(forward: Bool) -> String? {
        func place(_ id: String) -> (Int, Int) { canvas.box(id: id).map { ($0.y, $0.x) } ?? (Int.max, Int.max) }
        let order = canvas.arrows.sorted { a, b in
            let ka = (place(a.from), place(a.to)), kb = (place(b.from), place(b.to))
            if ka.0 != kb.0 { return ka.0 < kb.0 }
            if ka.1 != kb.1 { return ka.1 < kb.1 }
            return a.id < b.id
        }
        guard !order.isEmpty else { return nil }
        if let current = selectedArrowID, let i = order.firstIndex(where: { $0.id == current }) {
            return order[(i + (forward ? 1 : order.count - 1)) % order.count].id
        }
        if let box = selectedBoxID {
            let touching = order.filter { $0.from == box || $0.to == box }
            if let a = forward ? touching.first : touching.last { return a.id }
        }
        return (forward ? order.first : order.last)?.id
    }

    /// Applies a canvas change as one undo step (nothing is recorded if nothing changed).
    /// With a `group` equal to the last step's, the change joins that step instead.
    private mutating func change(group: String? = nil, _ body: (inout Canvas) -> Void) {
        let before = canvas
        body(&canvas)
        guard before != canvas else { return }
        if let group, group == undoGroup, !undoStack.isEmpty {
            redoStack.removeAll()
            return
        }
        record(before)
        undoGroup = group
    }

    private mutating func record(_ before: Canvas) {
        guard before != canvas else { return }
        undoStack.append(before)
        if undoStack.count > Self.undoLimit { undoStack.removeFirst(undoStack.count - Self.undoLimit) }
        redoStack.removeAll()
    }

    /// After undo or redo: the box the step changed (or brought back) is selected, so the
    /// view scrolls to it; else the selection stays if its box still exists.
    private mutating func afterHistoryJump(from old: Canvas) {
        mode = .normal
        undoGroup = nil
        let changed = canvas.boxes.first { b in old.box(id: b.id) != b }
        if let changed {
            select(changed.id)
            return
        }
        let changedArrow = canvas.arrows.first { a in !old.arrows.contains(a) }
        if let changedArrow {
            selectArrow(changedArrow.id)
            return
        }
        if selectedArrow == nil { selectedArrowID = nil }
        if selectedArrowID != nil { return }
        if let id = selectedBoxID, canvas.box(id: id) == nil { selectedBoxID = nil }
        if selectedBoxID == nil { selectedBoxID = boxID(at: cursor) }
    }

    /// Scrolls the view so the selected box is in it (its top-left part when it is bigger
    /// than the view), and the cursor too.
    private mutating func follow() {
        viewportOrigin = Self.showing(selectionRect, cursor: cursor, from: viewportOrigin, width: viewWidth, height: viewHeight)
    }

    /// What the view keeps in sight: the selected box, or the cells of the selected arrow.
    private var selectionRect: GridRect? {
        if let b = selectedBox { return b.rect }
        guard let id = selectedArrowID, let route = DiagramLayout(canvas: canvas).routes.first(where: { $0.arrowID == id }) else { return nil }
        let xs = route.cells.map(\.x), ys = route.cells.map(\.y)
        guard let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max() else { return nil }
        return GridRect(x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1)
    }

    /// The smallest scroll of `origin` that shows `rect` (when given) and then `cursor`.
    static func showing(_ rect: GridRect?, cursor: GridPoint, from origin: GridPoint, width: Int, height: Int) -> GridPoint {
        func axis(_ o: Int, _ start: Int, _ length: Int, _ size: Int) -> Int {
            if length > size || start < o { return start }
            if start + length > o + size { return start + length - size }
            return o
        }
        var o = origin
        if let r = rect {
            o.x = axis(o.x, r.x, r.width, width)
            o.y = axis(o.y, r.y, r.height, height)
        }
        o.x = axis(o.x, cursor.x, 1, width)
        o.y = axis(o.y, cursor.y, 1, height)
        return GridPoint(x: max(-viewMargin, o.x), y: max(-viewMargin, o.y))
    }

    /// Where the view starts in a pane of `width` × `height`: scrolled back as far as the
    /// diagram allows, so a bigger pane shows more of it (not empty space past its right or
    /// bottom edge), and still showing the selection and the cursor.
    func origin(width: Int, height: Int) -> GridPoint {
        var right = Int.min, bottom = Int.min
        for b in canvas.boxes { right = max(right, b.x + b.width); bottom = max(bottom, b.y + b.height) }
        for n in canvas.notes {
            let lines = n.text.split(separator: "\n", omittingEmptySubsequences: false)
            right = max(right, n.x + (lines.map { DisplayWidth.of($0) }.max() ?? 0))
            bottom = max(bottom, n.y + lines.count)
        }
        var o = viewportOrigin
        if right > Int.min { o.x = min(o.x, right + Self.viewMargin - width) }
        if bottom > Int.min { o.y = min(o.y, bottom + Self.viewMargin - height) }
        o = GridPoint(x: max(-Self.viewMargin, o.x), y: max(-Self.viewMargin, o.y))
        return Self.showing(selectionRect, cursor: cursor, from: o, width: width, height: height)
    }

    // Label editing

    private mutating func beginEdit(_ id: String, isNew: Bool, base: Canvas) {
        editBase = base
        mode = .editingLabel(boxID: id, isNew: isNew)
        labelCursor = canvas.box(id: id)?.label.count ?? 0
        undoGroup = nil
    }

    /// Changes the label being edited and the label cursor. The box grows (never shrinks) to
    /// fit the label, wrapping lines wider than `BoxLabelLayout.maxTypedColumns` (or than the
    /// box, when it is already wider) instead of growing past that.
    private mutating func editLabel(_ body: (inout String, inout Int) -> Void) {
        if case .editingArrowLabel(let id) = mode, let i = canvas.arrows.firstIndex(where: { $0.id == id }) {
            var label = canvas.arrows[i].label ?? "", cursor = labelCursor
            body(&label, &cursor)
            label = String(label.filter { $0 != "\n" })
            canvas.arrows[i].label = label.isEmpty ? nil : label
            labelCursor = min(max(0, cursor), label.count)
            return
        }
        guard case .editingLabel(let id, _) = mode, let i = canvas.boxes.firstIndex(where: { $0.id == id }) else { return }
        var cursor = labelCursor
        body(&canvas.boxes[i].label, &cursor)
        let label = canvas.boxes[i].label
        labelCursor = min(max(0, cursor), label.count)
        let lines = label.split(separator: "\n", omittingEmptySubsequences: false)
        let widest = lines.map { DisplayWidth.of($0) }.max() ?? 0
        let columns = max(canvas.boxes[i].width - 4, min(widest, BoxLabelLayout.maxTypedColumns))
        let size = BoxLabelLayout.wrappedSize(of: label, width: max(1, columns))
        canvas.boxes[i].width = max(canvas.boxes[i].width, size.columns + 4)
        canvas.boxes[i].height = max(canvas.boxes[i].height, max(size.rows, lines.count) + 2)
    }

    /// The label being typed (box or arrow), if any.
    var editedText: String? {
        switch mode {
        case .editingLabel(let id, _): canvas.box(id: id)?.label
        case .editingArrowLabel(let id): canvas.arrows.first { $0.id == id }.map { $0.label ?? "" }
        case .normal, .connecting: nil
        }
    }

    /// C0 and C1 control characters (and DEL), which never belong in a label.
    static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (s.value >= 0x7F && s.value < 0xA0)
    }

    private mutating func insertInLabel(_ text: String) {
        if case .editingArrowLabel = mode, text.contains("\n") { return }   // arrow labels are one line
        guard !text.isEmpty else { return }
        let k = labelCursor
        editLabel { label, cursor in
            let chars = Array(label)
            let head = String(chars[..<min(k, chars.count)]) + text
            label = head + String(chars[min(k, chars.count)...])
            cursor = head.count
        }
    }

    /// Label cursor moves: left/right by a character, up/down to the same place on the line
    /// before/after (lines as split at `\n`).
    private mutating func moveLabelCursor(_ d: Direction) {
        guard let text = editedText else { return }
        let chars = Array(text)
        switch d {
        case .left: labelCursor = max(0, labelCursor - 1)
        case .right: labelCursor = min(chars.count, labelCursor + 1)
        case .up, .down:
            let (start, end) = Self.lineBounds(in: chars, at: labelCursor)
            let column = labelCursor - start
            if d == .up {
                guard start > 0 else { labelCursor = 0; return }
                let (ps, pe) = Self.lineBounds(in: chars, at: start - 1)
                labelCursor = min(ps + column, pe)
            } else {
                guard end < chars.count else { labelCursor = chars.count; return }
                let (ns, ne) = Self.lineBounds(in: chars, at: end + 1)
                labelCursor = min(ns + column, ne)
            }
        }
    }

    /// The start and end offsets of the label line holding offset `k`.
    static func lineBounds(in chars: [Character], at k: Int) -> (Int, Int) {
        var start = min(k, chars.count), end = min(k, chars.count)
        while start > 0, chars[start - 1] != "\n" { start -= 1 }
        while end < chars.count, chars[end] != "\n" { end += 1 }
        return (start, end)
    }

    private mutating func commitEdit() {
        if let base = editBase { record(base) }
        editBase = nil
        mode = .normal
        undoGroup = nil
    }

    private mutating func cancelEdit() {
        if let base = editBase { canvas = base }
        editBase = nil
        mode = .normal
        if let id = selectedBoxID, canvas.box(id: id) == nil { selectedBoxID = boxID(at: cursor) }
        if selectedArrow == nil { selectedArrowID = nil }
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
        // The source stays selected: the next connect or Alt+arrow branches from it again.
        select(from)
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
        if let a = selectedArrowID, !canvas.arrows.contains(where: { $0.id == a }) { out.append("arrow selection \(a) missing") }
        if selectedBoxID != nil && selectedArrowID != nil { out.append("a box and an arrow selected") }
        if cursor.x < 0 || cursor.y < 0 { out.append("cursor \(cursor)") }
        return out
    }
}

extension CanvasCommand {
    /// Commands that belong to label editing (they do not end it).
    var isLabelEditing: Bool {
        switch self {
        case .insertText, .backspace, .deleteForward, .newline, .moveLabelCursor, .labelLineStart, .labelLineEnd, .setViewSize: true
        default: false
        }
    }

    /// Commands that belong to a mouse drag (they do not end it).
    var continuesDrag: Bool {
        switch self {
        case .mouseDrag, .mouseUp, .cancel, .setViewSize: true
        default: false
        }
    }

    /// Commands that select boxes (or nothing): they end an arrow selection.
    var selectsBoxes: Bool {
        switch self {
        case .moveCursor, .createBox, .createConnectedBox, .selectNext, .selectPrevious,
             .startConnecting, .pan, .mouseDown: true
        default: false
        }
    }

    /// The undo group of a keyboard move or resize of the selected box; nil for others.
    func undoGroup(selected: String?) -> String? {
        guard let id = selected else { return nil }
        switch self {
        case .moveSelected: return "move \(id)"
        case .resizeSelected: return "resize \(id)"
        default: return nil
        }
    }

    /// Whether this command ends a group of moves or resizes (telling the editor its size
    /// does not: the pane sends it before other commands).
    var endsUndoGroup: Bool { if case .setViewSize = self { false } else { true } }
}
