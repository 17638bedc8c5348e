/// The architecture sketch of a session: boxes, arrows bound to boxes, and free notes.
/// Stored as objects, never as painted characters; the Diagram target draws it.
public struct Canvas: Equatable, Sendable {
    public var boxes: [Box]
    public var arrows: [Arrow]
    public var notes: [Note]
    /// The line style the canvas is drawn with in the whiteboard (one of `lineStyles`); nil
    /// draws single lines.
    public var style: String?

    /// The line style names a session may hold in `style` (the Diagram target's styles).
    public static let lineStyles = ["single", "rounded", "double", "heavy", "ascii"]

    public init(boxes: [Box] = [], arrows: [Arrow] = [], notes: [Note] = [], style: String? = nil) {
        self.boxes = boxes
        self.arrows = arrows
        self.notes = notes
        self.style = style
    }

    /// The box with this id, if any.
    public func box(id: String) -> Box? { boxes.first { $0.id == id } }

    /// An id not used by any box, arrow or note, of the form `prefix` + number.
    public func freshID(prefix: String) -> String {
        let used = Set(boxes.map(\.id) + arrows.map(\.id) + notes.map(\.id))
        var n = 1
        while used.contains("\(prefix)\(n)") { n += 1 }
        return "\(prefix)\(n)"
    }
}

/// A box on the canvas. `x`, `y` are the top-left cell; `width`, `height` include the border.
public struct Box: Equatable, Sendable, Identifiable {
    public var id: String
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int
    /// The label; may hold several lines separated by "\n".
    public var label: String
    /// What the box stands for: client, service, model, store, queue, feature-store, cache, …
    public var kind: String?

    public init(id: String, x: Int, y: Int, width: Int, height: Int, label: String, kind: String? = nil) {
        self.id = id; self.x = x; self.y = y; self.width = width; self.height = height
        self.label = label; self.kind = kind
    }
}

/// An arrow from one box to another, by box id.
public struct Arrow: Equatable, Sendable, Identifiable {
    public var id: String
    public var from: String
    public var to: String
    public var label: String?
    /// Whether the arrow has a head at both ends (`<-->`); `from`/`to` then only fix the order.
    public var bothWays: Bool
    /// How the line is drawn: solid (`-->`), dotted (`...>`, Mermaid `-.->`) or thick (`==>`).
    public var line: ArrowLine

    public init(id: String, from: String, to: String, label: String? = nil, bothWays: Bool = false, line: ArrowLine = .solid) {
        self.id = id; self.from = from; self.to = to; self.label = label
        self.bothWays = bothWays; self.line = line
    }
}

/// The line of an arrow.
public enum ArrowLine: String, Sendable, CaseIterable {
    /// An ordinary line: `--->`, `───▶`.
    case solid
    /// A dotted or dashed line: `...>`, `┄┄▶`, Mermaid `-.->`.
    case dotted
    /// A thick line: `==>`, `━━▶`.
    case thick
}

/// Free text placed on the canvas.
public struct Note: Equatable, Sendable, Identifiable {
    public var id: String
    public var x: Int
    public var y: Int
    public var text: String

    public init(id: String, x: Int, y: Int, text: String) {
        self.id = id; self.x = x; self.y = y; self.text = text
    }
}
