/// A terminal colour. `.default` is the terminal's own foreground or background.
public enum Color: Int, Equatable, Hashable, Sendable, CaseIterable {
    case `default` = -1
    case black = 0, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell looks: colours plus attributes. Every style stays readable in monochrome:
/// the attributes (bold, reverse, underline, dim) carry the meaning and colour only adds to it,
/// so a backend without colour (or with `NO_COLOR` set) drops `foreground`/`background` alone.
public struct Style: Equatable, Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    public init(foreground: Color = .default, background: Color = .default,
                bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false) {
        self.foreground = foreground; self.background = background
        self.bold = bold; self.reverse = reverse; self.underline = underline; self.dim = dim
    }

    /// The terminal's default look.
    public static let plain = Style()
    /// Bold text.
    public static let bold = Style(bold: true)
    /// Reverse video, used for selections and the status bar.
    public static let reverse = Style(reverse: true)
    /// Dimmed text for secondary information.
    public static let dim = Style(dim: true)

    /// This style with another foreground colour.
    public func fg(_ c: Color) -> Style { var s = self; s.foreground = c; return s }
    /// This style in bold.
    public func bolded() -> Style { var s = self; s.bold = true; return s }
    /// This style in reverse video.
    public func reversed() -> Style { var s = self; s.reverse = true; return s }

    /// The same style without colours (what a monochrome terminal shows).
    public var monochrome: Style { var s = self; s.foreground = .default; s.background = .default; return s }
}
