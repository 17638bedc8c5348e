import Synchronization
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
        let wrapped = LineWrapMemo.segments(of: d.lines, width: w)
        for (i, chars) in d.lines.enumerated() {
            let segs = wrapped[i]
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

/// The wrapped segments of the lines last laid out, so laying out the answer again after a key
/// re-wraps only the lines that changed: an unchanged line is the same array (its storage is
/// shared with the document), which `==` recognises without comparing characters. Memoises a
/// pure function; the lock makes it safe from any thread.
enum LineWrapMemo {
    private struct Entry: Sendable {
        var width = 0
        var lines: [[Character]] = []
        var segments: [[TextWrap.Segment]] = []
    }
    private static let last = Mutex(Entry())

    static func segments(of lines: [[Character]], width: Int) -> [[TextWrap.Segment]] {
        let previous = last.withLock { $0 }
        var out: [[TextWrap.Segment]] = []
        out.reserveCapacity(lines.count)
        // Lines are matched from the start and from the end, so an inserted or deleted line
        // keeps the ones after it.
        let same = previous.width == width
        let n = lines.count, m = previous.lines.count
        var head = 0
        while same && head < n && head < m && lines[head] == previous.lines[head] { head += 1 }
        var tail = 0
        while same && tail < n - head && tail < m - head && lines[n - 1 - tail] == previous.lines[m - 1 - tail] { tail += 1 }
        out.append(contentsOf: previous.segments.prefix(head))
        for i in head..<(n - tail) { out.append(TextWrap.segments(lines[i], width: width)) }
        out.append(contentsOf: previous.segments.suffix(tail))
        last.withLock { $0 = Entry(width: width, lines: lines, segments: out) }
        return out
    }
}
