import TextMetrics

/// Puts text taken from a file into a one-line error or repair message safely: control
/// characters (newlines, ESC…) become visible, and long values are clipped, so a crafted
/// file can neither split a message over several lines, drive the terminal, nor flood it.
package enum MessageText {
    /// Longest part of a file value quoted in a message, in characters.
    package static let limit = 60

    /// `text` made inert and clipped to `limit` characters (with "…" when clipped).
    package static func inert(_ text: String, limit: Int = MessageText.limit) -> String {
        let clipped = text.count > limit ? String(text.prefix(limit)) + "…" : text
        return InertText.escape(clipped)
    }

    /// `text` in double quotes, inert and clipped.
    package static func quoted(_ text: String, limit: Int = MessageText.limit) -> String {
        "\"" + inert(text, limit: limit) + "\""
    }
}
