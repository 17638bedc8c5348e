import Foundation
import Synchronization
import TermUI
import TextMetrics
import WhiteboardCore

/// The step editor's inside: the guide (statement, prompts, talking points) at the top and
/// the answer text area below it. Computed the same way for drawing and for editing.
public struct EditorGeometry: Equatable, Sendable {
    /// The guide rows, already wrapped to the pane width.
    public var guideLines: [GuideLine]
    /// Where the guide is drawn.
    public var guideRect: Rect
    /// Where the answer text is drawn; its width is the soft-wrap width.
    public var textRect: Rect

    /// A guide row and how to show it.
    public struct GuideLine: Equatable, Sendable {
        public enum Kind: Equatable, Sendable { case statement, heading, item, rule }
        public var text: String
        public var kind: Kind
    }

    public init(pane: Rect, board: WhiteboardState) {
        let inner = pane.inset(1)
        let key = GuideKey(width: inner.width, height: inner.height, showGuide: board.showGuide, step: board.step,
                           template: board.template, problem: board.model.record.problem)
        let lines: [GuideLine]
        if let memo = Self.lastGuide.withLock({ $0 }), memo.key == key {
            lines = memo.lines
        } else {
            lines = Self.guide(inner: inner, board: board)
            Self.lastGuide.withLock { $0 = (key, lines) }
        }
        self.guideLines = lines
        let (g, t) = inner.splitTop(lines.count)
        guideRect = g
        textRect = t
    }

    /// What the guide depends on.
    private struct GuideKey: Equatable, Sendable {
        var width: Int, height: Int, showGuide: Bool, step: StepID
        var template: ProblemTemplate?, problem: String
    }

    /// The guide last laid out: the run loop asks for it several times a key (the tick, the
    /// reducer's cursor moves, the frame), and it changes only with the step, the pane or the guide.
    private static let lastGuide = Mutex<(key: GuideKey, lines: [GuideLine])?>(nil)

    private static func guide(inner: Rect, board: WhiteboardState) -> [GuideLine] {
        var lines: [GuideLine] = []
        if board.showGuide && inner.width > 0 {
            let w = inner.width
            let statement = board.template?.statement ?? "(no template for problem \"\(board.model.record.problem)\")"
            var statementLines = TextWrap.lines(statement.trimmingCharacters(in: .whitespacesAndNewlines), width: w)
                .map { GuideLine(text: $0, kind: .statement) }
            let t = board.template?.step(board.step)
            var items: [GuideLine] = []
            func section(_ title: String, _ entries: [String]) {
                guard !entries.isEmpty else { return }
                items.append(GuideLine(text: title, kind: .heading))
                for entry in entries {
                    for (i, l) in TextWrap.lines(entry, width: max(1, w - 2)).enumerated() {
                        items.append(GuideLine(text: (i == 0 ? "• " : "  ") + l, kind: .item))
                    }
                }
            }
            section("Cover:", t?.prompts ?? [])
            section("Ask:", t?.talkingPoints ?? [])
            // At most two fifths of the pane; when short of room the statement shrinks to one row
            // first (the step's prompts matter more), then the prompts are cut.
            let cap = max(4, inner.height * 2 / 5)
            if statementLines.count + items.count > cap && statementLines.count > 1 {
                let first = statementLines[0].text.trimmingCharacters(in: .whitespaces)
                statementLines = [GuideLine(text: first + "…", kind: .statement)]
            }
            lines = statementLines + items
            if lines.count > cap {
                lines = Array(lines.prefix(cap - 1))
                lines.append(GuideLine(text: "… (F2 hides the guide; F4 zooms)", kind: .heading))
            }
            lines.append(GuideLine(text: String(repeating: "─", count: w), kind: .rule))
        }
        return lines
    }
}

