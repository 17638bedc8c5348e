import TermUI

/// The app's styles. Each carries its meaning in attributes (bold, reverse, dim, underline)
/// so the app reads the same in monochrome; colour is a bonus.
enum Theme {
    static let title = Style(foreground: .cyan, bold: true)
    static let selection = Style(reverse: true)
    static let selectionUnfocused = Style(bold: true, underline: true)
    static let secondary = Style(dim: true)
    static let statusBar = Style(foreground: .black, background: .cyan, reverse: false).monochromeSafe
    static let covered = Style(foreground: .green, bold: true)
    static let half = Style(foreground: .yellow)
    static let missing = Style(foreground: .red)
    static let warning = Style(foreground: .red, bold: true)
    static let heading = Style(bold: true)
    /// The clock past the step's budget: white on red, bold (bold alone without colour).
    static let clockOver = Style(foreground: .white, background: .red, bold: true)
    static let canvasSelection = Style(foreground: .yellow, bold: true, reverse: true)
    static let canvasSelectionUnfocused = Style(foreground: .yellow, bold: true)
}

extension Style {
    /// A coloured background style that stays visible without colour: reverse video with the
    /// colours swapped, so a monochrome terminal shows plain reverse video.
    var monochromeSafe: Style {
        Style(foreground: background, background: foreground, bold: bold, reverse: true, underline: underline, dim: dim)
    }
}
