import TermUI

/// Where each pane of the whiteboard goes for a terminal size. Used by the view to draw and by
/// the reducer for wrap widths, page sizes and mouse hits, so both always agree.
public struct WhiteboardLayout: Equatable, Sendable {
    public var navigator: Rect
    public var editor: Rect
    public var canvas: Rect
    public var rubric: Rect
    public var statusBar: Rect

    /// The layout for a `width`×`height` screen; with `zoomed` the focused pane takes the
    /// whole area above the status bar and the others are empty.
    public init(width: Int, height: Int, focus: Pane, zoomed: Bool) {
        let screen = Rect(x: 0, y: 0, width: width, height: height)
        let (main, status) = screen.splitBottom(1)
        statusBar = status
        if zoomed {
            navigator = .zero; editor = .zero; canvas = .zero; rubric = .zero
            switch focus {
            case .navigator: navigator = main
            case .editor: editor = main
            case .canvas: canvas = main
            case .rubric: rubric = main
            }
            return
        }
        let leftWidth = min(36, max(26, width * 3 / 10))
        let (left, right) = main.splitLeft(leftWidth)
        let navHeight = min(StepCount.value + 2, left.height / 2)
        (navigator, rubric) = left.splitTop(navHeight)
        let editorHeight = max(right.height * 3 / 5, min(right.height, 8))
        (editor, canvas) = right.splitTop(editorHeight)
    }

    /// The rectangle of a pane.
    public func rect(of pane: Pane) -> Rect {
        switch pane {
        case .navigator: navigator
        case .editor: editor
        case .canvas: canvas
        case .rubric: rubric
        }
    }

    /// The pane at a screen cell, if any.
    public func pane(atX x: Int, y: Int) -> Pane? {
        Pane.allCases.first { rect(of: $0).contains(x: x, y: y) }
    }
}

/// The number of framework steps, for layout arithmetic.
enum StepCount { static let value = 7 }
