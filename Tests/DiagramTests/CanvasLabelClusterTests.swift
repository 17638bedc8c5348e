import Testing
import WhiteboardCore
@testable import Diagram

/// A terminal sends one scalar per key for many scripts and emoji: a virama, a vowel sign, a
/// zero-width joiner or a skin tone arrives on its own. Typed into a box label, each joins the
/// character before it, and one Backspace then removes the whole cluster.
@Suite struct CanvasLabelClusterTests {
    func label(afterTyping scalars: [String]) -> CanvasEditor {
        var e = CanvasEditor(canvas: Canvas(boxes: [], arrows: [], notes: []))
        e.apply(.setViewSize(width: 40, height: 12))
        e.apply(.createBox)
        for s in scalars { e.apply(.insertText(s)) }
        return e
    }

    @Test(arguments: [
        (["स", "\u{94D}", "त", "\u{947}"], "स्ते"),             // Devanagari: virama and vowel sign alone
        (["👩", "\u{200D}", "💻"], "👩‍💻"),                        // ZWJ sequence, joiner alone
        (["👍", "\u{1F3FD}"], "👍🏽"),                            // skin tone alone
        (["e", "\u{301}"], "e\u{301}"),                          // combining accent alone
    ])
    func scalarsTypedOneByOneJoinIntoOneCluster(_ typed: [String], _ expected: String) throws {
        var e = label(afterTyping: typed)
        let id = try #require(e.selectedBoxID)
        #expect(e.canvas.box(id: id)?.label == expected)
        e.apply(.backspace)
        #expect(e.canvas.box(id: id)?.label == "")
    }

    @Test func controlCharactersStillNeverReachALabel() throws {
        let e = label(afterTyping: ["a", "\u{1B}", "\u{7}", "b"])
        let id = try #require(e.selectedBoxID)
        #expect(e.canvas.box(id: id)?.label == "ab")
    }
}
