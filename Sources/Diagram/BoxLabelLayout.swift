import TextMetrics
import WhiteboardCore

/// Where a box's label goes: each line trimmed and centred in the interior, the block of lines
/// centred vertically (rounding up and left). A line wider than the interior is cut with `…`;
/// when there are more lines than interior rows, the last row shown ends with `…`.
struct BoxLabelLayout {
    struct Line { var text: String; var x: Int; var y: Int }
    var lines: [Line] = []

    init(box b: Box) {
        let innerW = b.width - 2, innerH = b.height - 2
        guard innerW > 0, innerH > 0 else { return }
        var texts = TextFitting.labelLines(b.label)
        if texts.count > innerH {
            texts = Array(texts.prefix(innerH))
            let last = texts[innerH - 1]
            texts[innerH - 1] = DisplayWidth.of(last) + 1 <= innerW
                ? last + "…" : TextFitting.truncated(last, width: innerW)
        }
        let top = b.y + 1 + (innerH - texts.count) / 2
        for (i, t) in texts.enumerated() {
            let shown = TextFitting.fit(t, width: innerW)
            let w = DisplayWidth.of(shown)
            lines.append(Line(text: shown, x: b.x + 1 + (innerW - w) / 2, y: top + i))
        }
    }
}
