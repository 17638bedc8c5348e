import Diagram
import Foundation
import TermUI
import TextMetrics
import WhiteboardCore

extension App {
    static func reduceWhiteboard(_ state: inout AppState, _ action: Action) -> [Effect] {
        // The board is moved out of the state while it changes, so its text buffers are not
        // shared and edits do not copy them (copy-on-write); it goes back on every exit.
        guard var b = state.board else { return [] }
        state.board = nil
        defer { state.board = b }
        var effects: [Effect] = []
        let layout = WhiteboardLayout(width: state.width, height: state.height, focus: b.focus, zoomed: b.zoomed)
        // Only cursor movement and the mouse need the editor's geometry; typing does not.
        var geometry: EditorGeometry { EditorGeometry(pane: layout.editor, board: b) }
        var wrap: Int { max(1, geometry.textRect.width) }
        var page: Int { max(1, geometry.textRect.height - 1) }

        if state.overlay == .quitConfirm {
            switch action {
            case .confirmSave:
                state.overlay = nil
                state.quitting = true
                return [.save, .rememberFileForDiscard, .quit]
            case .confirmDiscard:
                state.overlay = nil
                state.quitting = true
                return [.discardToRememberedFile, .quit]
            default:
                return []
            }
        }

        func edit(_ change: (inout TextDocument) -> Void) {
            // Taken out of the dictionary so the edit mutates the only copy (no copy-on-write).
            var d = b.documents.removeValue(forKey: b.step) ?? TextDocument()
            let before = d.revision
            d.setEditTime(state.now)
            change(&d)
            b.documents[b.step] = d
            if d.revision != before { b.markEdited(now: state.now, text: b.step) }
        }

        switch action {
        case .save:
            effects = [.save, .rememberFileForDiscard]
        case .quit:
            if b.dirty {
                state.overlay = .quitConfirm
            } else {
                state.quitting = true
                effects = [.quit]
            }
        case .nextStep, .previousStep, .gotoStep:
            let target: StepID?
            switch action {
            case .nextStep: target = b.step.next
            case .previousStep: target = b.step.previous
            case .gotoStep(let s): target = s
            default: target = nil
            }
            if let target { effects = b.changeStep(to: target) }
        case .focusNext: b.focus = b.focus.next
        case .focusPrevious: b.focus = b.focus.previous
        case .focus(let p): b.focus = p
        case .toggleGuide: b.view.showGuide.toggle()
        case .toggleZoom: b.view.zoomed.toggle()
        case .toggleClock:
            b.flushTime()
            b.clock.paused.toggle()
            b.message = b.clockPaused ? "clock paused (F6 resumes)" : nil
        case .resetStepClock:
            b.resetStepTime()
        case .rubricSelect(let n):
            let count = b.report?.step(b.step)?.tradeoffs.count ?? 0
            guard count > 0 else { break }
            b.view.rubricSelection = min(max(0, b.rubricSelection + n), count - 1)
            let rows = RubricPane.lines(b, width: max(1, layout.rubric.width - 2))
            let height = max(1, layout.rubric.height - 2)
            if let first = RubricPane.firstRow(of: b.rubricSelection, in: rows) {
                let last = rows.lastIndex { $0.tradeoff == b.rubricSelection } ?? first
                if first < b.rubricScroll { b.view.rubricScroll = first }
                if last >= b.rubricScroll + height { b.view.rubricScroll = max(first - 1, last - height + 1) }
                if first < b.rubricScroll { b.view.rubricScroll = first }
            }
        case .jumpToEvidence:
            guard let t = b.report?.step(b.step)?.tradeoffs, b.rubricSelection < t.count else { break }
            guard let sentence = t[b.rubricSelection].evidence.first else {
                b.message = "no sentence earned this trade-off yet"
                break
            }
            guard let place = EvidenceLocation.find(sentence, in: b, preferring: b.step) else {
                b.message = "that sentence is no longer in the answer"
                break
            }
            effects = b.changeStep(to: place.step)
            b.focus = .editor
            var d = b.document
            d.moveCursor(line: place.line, column: place.column)
            b.document = d
            b.message = nil
        case .editExternally:
            effects = [.editExternally(step: b.step, text: b.document.text)]
        case .externalEditFinished(let step, let text):
            var d = b.documents[step] ?? TextDocument()
            let before = d.text
            d.replaceAll(with: text)
            b.documents[step] = d
            if d.text != before { b.markEdited(now: state.now, text: step) }
            b.message = nil
        case .externalEditFailed(let m):
            b.message = m
        case .saved(let at):
            b.model.dirty = false
            b.model.dirtySince = nil
            b.model.lastSavedAt = at
            b.message = nil
        case .saveFailed(let m):
            b.message = "save failed: " + m
            state.quitting = false

        case .canvas(let command):
            if command == .cancel && b.canvasTool != .cursor && b.canvasEditor.mode == .normal {
                b.view.canvasTool = .cursor
            } else {
                applyCanvas(&b, command, layout: layout, now: state.now)
            }
        case .canvasDirection(let d, let big):
            switch b.canvasTool {
            case .cursor: applyCanvas(&b, .moveCursor(d, big: big), layout: layout, now: state.now)
            case .move: applyCanvas(&b, .moveSelected(d, big: big), layout: layout, now: state.now)
            case .resize: applyCanvas(&b, .resizeSelected(d, big: big), layout: layout, now: state.now)
            }
        case .canvasTool(let tool):
            b.view.canvasTool = b.canvasTool == tool ? .cursor : tool
        case .cycleCanvasStyle:
            let all = DiagramStyle.allCases
            let order: [DiagramStyle] = [.single, .rounded, .double, .heavy, .ascii].filter(all.contains)
            let next = order[((order.firstIndex(of: b.canvasStyle) ?? 0) + 1) % order.count]
            applyCanvas(&b, .setLineStyle(next.rawValue), layout: layout, now: state.now)

        case .insert(let s): edit { $0.insert(s) }
        case .paste(let s):
            if b.focus == .editor {
                edit { $0.insert(s) }
            } else if b.focus == .canvas, b.canvasEditor.mode.isTyping {
                applyCanvas(&b, .insertText(s), layout: layout, now: state.now)
            }
        case .newline: edit { $0.insert("\n") }
        case .backspace: edit { $0.backspace() }
        case .deleteForward: edit { $0.deleteForward() }
        case .undo: edit { $0.undo() }
        case .redo: edit { $0.redo() }
        case .cursorLeft: edit { $0.moveLeft() }
        case .cursorRight: edit { $0.moveRight() }
        case .cursorUp: edit { $0.moveRows(-1, width: wrap) }
        case .cursorDown: edit { $0.moveRows(1, width: wrap) }
        case .rowStart: edit { $0.moveToRowStart(width: wrap) }
        case .rowEnd: edit { $0.moveToRowEnd(width: wrap) }
        case .pageUp: edit { $0.moveRows(-page, width: wrap) }
        case .pageDown: edit { $0.moveRows(page, width: wrap) }
        case .wordLeft: edit { $0.moveWordLeft() }
        case .wordRight: edit { $0.moveWordRight() }
        case .documentStart: edit { $0.moveToDocumentStart() }
        case .documentEnd: edit { $0.moveToDocumentEnd() }

        case .scroll(let n): effects = scroll(&b, by: n, layout: layout, now: state.now)
        case .scrollPage(let n): effects = scroll(&b, by: n * max(1, layout.rect(of: b.focus).height - 3), layout: layout, now: state.now)
        case .scrollToTop:
            b.view.rubricScroll = 0
        case .mouse(let m):
            effects = mouse(&b, m, layout: layout, geometry: geometry, now: state.now)
        default:
            break
        }
        return effects
    }

    /// Runs a canvas command with the pane's current size, then marks a changed canvas as an
    /// edit (unsaved, due for a rescore: the diagram is scored too).
    static func applyCanvas(_ b: inout WhiteboardState, _ command: CanvasCommand, layout: WhiteboardLayout, now: Date) {
        let area = CanvasPane.inner(layout.canvas)
        let before = b.canvasEditor.canvas
        if area.width > 0 && area.height > 0 && (area.width != b.canvasEditor.viewWidth || area.height != b.canvasEditor.viewHeight) {
            b.model.canvasEditor.apply(.setViewSize(width: area.width, height: area.height))
        }
        b.model.canvasEditor.apply(command)
        if b.canvasEditor.canvas != before { b.markEdited(now: now) }
    }

    /// Scrolls the focused pane; in the step list that changes step (and autosaves, as every
    /// step change does).
    static func scroll(_ b: inout WhiteboardState, by n: Int, layout: WhiteboardLayout, now: Date) -> [Effect] {
        switch b.focus {
        case .navigator:
            let target = StepID.allCases[min(max(0, b.step.number - 1 + n), 6)]
            return b.changeStep(to: target)
        case .rubric:
            b.view.rubricScroll = max(0, b.rubricScroll + n)
        case .canvas:
            if n != 0 { applyCanvas(&b, .pan(n < 0 ? .up : .down), layout: layout, now: now) }
        case .editor:
            let geometry = EditorGeometry(pane: layout.editor, board: b)
            var d = b.document
            d.moveRows(n, width: max(1, geometry.textRect.width))
            b.document = d
        }
        return []
    }

    static func mouse(_ b: inout WhiteboardState, _ m: MouseEvent, layout: WhiteboardLayout, geometry: EditorGeometry, now: Date) -> [Effect] {
        guard let pane = layout.pane(atX: m.x, y: m.y) else { return [] }
        switch m.kind {
        case .wheelUp, .wheelDown:
            let before = b.focus
            b.focus = pane
            let effects = scroll(&b, by: m.kind == .wheelUp ? -3 : 3, layout: layout, now: now)
            // The wheel over the step list changes step but leaves focus where it was.
            if pane == .navigator { b.focus = before }
            return effects
        case .press where pane == .canvas && CanvasPane.inner(layout.canvas).contains(x: m.x, y: m.y):
            b.focus = .canvas
            let area = CanvasPane.inner(layout.canvas)
            applyCanvas(&b, .mouseDown(x: m.x - area.x, y: m.y - area.y), layout: layout, now: now)
        case .drag, .release:
            guard b.focus == .canvas else { break }
            let area = CanvasPane.inner(layout.canvas)
            let x = min(max(m.x - area.x, 0), max(0, area.width - 1))
            let y = min(max(m.y - area.y, 0), max(0, area.height - 1))
            applyCanvas(&b, m.kind == .drag ? .mouseDrag(x: x, y: y) : .mouseUp(x: x, y: y), layout: layout, now: now)
        case .press:
            b.focus = pane
            if pane == .navigator {
                let row = m.y - layout.navigator.y - 1
                if row >= 0 && row < StepID.allCases.count {
                    return b.changeStep(to: StepID.allCases[row])
                }
            } else if pane == .editor && geometry.textRect.contains(x: m.x, y: m.y) {
                let text = TextLayout(document: b.document, width: max(1, geometry.textRect.width))
                let top = EditorPane.visibleTop(stored: b.editorScroll[b.step] ?? 0, cursorRow: text.cursorRow.row, height: geometry.textRect.height)
                let rowIndex = top + m.y - geometry.textRect.y
                guard rowIndex < text.rows.count else {
                    var d = b.document; d.moveToDocumentEnd(); b.document = d; return []
                }
                let row = text.rows[rowIndex]
                let chars = b.document.lines[row.line]
                var col = 0, c = row.start
                let want = m.x - geometry.textRect.x
                while c < row.end {
                    let w = max(1, DisplayWidth.of(chars[c]))
                    if col + w > want { break }
                    col += w; c += 1
                }
                var d = b.document
                d.moveCursor(line: row.line, column: c)
                b.document = d
            }
        }
        return []
    }

    /// Stores the answer's scroll position the view shows (the cursor's row on screen).
    /// Run once per frame (on tick and resize), not per key: it wraps the whole answer.
    static func keepCursorVisible(_ b: inout WhiteboardState, state: AppState) {
        let layout = WhiteboardLayout(width: state.width, height: state.height, focus: b.focus, zoomed: b.zoomed)
        let g = EditorGeometry(pane: layout.editor, board: b)
        guard g.textRect.height > 0 else { return }
        let text = TextLayout(document: b.document, width: max(1, g.textRect.width))
        b.view.editorScroll[b.step] = EditorPane.visibleTop(stored: b.editorScroll[b.step] ?? 0, cursorRow: text.cursorRow.row, height: g.textRect.height)
    }
}
