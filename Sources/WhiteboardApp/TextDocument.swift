import Foundation
import TermUI
import TextMetrics

/// A multi-line text being edited: lines of grapheme clusters, a cursor by grapheme, and
/// undo/redo. Pure value type; the editor pane renders it with soft wrap (`TextLayout`).
public struct TextDocument: Equatable, Sendable {
    /// The lines, without newline characters. Never empty.
    public private(set) var lines: [[Character]]
    /// Cursor line (0-based).
    public private(set) var line: Int = 0
    /// Cursor position in the line, in graphemes (0...line length).
    public private(set) var column: Int = 0
    /// The display column up/down movement tries to keep.
    var preferredColumn: Int? = nil
    var history = UndoHistory()
    /// Counts changes to the text (not cursor moves), so callers can tell an edit happened
    /// without comparing whole texts.
    public private(set) var revision = 0

    public init(_ text: String = "") {
        lines = TextDocument.split(text)
    }

    static func split(_ text: String) -> [[Character]] {
        var out: [[Character]] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for s in text.unicodeScalars {
            if s == "\n" && previousWasCR { previousWasCR = false; continue }
            previousWasCR = s == "\r"
            if s == "\n" || s == "\r" {
                out.append(Array(String(current)))
                current = String.UnicodeScalarView()
            } else if s == "\t" {
                current.append(contentsOf: "    ".unicodeScalars)
            } else {
                current.append(s)
            }
        }
        out.append(Array(String(current)))
        return out
    }

    /// The whole text, lines joined with "\n".
    public var text: String { lines.map { String($0) }.joined(separator: "\n") }

    /// The cursor as (line, column in graphemes).
    public var cursor: (line: Int, column: Int) { (line, column) }

    /// Moves the cursor, clamped to the text.
    public mutating func moveCursor(line l: Int, column c: Int) {
        line = min(max(0, l), lines.count - 1)
        column = min(max(0, c), lines[line].count)
        preferredColumn = nil
        history.breakCoalescing()
    }

    // MARK: Editing

    /// Inserts text at the cursor (may contain newlines; "\r\n" and "\r" count as newlines).
    public mutating func insert(_ text: String) {
        guard !text.isEmpty else { return }
        // One typed character (a space too) continues a run of typing; a newline or a paste is
        // an undo step of its own.
        let kind: UndoHistory.EditKind = (text.count == 1 && text != "\n" && text != "\r" && text != "\r\n") ? .typing : .other
        record(kind)
        let parts = TextDocument.split(text)
        let head = Array(lines[line][..<column])
        let tail = Array(lines[line][column...])
        if parts.count == 1 {
            (lines[line], column) = TextDocument.joined(head + parts[0], tail)
        } else {
            lines[line] = TextDocument.joined(head + parts[0], []).line
            var newLines = Array(parts[1...])
            let (last, c) = TextDocument.joined(newLines[newLines.count - 1], tail)
            newLines[newLines.count - 1] = last
            column = c
            lines.insert(contentsOf: newLines, at: line + 1)
            line += newLines.count
        }
        preferredColumn = nil
    }

    /// `head` followed by `tail` as one line of grapheme clusters, and the cursor position
    /// after `head`. Inserted text can join what is around it into one cluster (a skin-tone
    /// modifier typed after 👍, a combining accent, the second half of a flag, a ZWJ
    /// sequence, a Devanagari vowel sign): the line is re-clustered so one Backspace, Delete or
    /// cursor move handles the whole cluster. A cursor that would fall inside a cluster goes
    /// after it.
    static func joined(_ head: [Character], _ tail: [Character]) -> (line: [Character], column: Int) {
        let headText = String(head)
        let merged = Array(headText + String(tail))
        if merged.count == head.count + tail.count { return (merged, head.count) }
        let offset = headText.unicodeScalars.count
        var scalars = 0, column = 0
        while column < merged.count && scalars < offset {
            scalars += merged[column].unicodeScalars.count
            column += 1
        }
        return (merged, column)
    }

    /// Deletes the grapheme before the cursor, joining lines at a line start.
    public mutating func backspace() {
        if column > 0 {
            record(.deleting)
            lines[line].remove(at: column - 1)
            column -= 1
        } else if line > 0 {
            record(.other)
            let rest = lines.remove(at: line)
            line -= 1
            column = lines[line].count
            lines[line].append(contentsOf: rest)
        }
        preferredColumn = nil
    }

    /// Deletes the grapheme under the cursor, joining with the next line at a line end.
    public mutating func deleteForward() {
        if column < lines[line].count {
            record(.deleting)
            lines[line].remove(at: column)
        } else if line + 1 < lines.count {
            record(.other)
            let next = lines.remove(at: line + 1)
            lines[line].append(contentsOf: next)
        }
        preferredColumn = nil
    }

    /// Replaces the whole text (e.g. after editing in $EDITOR), as one undoable change.
    public mutating func replaceAll(with text: String) {
        guard text != self.text else { return }
        record(.other)
        lines = TextDocument.split(text)
        line = min(line, lines.count - 1)
        column = min(column, lines[line].count)
        preferredColumn = nil
    }

    private mutating func record(_ kind: UndoHistory.EditKind) {
        revision += 1
        if history.willEdit(kind) {
            history.push(UndoHistory.Snapshot(lines: lines, line: line, column: column))
        }
    }

    // MARK: Undo

    /// Stamps the edits that follow with the time, so a pause in typing ends an undo step.
    public mutating func setEditTime(_ now: Date) { history.now = now }

    /// Undoes the last change (a run of typing is one step, see `UndoHistory`). Returns false when
    /// there is nothing to undo.
    @discardableResult
    public mutating func undo() -> Bool {
        let current = UndoHistory.Snapshot(lines: lines, line: line, column: column)
        guard let s = history.undo(current: current) else { return false }
        restore(s)
        return true
    }

    /// Redoes the last undone change. Returns false when there is nothing to redo.
    @discardableResult
    public mutating func redo() -> Bool {
        let current = UndoHistory.Snapshot(lines: lines, line: line, column: column)
        guard let s = history.redo(current: current) else { return false }
        restore(s)
        return true
    }

    private mutating func restore(_ s: UndoHistory.Snapshot) {
        revision += 1
        lines = s.lines; line = s.line; column = s.column; preferredColumn = nil
    }

    // MARK: Movement within logical lines

    public mutating func moveLeft() {
        if column > 0 { column -= 1 } else if line > 0 { line -= 1; column = lines[line].count }
        preferredColumn = nil; history.breakCoalescing()
    }

    public mutating func moveRight() {
        if column < lines[line].count { column += 1 } else if line + 1 < lines.count { line += 1; column = 0 }
        preferredColumn = nil; history.breakCoalescing()
    }

    public mutating func moveToDocumentStart() { moveCursor(line: 0, column: 0) }
    public mutating func moveToDocumentEnd() { moveCursor(line: lines.count - 1, column: lines[lines.count - 1].count) }

    /// Moves to the start of the previous word (across lines).
    public mutating func moveWordLeft() {
        var l = line, c = column
        func isWord(_ ch: Character) -> Bool { ch.isLetter || ch.isNumber || ch == "_" }
        if c == 0 { if l > 0 { l -= 1; c = lines[l].count } ; moveCursor(line: l, column: c); return }
        while c > 0 && !isWord(lines[l][c - 1]) { c -= 1 }
        while c > 0 && isWord(lines[l][c - 1]) { c -= 1 }
        moveCursor(line: l, column: c)
    }

    /// Moves past the end of the next word (across lines).
    public mutating func moveWordRight() {
        var l = line, c = column
        func isWord(_ ch: Character) -> Bool { ch.isLetter || ch.isNumber || ch == "_" }
        if c == lines[l].count { if l + 1 < lines.count { l += 1; c = 0 } ; moveCursor(line: l, column: c); return }
        while c < lines[l].count && !isWord(lines[l][c]) { c += 1 }
        while c < lines[l].count && isWord(lines[l][c]) { c += 1 }
        moveCursor(line: l, column: c)
    }

    // MARK: Movement by wrapped rows

    /// Moves to the start of the cursor's wrapped row (Home).
    public mutating func moveToRowStart(width: Int) {
        let seg = TextLayout.segment(containing: column, in: lines[line], width: width)
        moveCursor(line: line, column: seg.start)
    }

    /// Moves to the end of the cursor's wrapped row (End).
    public mutating func moveToRowEnd(width: Int) {
        let segs = TextWrap.segments(lines[line], width: width)
        let i = TextLayout.segmentIndex(containing: column, in: segs)
        let seg = segs[i]
        // Inside a wrapped line, the end of a row is before its trailing space.
        var end = seg.end
        if i < segs.count - 1 && end > seg.start && lines[line][end - 1] == " " { end -= 1 }
        moveCursor(line: line, column: end)
    }

    /// Moves `rows` wrapped rows down (negative: up), keeping the display column.
    public mutating func moveRows(_ rows: Int, width: Int) {
        let layout = TextLayout(document: self, width: width)
        let here = layout.cursorRow
        let want = preferredColumn ?? here.column
        let target = min(max(0, here.row + rows), layout.rows.count - 1)
        let row = layout.rows[target]
        let chars = lines[row.line]
        var col = 0, c = row.start
        while c < row.end {
            let w = DisplayWidth.of(chars[c])
            if col + w > want { break }
            col += w; c += 1
        }
        // Do not land after the break space of a wrapped row: that is the next row's start.
        if c == row.end && row.end < chars.count && c > row.start { c -= 1 }
        line = row.line; column = c
        preferredColumn = want
        history.breakCoalescing()
    }
}
