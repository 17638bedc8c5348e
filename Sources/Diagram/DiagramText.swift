import WhiteboardCore

/// A whole canvas as plain text, and plain-text diagrams back into a canvas.
public enum DiagramText {
    /// The whole diagram drawn in `style`, trimmed to what is drawn: no blank rows at the top or
    /// bottom, no empty left margin, no trailing spaces. Empty canvas: "".
    public static func render(_ canvas: Canvas, style: DiagramStyle) -> String {
        let layout = DiagramLayout(canvas: canvas)
        return DiagramRenderer.render(canvas, style: style, viewport: layout.bounds, layout: layout).trimmedText
    }

    /// Reads a text diagram (ASCII `+-|` or Unicode box drawing) into a canvas; see
    /// `DiagramParser` for the rules.
    public static func parse(_ text: String) -> Canvas {
        DiagramParser(grid: CharGrid(text: text)).canvas()
    }
}
