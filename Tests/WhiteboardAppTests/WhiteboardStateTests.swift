import Foundation
import Rubric
import Testing
import TermUI
import WhiteboardApp
import WhiteboardCore

/// The board's state has one source of truth (the documents and the canvas editor), one
/// step-change path and one edit path, and an incremental score equal to a full one.
@Suite struct WhiteboardStateTests {
    @Test func everyWayOfChangingStepWithUnsavedTextAutosaves() throws {
        // Keys, the wheel over the step list, a click on a step, and the navigator's arrows.
        var keys = Fixtures.board()
        try Fixtures.run("a C-n", on: &keys)
        var wheel = Fixtures.board()
        try Fixtures.run("a", on: &wheel)
        let wheeled = App.handle(.mouse(MouseEvent(.wheelUp, x: 3, y: 2)), state: &wheel)
        var click = Fixtures.board()
        try Fixtures.run("a", on: &click)
        let clicked = App.handle(.mouse(MouseEvent(.press, x: 3, y: 5)), state: &click)
        #expect(wheel.board?.step == .clarify)
        // Wheel down from the first step moves to a later one.
        var down = Fixtures.board()
        try Fixtures.run("a", on: &down)
        let wheeledDown = App.handle(.mouse(MouseEvent(.wheelDown, x: 3, y: 2)), state: &down)
        #expect(down.board?.step == .model)
        #expect(wheeledDown == [.save])
        #expect(wheeled == [])            // wheel up at the first step: no change, no save
        #expect(click.board?.step == .evaluation)
        #expect(clicked == [.save])
        #expect(try Fixtures.run("C-n", on: &keys) == [.save])
    }

    @Test func stateEqualityComparesTheClockTheSaveStateAndTheScore() {
        let a = Fixtures.board()
        var later = a
        _ = App.reduce(&later, .tick(Fixtures.epoch.addingTimeInterval(0.5)))
        #expect(later != a)                       // the clock moved (hand == skipped it)
        var saved = a
        _ = App.reduce(&saved, .saved(Fixtures.epoch.addingTimeInterval(1)))
        #expect(saved != a)                       // lastSavedAt (skipped before)
        var same = a
        _ = App.reduce(&same, .focus(.editor))
        #expect(same == a)
    }

    @Test func anUntouchedStepIsSavedAsItWasReadAndAnEditedOneFromItsDocument() throws {
        let texts: [StepID: String] = [.clarify: "tab\there", .data: "crlf\r\nline"]
        var s = Fixtures.board(texts)
        #expect(s.board?.session.text(of: .clarify) == "tab\there")
        #expect(s.board?.session.text(of: .data) == "crlf\r\nline")
        #expect(s.board?.documents[.clarify]?.text == "tab    here")
        try Fixtures.run("M-> !", on: &s)
        #expect(s.board?.session.text(of: .clarify) == "tab    here!")
        #expect(s.board?.session.text(of: .data) == "crlf\r\nline")
        // The record keeps no second copy of the texts or the canvas.
        #expect(s.board?.model.record.steps.values.allSatisfy { $0.text.isEmpty } == true)
        #expect(s.board?.model.record.canvas == Canvas())
    }

    @Test func rescoringOnlyTheEditedStepGivesTheFullScore() throws {
        let texts: [StepID: String] = [
            .clarify: "We ship an MVP first because the team is small, at the cost of fewer features.",
            .data: "We train on implicit feedback such as clicks because ratings are rare; clicks are noisy.",
            .serving: "Online prediction, since freshness matters; it costs more servers than batch prediction.",
        ]
        var s = Fixtures.board(texts)
        for (i, key) in ["M->", "C-n", "C-n", "M->", "SPC", "c", "l", "i", "c", "k", "s"].enumerated() {
            try Fixtures.run(key, on: &s)
            _ = App.reduce(&s, .tick(Fixtures.epoch.addingTimeInterval(Double(i + 1))))
        }
        let b = try #require(s.board)
        let full = CompiledRubric(template: Fixtures.tiny, catalogue: Fixtures.catalogue).score(b.session)
        #expect(b.report == full)
        #expect(b.session.text(of: .data).hasSuffix("noisy. clicks"))
        #expect((b.report?.step(.data)?.score ?? 0) > 0)
    }
}
