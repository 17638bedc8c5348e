import TermUI
import TextMetrics

/// A `TextDocument` soft-wrapped to a width: its visual rows and where the cursor falls.
public struct TextLayout: Equatable, Sendable {
    /// One visual row: characters `start..<end` of logical line `line`.
    public struct Row: Equatable, Sendable {
        public var line: Int
        public var start: Int
        public var end: Int
    }

    public var rows: [Row]
    /// The cursor's visual row index and display column.
    public var cursorRow: (row: Int, column: Int)

    public static func == (a: TextLayout, b: TextLayout) -> Bool {
        a.rows == b.rows && a.cursorRow == b.cursorRow
    }

    public init(document d: TextDocument, width: Int) {
        var rows: [Row] = []
        var cursor = (row: 0, column: 0)
        let w = max(1, width)
        for (i, chars) in d.lines.enumerated() {
            let segs = TextWrap.segments(chars, width: w)
            if i == d.cursor.line {
                let k = TextLayout.segmentIndex(containing: d.cursor.column, in: segs)
                let seg = segs[k]
                let col = DisplayWidth.of(String(chars[seg.start..<d.cursor.column]))
                cursor = (rows.count + k, col)
            }
            for s in segs { rows.append(Row(line: i, start: s.start, end: s.end)) }
        }
        // A cursor after a full last row sits at the start of an extra row.
        if cursor.column >= w {
            cursor = (cursor.row + 1, 0)
            if cursor.row >= rows.count { rows.append(Row(line: d.lines.count - 1, start: d.lines[d.lines.count - 1].count, end: d.lines[d.lines.count - 1].count)) }
        }
        self.rows = rows
        self.cursorRow = cursor
    }

    /// The index of the wrapped segment that shows grapheme position `column`: a position at a
    /// segment boundary belongs to the later segment, except at the end of the line.
    static func segmentIndex(containing column: Int, in segs: [TextWrap.Segment]) -> Int {
        for (k, s) in segs.enumerated() where column >= s.start && (column < s.end || k == segs.count - 1) {
            return k
        }
        return segs.count - 1
    }

    static func segment(containing column: Int, in chars: [Character], width: Int) -> TextWrap.Segment {
        let segs = TextWrap.segments(chars, width: width)
        return segs[segmentIndex(containing: column, in: segs)]
    }
}
