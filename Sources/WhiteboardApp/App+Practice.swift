import Diagram
import Foundation
import Practice
import WhiteboardCore

/// The practice loop in the reducer: follow-up questions, the reference design, the Start
/// screen's Progress view and drills (docs/practice.md).
extension App {
    static func reducePractice(_ state: inout AppState, _ action: PracticeAction) -> [Effect] {
        switch action {
        case .progressLoaded(let summary):
            state.start.practice.progress = .loaded(summary)
            state.start.practice.scroll = min(state.start.practice.scroll, max(0, summary.lines.count - 1))
            return []
        case .scrollProgress(let n):
            let count: Int
            if case .loaded(let s) = state.start.practice.progress { count = s.lines.count } else { count = 0 }
            let page = max(1, ProgressPane.textHeight(state))
            state.start.practice.scroll = min(max(0, state.start.practice.scroll + n), max(0, count - page))
            return []
        case .startDrill:
            guard case .loaded(let summary) = state.start.practice.progress else { return [] }
            guard let plan = summary.drill else {
                state.start.error = "no drill: " + (summary.drillUnavailable ?? "no trade-off to drill")
                return []
            }
            let session = DrillSession.make(problem: plan.problem.id, tradeoff: plan.tradeoff, step: plan.step, answer: "",
                                            now: state.now, suffix: drillSuffix(state.now))
            return [.practice(.createDrill(session))]
        default:
            break
        }
        guard state.screen == .whiteboard, var b = state.board else { return [] }
        state.board = nil
        defer { state.board = b }
        switch action {
        case .askFollowUp:
            askFollowUp(&b, library: state.library, now: state.now)
        case .toggleReference:
            if b.practice.reference != nil {
                b.practice.reference = nil
            } else if b.template?.components.isEmpty ?? true {
                b.message = "this problem's template has no reference design"
            } else {
                b.practice.askingReveal = true
            }
        case .confirmReveal:
            b.practice.askingReveal = false
            if let t = b.template { b.practice.reference = referenceView(t, canvas: b.session.canvas) }
        case .declineReveal:
            b.practice.askingReveal = false
        case .hideReference:
            b.practice.reference = nil
        case let .scrollReference(rows, columns):
            guard var r = b.practice.reference else { break }
            let layout = WhiteboardLayout(width: state.width, height: state.height, focus: b.focus, zoomed: b.zoomed)
            let area = ReferencePane.drawingArea(ReferencePane.rect(layout))
            let widest = r.lines.map(\.count).max() ?? 0
            r.top = min(max(0, r.top + rows), max(0, r.lines.count - area.height))
            r.left = min(max(0, r.left + columns), max(0, widest - area.width))
            b.practice.reference = r
        default:
            break
        }
        return []
    }

    /// Inserts the first follow-up the answer raises for the current step that it does not
    /// already hold, with the reason in the status bar.
    static func askFollowUp(_ b: inout WhiteboardState, library: TemplateLibrary, now: Date) {
        guard let template = b.template else {
            b.message = "no follow-up: the session's problem has no template"
            return
        }
        if b.scoreDirty || b.report == nil { rescore(&b, library: library, now: now) }
        guard let report = b.report else { return }
        let text = b.document.text
        let candidates = FollowUpPicker.candidates(session: b.session, step: b.step, template: template,
                                                   catalogue: library.catalogue, report: report)
        guard let question = candidates.first(where: { !FollowUpInsertion.alreadyAsked($0, in: text) }) else {
            b.message = candidates.isEmpty ? "no follow-up: this step leaves nothing open the templates ask about"
                                           : "no new follow-up: every question this step raises is already in the answer"
            return
        }
        b.focus = .editor
        var d = b.documents.removeValue(forKey: b.step) ?? TextDocument()
        d.setEditTime(now)
        FollowUpInsertion.insert(question, into: &d)
        b.documents[b.step] = d
        b.markEdited(now: now, text: b.step)
        b.message = "follow-up: " + question.because
    }

    /// The reference drawing of `template` with what `canvas` lacks marked: missing boxes get
    /// a " *" after their name, missing flows are drawn dotted.
    static func referenceView(_ template: ProblemTemplate, canvas: Canvas) -> ReferenceView {
        let match = ReferenceMatch.compare(canvas, with: template)
        let missing = Set(match.missingComponents.map { $0.lowercased() })
        var marked = template
        func mark(_ name: String) -> String { missing.contains(name.lowercased()) ? name + " *" : name }
        marked.components = template.components.map { c in var c = c; c.name = mark(c.name); return c }
        marked.flows = template.flows.map { Flow(from: mark($0.from), to: mark($0.to)) }
        var drawing = ReferenceDiagram.canvas(for: marked)
        let names = Dictionary(drawing.boxes.compactMap { box -> (String, String)? in
            guard let n = Int(box.id.dropFirst()), n >= 1, n <= template.components.count else { return nil }
            return (box.id, template.components[n - 1].name.lowercased())
        }, uniquingKeysWith: { a, _ in a })
        let missingFlows = Set(match.missingFlows.map { "\($0.from.lowercased())\u{0}\($0.to.lowercased())" })
        for i in drawing.arrows.indices {
            let a = drawing.arrows[i]
            if missingFlows.contains("\(names[a.from] ?? "")\u{0}\(names[a.to] ?? "")") { drawing.arrows[i].line = .dotted }
        }
        let text = DiagramText.render(drawing, style: .single)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last == "" { lines.removeLast() }
        return ReferenceView(lines: lines, match: match)
    }

    /// Eight hex digits from the clock: the drill's id suffix (the reducer makes no random numbers).
    static func drillSuffix(_ now: Date) -> String {
        let value = UInt32(truncatingIfNeeded: Int64((now.timeIntervalSince1970 * 1000).rounded()))
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    // MARK: Start screen

    /// Tab on the Start screen: new problem → recent sessions (when there are any) → progress
    /// → new problem. The progress is read the first time the view is shown.
    static func cycleStartView(_ state: inout AppState) -> [Effect] {
        if state.start.practice.showingProgress {
            state.start.practice.showingProgress = false
            state.start.focus = .problems
            return []
        }
        if state.start.focus == .problems && !state.recent.isEmpty {
            state.start.focus = .recent
            return []
        }
        state.start.practice.showingProgress = true
        state.start.focus = .problems
        if state.start.practice.progress == .notLoaded {
            state.start.practice.progress = .loading
            return [.practice(.loadProgress)]
        }
        return []
    }

    /// Keys while the Progress view shows: arrows scroll, Enter opens the drill, typing goes
    /// back to the problem filter; nil for actions the Start screen handles as usual.
    static func reduceProgressView(_ state: inout AppState, _ action: Action) -> [Effect]? {
        switch action {
        case .startMove(let n):
            return reducePractice(&state, .scrollProgress(n))
        case .startActivate:
            return reducePractice(&state, .startDrill)
        case .filterType, .paste, .clearFilter:
            state.start.practice.showingProgress = false
            return nil
        case .mouse(let m):
            switch m.kind {
            case .wheelUp: return reducePractice(&state, .scrollProgress(-3))
            case .wheelDown: return reducePractice(&state, .scrollProgress(3))
            default: return []
            }
        default:
            return nil
        }
    }
}
