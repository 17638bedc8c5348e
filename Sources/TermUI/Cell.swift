import TextMetrics

/// One terminal cell: a grapheme cluster and its style. A wide grapheme (CJK, most emoji, an
/// Indic syllable with several visible parts) occupies as many columns as it measures: its own
/// cell and `continuation` cells right of it.
public struct Cell: Equatable, Hashable, Sendable {
    /// The grapheme shown; " " for blank, "" for a column covered by a wide grapheme.
    public var grapheme: String
    public var style: Style

    public init(_ grapheme: String = " ", style: Style = .plain) {
        self.grapheme = grapheme
        self.style = style
    }

    /// A blank cell.
    public static let blank = Cell()

    /// A column covered by the wide grapheme that starts further left.
    public static func continuation(style: Style) -> Cell { Cell("", style: style) }

    /// True for a column covered by a wide grapheme.
    public var isContinuation: Bool { grapheme.isEmpty }

    /// Columns the grapheme takes (at least 1; 2 or more for a wide one; 0 for a continuation).
    public var width: Int {
        if grapheme.utf8.count == 1 { return 1 }
        return isContinuation ? 0 : max(1, DisplayWidth.of(Character(grapheme)))
    }
}
