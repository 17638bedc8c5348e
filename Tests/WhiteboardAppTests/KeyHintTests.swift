import Testing
import WhiteboardApp

/// The status bar's key hints come from the keymaps: the keys shown are the ones bound.
@Suite struct KeyHintTests {
    @Test func theWhiteboardHintsShowTheBoundKeys() {
        #expect(KeyHint.text(KeyHint.whiteboard[0], in: Keymaps.whiteboard) == "F1 help  F5 problem  C-s save  C-n/C-p step  C-q quit")
        #expect(KeyHint.text(KeyHint.whiteboard[1], in: Keymaps.whiteboard) == "F1 help  F5 problem  C-q quit")
    }

    @Test func aRebindingChangesTheHintAndAnUnboundCommandIsLeftOut() {
        var map = Keymaps.whiteboard
        map.bindings = map.bindings.map { b in
            var b = b
            if b.action == .save { b = KeyBinding(["C-w"], .save, b.help) }
            return b
        }.filter { $0.action != .showProblem }
        #expect(KeyHint.text(KeyHint.whiteboard[0], in: map) == "F1 help  C-w save  C-n/C-p step  C-q quit")
    }
}
