import TextMetrics

/// One terminal cell: a grapheme cluster and its style. A wide grapheme (CJK, most emoji)
/// occupies two columns: its own cell and a `continuation` cell right of it.
public struct Cell: Equatable, Hashable, Sendable {
    /// The grapheme shown; " " for blank, "" for the right half of a wide grapheme.
    public var grapheme: String
    public var style: Style

    public init(_ grapheme: String = " ", style: Style = .plain) {
        self.grapheme = grapheme
        self.style = style
    }

    /// A blank cell.
    public static let blank = Cell()

    /// The right half of a wide grapheme.
    public static func continuation(style: Style) -> Cell { Cell("", style: style) }

    /// True for the right half of a wide grapheme.
    public var isContinuation: Bool { grapheme.isEmpty }

    /// Columns the grapheme takes (1 or 2; 0 for a continuation).
    public var width: Int { isContinuation ? 0 : max(1, DisplayWidth.of(Character(grapheme))) }
}
