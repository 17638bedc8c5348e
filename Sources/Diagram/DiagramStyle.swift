import WhiteboardCore

/// The character set a diagram is drawn with, chosen at render time; the canvas itself stores
/// no glyphs. Every style draws one-column glyphs only.
public enum DiagramStyle: String, CaseIterable, Sendable {
    /// `+ - |` with heads `> < v ^`: safe in any terminal, e-mail or code comment.
    case ascii
    /// Light box drawing: `┌ ─ ┐ │ ├ ┼`, heads `▶ ◀ ▼ ▲`.
    case single
    /// Light lines with rounded corners and elbows: `╭ ╮ ╰ ╯`.
    case rounded
    /// Double lines: `╔ ═ ╗ ║ ╬`.
    case double
    /// Heavy lines: `┏ ━ ┓ ┃ ╋`.
    case heavy

    /// The glyph for a line cell with these arms (a cell with no arms is a space).
    public func glyph(for arms: LineArms) -> Character {
        let table: [Character]
        switch self {
        case .ascii: table = DiagramStyle.asciiGlyphs
        case .single: table = DiagramStyle.singleGlyphs
        case .rounded: table = DiagramStyle.roundedGlyphs
        case .double: table = DiagramStyle.doubleGlyphs
        case .heavy: table = DiagramStyle.heavyGlyphs
        }
        return table[Int(arms.rawValue & 15)]
    }

    /// The arrow head pointing in `direction`.
    public func head(pointing direction: Direction) -> Character {
        switch (self, direction) {
        case (.ascii, .right): ">"
        case (.ascii, .left): "<"
        case (.ascii, .down): "v"
        case (.ascii, .up): "^"
        case (_, .right): "▶"
        case (_, .left): "◀"
        case (_, .down): "▼"
        case (_, .up): "▲"
        }
    }

    /// The glyph for a straight run of a dotted or thick arrow, or nil when the style draws it
    /// like a solid line (thick in the heavy and double styles, thick vertical in ASCII).
    public func lineGlyph(_ line: ArrowLine, horizontal: Bool) -> Character? {
        switch (line, self) {
        case (.solid, _): nil
        case (.dotted, .ascii): horizontal ? "." : ":"
        case (.dotted, .heavy): horizontal ? "┅" : "┇"
        case (.dotted, _): horizontal ? "┄" : "┆"
        case (.thick, .ascii): horizontal ? "=" : nil
        case (.thick, .single), (.thick, .rounded): horizontal ? "━" : "┃"
        case (.thick, _): nil
        }
    }

    // Indexed by LineArms.rawValue: up=1, down=2, left=4, right=8.
    static let asciiGlyphs: [Character] = [" ", "|", "|", "|", "-", "+", "+", "+", "-", "+", "+", "+", "-", "+", "+", "+"]
    static let singleGlyphs: [Character] = [" ", "│", "│", "│", "─", "┘", "┐", "┤", "─", "└", "┌", "├", "─", "┴", "┬", "┼"]
    static let roundedGlyphs: [Character] = [" ", "│", "│", "│", "─", "╯", "╮", "┤", "─", "╰", "╭", "├", "─", "┴", "┬", "┼"]
    static let doubleGlyphs: [Character] = [" ", "║", "║", "║", "═", "╝", "╗", "╣", "═", "╚", "╔", "╠", "═", "╩", "╦", "╬"]
    static let heavyGlyphs: [Character] = [" ", "┃", "┃", "┃", "━", "┛", "┓", "┫", "━", "┗", "┏", "┣", "━", "┻", "┳", "╋"]
}
