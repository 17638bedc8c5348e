import TextMetrics

/// Shortening text to a number of terminal columns, marking the cut with `…`.
enum TextFitting {
    /// `text` unchanged when it fits in `width` columns, else its longest prefix that fits
    /// together with a trailing `…`. Never splits a wide character.
    static func fit(_ text: String, width: Int) -> String {
        if DisplayWidth.of(text) <= width { return text }
        return truncated(text, width: width)
    }

    /// The longest prefix of `text` that fits in `width - 1` columns, followed by `…`
    /// (always marked, even when `text` itself would fit). Empty when `width` < 1.
    static func truncated(_ text: String, width: Int) -> String {
        guard width >= 1 else { return "" }
        var out = ""
        var used = 0
        for ch in text {
            let w = DisplayWidth.of(ch)
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }

    /// Label or note text ready to draw: control characters made visible, each line trimmed
    /// of surrounding spaces, blank lines at the start and end dropped.
    static func labelLines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            InertText.escape(String($0), keepTabs: false).trimmingSpaces()
        }
        while let f = lines.first, f.isEmpty { lines.removeFirst() }
        while let l = lines.last, l.isEmpty { lines.removeLast() }
        return lines
    }
}

extension String {
    /// The string without leading and trailing spaces.
    func trimmingSpaces() -> String {
        guard first == " " || last == " " else { return self }
        var start = startIndex, end = endIndex
        while start < end, self[start] == " " { start = index(after: start) }
        while end > start, self[index(before: end)] == " " { end = index(before: end) }
        return String(self[start..<end])
    }
}
