import Foundation
import Testing
import TermUI
import TextMetrics
import WhiteboardApp

/// Issue 13: editing works on whole grapheme clusters even when a terminal sends one scalar
/// per key event (👍 then 🏽), and the cursor column matches what is drawn.
@Suite struct GraphemeEditingTests {
    /// Types `text` one Unicode scalar at a time, as a terminal without grapheme-aware input does.
    static func typeScalars(_ text: String, into d: inout TextDocument) {
        for s in text.unicodeScalars { d.insert(String(s)) }
    }

    @Test func backspaceAfterAThumbWithSkinToneRemovesTheWholeCluster() {
        var d = TextDocument()
        d.insert("ok ")
        Self.typeScalars("👍🏽", into: &d)
        #expect(d.lines[0].count == 4)
        #expect(d.cursor.column == 4)
        d.backspace()
        #expect(d.text == "ok ")
    }

    @Test func deleteAndCursorMovesTakeWholeClusters() {
        for cluster in ["👍🏽", "🇫🇷", "👩‍💻", "e\u{301}", "स्ते"] {
            var d = TextDocument()
            d.insert("a")
            Self.typeScalars(cluster, into: &d)
            d.insert("b")
            #expect(d.lines[0].count == 3, "\(cluster.debugDescription) split into \(d.lines[0].map { String($0).debugDescription })")
            d.moveLeft(); d.moveLeft()
            #expect(d.cursor.column == 1)
            d.deleteForward()
            #expect(d.text == "ab", "Delete before \(cluster.debugDescription)")
        }
    }

    @Test func aModifierTypedBeforeTheTailJoinsItsBaseAndTheCursorStaysAfterIt() {
        var d = TextDocument("👍x")
        d.moveCursor(line: 0, column: 1)
        d.insert("🏽")
        #expect(d.lines[0] == ["👍🏽", "x"])
        #expect(d.cursor.column == 1)
        // A combining mark typed at the start of a line has no base: it stays its own cluster.
        var e = TextDocument("x")
        e.moveCursor(line: 0, column: 0)
        e.insert("\u{301}")
        #expect(e.cursor.column == 1)
        #expect(e.text == "\u{301}x")
    }

    @Test func wordMovesStepOverClusters() {
        var d = TextDocument()
        Self.typeScalars("नमस्ते दुनिया", into: &d)
        d.moveWordLeft()
        #expect(String(d.lines[0][d.cursor.column...]) == "दुनिया")
        d.moveWordLeft()
        #expect(d.cursor.column == 0)
        d.moveWordRight()
        #expect(String(d.lines[0][..<d.cursor.column]) == "नमस्ते")
    }

    @Test func undoOfAClusterTypedScalarByScalarRestoresTheTextBeforeIt() {
        var d = TextDocument()
        d.insert("hi ")
        Self.typeScalars("👩‍💻", into: &d)
        #expect(d.lines[0].count == 4)
        d.undo()
        #expect(d.text.hasPrefix("hi"))
        #expect(!d.text.contains("👩"))
    }

    /// The cursor is drawn right after each cluster: flags and ZWJ sequences are two columns,
    /// the Devanagari word four (as python's wcwidth measures it), a skin-toned emoji two.
    @Test func cursorColumnAfterWideClustersInTheEditorPane() throws {
        let cases: [(String, Int)] = [("🇫🇷", 2), ("👩‍💻", 2), ("नमस्ते", 4), ("👍🏽", 2), ("a🇫🇷b👩‍💻c", 7), ("स्त्री", 2)]
        for (text, width) in cases {
            var s = Fixtures.board(width: 80, height: 24)
            _ = App.reduce(&s, .toggleGuide)
            for scalar in text.unicodeScalars { _ = App.handle(.key(KeyPress(.char(Character(scalar)))), state: &s) }
            #expect(DisplayWidth.of(text) == width)
            let rect = Rect(x: 0, y: 0, width: 40, height: 6)
            var buffer = Buffer(width: 40, height: 6)
            EditorPane.render(s.board!, in: rect, into: &buffer)
            let cursor = try #require(buffer.cursor)
            #expect(cursor.x == 1 + width, "\(text): cursor at \(cursor.x)")
            let row = buffer.lines[cursor.y]
            #expect(row.hasPrefix("┃" + text), "\(text): drawn as \(row)")
            // Backspace removes the last cluster whole: the cursor goes back by its width.
            let last = text.last!
            _ = App.reduce(&s, .backspace)
            var after = Buffer(width: 40, height: 6)
            EditorPane.render(s.board!, in: rect, into: &after)
            #expect(after.cursor?.x == 1 + width - DisplayWidth.of(last), "\(text) after Backspace")
            #expect(s.board?.session.text(of: .clarify) == String(text.dropLast()))
        }
    }

    /// क्ष followed by Thai SARA AM: one cluster at run time that measures three columns.
    static let threeColumns = "\u{915}\u{94D}\u{937}\u{E33}"

    @Test func aThreeColumnClusterTypedScalarByScalarIsOneCharacterAndTheCursorGoesPastAllThree() throws {
        #expect(DisplayWidth.of(Self.threeColumns) == 3)
        var s = Fixtures.board(width: 80, height: 24)
        _ = App.reduce(&s, .toggleGuide)
        for scalar in ("a" + Self.threeColumns + "b").unicodeScalars {
            _ = App.handle(.key(KeyPress(.char(Character(scalar)))), state: &s)
        }
        #expect(s.board?.document.lines[0].count == 3)
        var buffer = Buffer(width: 40, height: 6)
        EditorPane.render(s.board!, in: Rect(x: 0, y: 0, width: 40, height: 6), into: &buffer)
        #expect(buffer.cursor?.x == 1 + 5)
        _ = App.reduce(&s, .cursorLeft)
        var after = Buffer(width: 40, height: 6)
        EditorPane.render(s.board!, in: Rect(x: 0, y: 0, width: 40, height: 6), into: &after)
        #expect(after.cursor?.x == 1 + 4)
        _ = App.reduce(&s, .backspace)
        #expect(s.board?.session.text(of: .clarify) == "ab")
        // Soft wrap: the three columns do not fit after "abc" in a row of five.
        var d = TextDocument()
        Self.typeScalars("abc" + Self.threeColumns, into: &d)
        let layout = TextLayout(document: d, width: 5)
        #expect(layout.rows.map { $0.end - $0.start } == [3, 1])
        #expect(layout.cursorRow == (row: 1, column: 3))
    }

    @Test func softWrapPutsAWideClusterThatDoesNotFitOnTheNextRow() {
        var d = TextDocument()
        Self.typeScalars("abcd🇫🇷", into: &d)
        let layout = TextLayout(document: d, width: 5)
        #expect(layout.rows.map { String(d.lines[$0.line][$0.start..<$0.end]) } == ["abcd", "🇫🇷"])
        #expect(layout.cursorRow == (row: 1, column: 2))
    }
}
