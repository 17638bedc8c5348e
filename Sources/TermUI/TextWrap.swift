import TextMetrics

/// Word wrapping for display: splits text into rows of at most `width` columns, breaking
/// after spaces where possible and inside words only when a word is longer than a row.
public enum TextWrap {
    /// One wrapped row: the characters `start..<end` of the source line.
    public struct Segment: Equatable, Sendable {
        public var start: Int
        public var end: Int
        public init(start: Int, end: Int) { self.start = start; self.end = end }
    }

    /// The rows of one line (no newlines inside) as character ranges. Always at least one.
    public static func segments(_ line: [Character], width: Int) -> [Segment] {
        guard width > 0, !line.isEmpty else { return [Segment(start: 0, end: line.count)] }
        var out: [Segment] = []
        var start = 0
        var col = 0
        var lastBreak: Int? = nil
        var i = 0
        while i < line.count {
            let w = DisplayWidth.of(line[i])
            if col + w > width && i > start {
                let cut = (lastBreak.map { $0 > start } ?? false) ? lastBreak! : i
                out.append(Segment(start: start, end: cut))
                start = cut
                col = 0
                lastBreak = nil
                i = start
                continue
            }
            col += w
            if line[i] == " " { lastBreak = i + 1 }
            i += 1
        }
        out.append(Segment(start: start, end: line.count))
        return out
    }

    /// `text` wrapped to `width` columns; newlines start new rows.
    public static func lines(_ text: String, width: Int) -> [String] {
        var out: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let chars = Array(line)
            for seg in segments(chars, width: width) { out.append(String(chars[seg.start..<seg.end])) }
        }
        return out
    }
}
