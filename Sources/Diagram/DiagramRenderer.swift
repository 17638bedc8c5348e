import TextMetrics
import WhiteboardCore

/// Draws a canvas into a `CharGrid` showing one region of it.
///
/// Paint order (later wins): notes as plain text; boxes in array order (each blanks its own
/// rectangle, then draws its border and its centred label); arrow lines; arrow labels; heads.
/// Border and line cells are recorded as arms and drawn last-but-text in the chosen style,
/// so crossings and meetings merge into one junction glyph (`┼ ├ ┬ …`, `+` in ASCII). Text
/// (labels, notes) is drawn over lines, heads over everything. The box kind is not drawn.
public enum DiagramRenderer {
    /// The region `viewport` (canvas coordinates) of `canvas`, drawn in `style`.
    /// Pass a precomputed `layout` to avoid routing twice.
    public static func render(_ canvas: Canvas, style: DiagramStyle, viewport: GridRect,
                              layout: DiagramLayout? = nil) -> CharGrid {
        let layout = layout ?? DiagramLayout(canvas: canvas)
        var painter = Painter(viewport: viewport)
        for note in canvas.notes {
            for (i, line) in NoteText.lines(note.text).enumerated() {
                painter.text(line, x: note.x, y: note.y + i)
            }
        }
        for box in canvas.boxes { painter.box(box) }
        var arrows: [String: Arrow] = [:]
        for a in canvas.arrows { arrows[a.id] = a }
        for route in layout.routes {
            painter.addArms(route.leaves.arm, at: route.sourceBorder)
            let line = arrows[route.arrowID]?.line ?? .solid
            route.forEachCell { prev, p, next in
                guard let next else { return }   // the head cell is drawn as a head
                var arms = ArrowRouter.arm(from: p, to: next)
                arms.insert(prev.map { ArrowRouter.arm(from: p, to: $0) } ?? route.leaves.opposite.arm)
                painter.addArms(arms, at: p)
                if line != .solid { painter.setLine(line, at: p) }
            }
        }
        for route in layout.routes {
            if let label = route.label, let o = route.labelOrigin { painter.text(label, x: o.x, y: o.y, coversLines: true) }
        }
        for route in layout.routes {
            painter.text(String(style.head(pointing: route.head)), x: route.headCell.x, y: route.headCell.y)
            // Both ways: a second head on the first cell outside the source, when the line has
            // a cell of its own for it.
            if arrows[route.arrowID]?.bothWays == true, route.vertices[0] != route.headCell {
                painter.text(String(style.head(pointing: route.leaves.opposite)), x: route.vertices[0].x, y: route.vertices[0].y)
            }
        }
        return painter.compose(style)
    }
}

/// Layers behind `DiagramRenderer`: a text grid and a grid of line arms, both clipped to the
/// viewport.
struct Painter {
    let vx: Int, vy: Int
    var textLayer: CharGrid
    var arms: [UInt8]
    /// Cells shown blank whatever lines run there: wide characters cut by the viewport's edge,
    /// spaces inside arrow labels.
    var hidden: [Int] = []
    /// Cells of dotted or thick arrows: drawn with the style's dotted or thick glyph where the
    /// line runs straight through.
    var lineKinds: [Int: ArrowLine] = [:]

    init(viewport: GridRect) {
        vx = viewport.x; vy = viewport.y
        textLayer = CharGrid(width: viewport.width, height: viewport.height)
        arms = Array(repeating: 0, count: textLayer.width * textLayer.height)
    }

    /// Draws `s` from cell `x`, `y`. With `coversLines`, the spaces of the text stay blank
    /// instead of showing the line under them (`─feature store─`, not `─feature─store─`).
    mutating func text(_ s: String, x: Int, y: Int, coversLines: Bool = false) {
        guard y - vy >= 0, y - vy < textLayer.height else { return }
        var col = x - vx
        for ch in s {
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }
            if coversLines, ch == " ", col >= 0, col < textLayer.width { hidden.append((y - vy) * textLayer.width + col) }
            if col + w > 0 && col < textLayer.width {
                // A wide character half outside the viewport is not drawn at all.
                if col < 0 || col + w > textLayer.width {
                    let edge = col < 0 ? 0 : col
                    textLayer.clear(x: edge, y: y - vy)
                    hidden.append((y - vy) * textLayer.width + edge)
                } else {
                    textLayer.put(ch, x: col, y: y - vy)
                }
            }
            col += w
        }
    }

    mutating func addArms(_ a: LineArms, at p: GridPoint) {
        let x = p.x - vx, y = p.y - vy
        guard textLayer.contains(x: x, y: y) else { return }
        arms[y * textLayer.width + x] |= a.rawValue
    }

    mutating func setLine(_ line: ArrowLine, at p: GridPoint) {
        let x = p.x - vx, y = p.y - vy
        guard textLayer.contains(x: x, y: y) else { return }
        lineKinds[y * textLayer.width + x] = line
    }

    mutating func box(_ b: Box) {
        let w = textLayer.width
        let x0 = max(b.x - vx, 0), x1 = min(b.x + b.width - vx, w)
        let y0 = max(b.y - vy, 0), y1 = min(b.y + b.height - vy, textLayer.height)
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 {
            // Blanking the edges also blanks wide characters straddling them.
            for x in x0..<x1 { textLayer.clear(x: x, y: y); arms[y * w + x] = 0 }
        }
        let right = b.x + b.width - 1, bottom = b.y + b.height - 1
        for cy in max(b.y, vy)..<min(b.y + b.height, vy + textLayer.height) {
            for cx in max(b.x, vx)..<min(b.x + b.width, vx + w) {
                let onTB = cy == b.y || cy == bottom, onLR = cx == b.x || cx == right
                guard onTB || onLR else { continue }
                var a = LineArms()
                if onTB { if cx > b.x { a.insert(.left) }; if cx < right { a.insert(.right) } }
                if onLR { if cy > b.y { a.insert(.up) }; if cy < bottom { a.insert(.down) } }
                arms[(cy - vy) * w + cx - vx] |= a.rawValue
            }
        }
        let layout = BoxLabelLayout(box: b)
        for line in layout.lines { text(line.text, x: line.x, y: line.y) }
    }

    mutating func compose(_ style: DiagramStyle) -> CharGrid {
        var out = CharGrid(width: 0, height: 0)
        swap(&out, &textLayer)
        var glyphs: [Character] = []
        for m in 0..<16 { glyphs.append(style.glyph(for: LineArms(rawValue: UInt8(m)))) }
        for i in hidden { arms[i] = 0 }
        for i in 0..<arms.count where arms[i] != 0 && out.isBlank(index: i) {
            let a = LineArms(rawValue: arms[i] & 15)
            if let kind = lineKinds[i], a == .horizontal || a == .vertical, let g = style.lineGlyph(kind, horizontal: a == .horizontal) {
                out.setNarrow(g, index: i)
            } else {
                out.setNarrow(glyphs[Int(a.rawValue)], index: i)
            }
        }
        return out
    }
}
