import Foundation
import Testing
import TermUI
import WhiteboardApp
import WhiteboardCore

@Suite struct ReducerScriptTests {
    @Test func openingFocusesTheFirstStepsEditorAndTypingInserts() throws {
        var s = Fixtures.board()
        #expect(s.board?.focus == .editor)
        #expect(s.board?.step == .clarify)
        let effects = try Fixtures.run("h e l l o C-n w o r l d C-s", on: &s)
        #expect(s.board?.session.text(of: .clarify) == "hello")
        #expect(s.board?.session.text(of: .framing) == "world")
        // C-n with unsaved text saves (autosave on step change), C-s saves.
        #expect(effects == [.save, .save, .rememberFileForDiscard])
        #expect(s.board?.dirty == true)
        _ = App.reduce(&s, .saved(Fixtures.epoch))
        #expect(s.board?.dirty == false)
    }

    @Test func ctrlPGoesBackAndStepsStopAtTheEnds() throws {
        var s = Fixtures.board()
        try Fixtures.run("C-p", on: &s)
        #expect(s.board?.step == .clarify)
        try Fixtures.run("C-n C-n C-n C-n C-n C-n C-n C-n", on: &s)
        #expect(s.board?.step == .monitoring)
        try Fixtures.run("C-p", on: &s)
        #expect(s.board?.step == .serving)
        try Fixtures.run("M-3", on: &s)
        #expect(s.board?.step == .data)
    }

    @Test func tabCyclesFocusAndQuestionMarkIsTypedInTheEditorButOpensHelpElsewhere() throws {
        var s = Fixtures.board()
        try Fixtures.run("?", on: &s)
        #expect(s.board?.session.text(of: .clarify) == "?")
        #expect(s.overlay == nil)
        try Fixtures.run("Tab", on: &s)
        #expect(s.board?.focus == .canvas)
        try Fixtures.run("Tab Tab", on: &s)
        #expect(s.board?.focus == .navigator)
        try Fixtures.run("S-Tab", on: &s)
        #expect(s.board?.focus == .rubric)
        try Fixtures.run("?", on: &s)
        #expect(s.overlay == .help(scroll: 0))
        try Fixtures.run("j j", on: &s)
        #expect(s.overlay == .help(scroll: 2))
        try Fixtures.run("<esc>", on: &s)
        #expect(s.overlay == nil)
        try Fixtures.run("F1", on: &s)
        #expect(s.overlay == .help(scroll: 0))
        try Fixtures.run("F1", on: &s)
        #expect(s.overlay == nil)
    }

    @Test func navigatorKeysMoveBetweenStepsAndEnterEdits() throws {
        var s = Fixtures.board()
        try Fixtures.run("<esc> j j", on: &s)
        #expect(s.board?.focus == .navigator)
        #expect(s.board?.step == .data)
        try Fixtures.run("G", on: &s)
        #expect(s.board?.step == .monitoring)
        try Fixtures.run("k Enter x", on: &s)
        #expect(s.board?.step == .serving)
        #expect(s.board?.focus == .editor)
        #expect(s.board?.session.text(of: .serving) == "x")
    }

    @Test func quitAtOnceWhenSavedOtherwiseAsk() throws {
        var clean = Fixtures.board()
        #expect(try Fixtures.run("C-q", on: &clean) == [.quit])

        var s = Fixtures.board()
        try Fixtures.run("a C-q", on: &s)
        #expect(s.overlay == .quitConfirm)
        #expect(try Fixtures.run("b", on: &s) == [])            // keys do not reach the editor
        #expect(s.board?.session.text(of: .clarify) == "a")
        try Fixtures.run("c", on: &s)                           // cancel
        #expect(s.overlay == nil)
        #expect(try Fixtures.run("C-q s", on: &s) == [.save, .rememberFileForDiscard, .quit])
        var d = Fixtures.board()
        #expect(try Fixtures.run("a C-q d", on: &d) == [.discardToRememberedFile, .quit])
    }

    @Test func aFailedSaveKeepsTheAppOpenAndSaysWhy() throws {
        var s = Fixtures.board()
        try Fixtures.run("a C-q s", on: &s)
        #expect(s.quitting)
        _ = App.reduce(&s, .saveFailed("/sessions/tiny-1.json: rename failed: Permission denied"))
        #expect(!s.quitting)
        #expect(s.board?.dirty == true)
        #expect(s.board?.message == "save failed: /sessions/tiny-1.json: rename failed: Permission denied")
    }

    @Test func editingKeysUndoAndRedo() throws {
        var s = Fixtures.board()
        try Fixtures.run("\"one two\" Enter \"three\" Home BS", on: &s)
        #expect(s.board?.session.text(of: .clarify) == "one twothree")
        try Fixtures.run("C-z", on: &s)
        #expect(s.board?.session.text(of: .clarify) == "one two\nthree")
        try Fixtures.run("C-z", on: &s)
        #expect(s.board?.session.text(of: .clarify) == "one two\n")
        try Fixtures.run("C-y C-y", on: &s)
        #expect(s.board?.session.text(of: .clarify) == "one twothree")
        try Fixtures.run("M-b Del Del Del", on: &s)
        #expect(s.board?.session.text(of: .clarify) == "one three")
    }

    @Test func bracketedPasteInsertsTextLiterally() {
        var s = Fixtures.board()
        _ = App.handle(.paste("line one\nC-q is text\n日本"), state: &s)
        #expect(s.board?.session.text(of: .clarify) == "line one\nC-q is text\n日本")
        #expect(s.overlay == nil)
        #expect(s.quitting == false)
    }

    @Test func rescoringWaitsForTheIntervalAndAutosaveForTheDelay() throws {
        var s = Fixtures.board()
        #expect(s.board?.report?.total == 0)
        try Fixtures.run("\"We ship an MVP\"", on: &s)
        #expect(s.board?.report?.total == 0)       // not rescored on every key
        #expect(s.board?.scoreDirty == true)
        _ = App.reduce(&s, .tick(Fixtures.epoch.addingTimeInterval(0.1)))
        #expect(s.board?.scoreDirty == true)
        let early = App.reduce(&s, .tick(Fixtures.epoch.addingTimeInterval(0.2)))
        #expect(s.board?.scoreDirty == false)
        #expect((s.board?.report?.total ?? 0) > 0)
        #expect(s.board?.report?.step(.clarify)?.tradeoffs.first?.coverage == .half)
        #expect(early == [])
        #expect(App.reduce(&s, .tick(Fixtures.epoch.addingTimeInterval(3.1))) == [.save])
    }

    @Test func continuousTypingIsRescoredAtMostEverySecond() {
        var s = Fixtures.board()
        var rescores = 0
        var last = s.board?.lastScoredAt
        for i in 1...40 { // 2 s of typing, a key every 50 ms, a tick after each
            let t = Fixtures.epoch.addingTimeInterval(Double(i) * 0.05)
            _ = App.reduce(&s, .tick(t))
            _ = App.reduce(&s, .insert("x"))
            if s.board?.lastScoredAt != last { rescores += 1; last = s.board?.lastScoredAt }
        }
        #expect(rescores == 2)
        #expect(s.board?.scoreDirty == true)
        _ = App.reduce(&s, .tick(Fixtures.epoch.addingTimeInterval(2.2)))   // still for 0.2 s
        #expect(s.board?.scoreDirty == false)
    }

    @Test func theClockCountsTimeOnTheCurrentStep() {
        var s = Fixtures.board()
        // Idle for 90 s after opening: only the first minute counts (App.idleLimit).
        for i in 1...90 { _ = App.reduce(&s, .tick(Fixtures.epoch.addingTimeInterval(Double(i)))) }
        #expect(s.board?.stepSeconds == 60)
        _ = App.handle(.key(KeyPress(.char("x"))), state: &s)   // activity at 90 s
        _ = App.reduce(&s, .tick(Fixtures.epoch.addingTimeInterval(120)))
        #expect(s.board?.stepSeconds == 90)
        _ = App.reduce(&s, .nextStep)
        _ = App.reduce(&s, .tick(Fixtures.epoch.addingTimeInterval(130)))
        #expect(s.board?.session.steps[.clarify]?.secondsSpent == 90)
        #expect(s.board?.stepSeconds == 10)
        #expect(s.board?.elapsedSeconds == 100)
        _ = App.reduce(&s, .toggleClock)
        _ = App.reduce(&s, .tick(Fixtures.epoch.addingTimeInterval(140)))
        #expect(s.board?.stepSeconds == 10)   // paused
    }

    @Test func externalEditReplacesTheStepText() throws {
        var s = Fixtures.board([.clarify: "draft"])
        let effects = try Fixtures.run("F3", on: &s)
        #expect(effects == [.editExternally(step: .clarify, text: "draft")])
        _ = App.reduce(&s, .externalEditFinished(step: .clarify, text: "edited\ntext"))
        #expect(s.board?.session.text(of: .clarify) == "edited\ntext")
        #expect(s.board?.dirty == true)
        try Fixtures.run("C-z", on: &s)
        #expect(s.board?.session.text(of: .clarify) == "draft")
    }

    @Test func zoomAndGuideToggle() throws {
        var s = Fixtures.board()
        try Fixtures.run("F4", on: &s)
        #expect(s.board?.zoomed == true)
        try Fixtures.run("M-z F2", on: &s)
        #expect(s.board?.zoomed == false)
        #expect(s.board?.showGuide == false)
    }

    @Test func mouseClickOnAStepFocusesItAndWheelScrolls() {
        var s = Fixtures.board()
        // The navigator's rows start one below its top border.
        _ = App.handle(.mouse(MouseEvent(.press, x: 3, y: 5)), state: &s)
        #expect(s.board?.focus == .navigator)
        #expect(s.board?.step == .evaluation)
        _ = App.handle(.mouse(MouseEvent(.press, x: 60, y: 22)), state: &s)
        #expect(s.board?.focus == .canvas)
        _ = App.handle(.mouse(MouseEvent(.wheelDown, x: 3, y: 15)), state: &s)
        #expect(s.board?.focus == .rubric)
        #expect(s.board?.rubricScroll == 3)
        _ = App.handle(.mouse(MouseEvent(.wheelUp, x: 3, y: 2)), state: &s)
        #expect(s.board?.step == .framing)
        #expect(s.board?.focus == .rubric)
    }

    @Test func pageDownScrollsTheAnswerToKeepTheCursorOnScreen() throws {
        let text = (1...60).map { "line \($0)" }.joined(separator: "\n")
        var s = Fixtures.board(width: 80, height: 24, [.clarify: text])
        try Fixtures.run("PgDn PgDn", on: &s)
        _ = App.reduce(&s, .tick(Fixtures.epoch))
        let cursorLine = s.board!.document.cursor.line
        let geometry = EditorGeometry(pane: WhiteboardLayout(width: 80, height: 24, focus: .editor, zoomed: false).editor, board: s.board!)
        #expect(cursorLine == 2 * (geometry.textRect.height - 1))   // a page keeps one row of context
        #expect((s.board?.editorScroll[.clarify] ?? 0) > 0)
        #expect(Fixtures.screen(s).contains { $0.contains("┃line \(cursorLine + 1) ") })
        try Fixtures.run("C-Home", on: &s)
        _ = App.reduce(&s, .tick(Fixtures.epoch))
        #expect(s.board?.editorScroll[.clarify] == 0)
        #expect(s.board!.document.cursor == (0, 0))
    }

    @Test func clickingInTheAnswerMovesTheCursorThere() {
        var s = Fixtures.board(width: 80, height: 24, [.clarify: "first line\nsecond 日本 line"])
        let geometry = EditorGeometry(pane: WhiteboardLayout(width: 80, height: 24, focus: .editor, zoomed: false).editor, board: s.board!)
        // Column 9 of the second row is the right half of 本: the cursor goes before 本.
        _ = App.handle(.mouse(MouseEvent(.press, x: geometry.textRect.x + 9, y: geometry.textRect.y + 1)), state: &s)
        #expect(s.board!.document.cursor == (1, 8))
        _ = App.handle(.mouse(MouseEvent(.press, x: geometry.textRect.x + 3, y: geometry.textRect.y + 3)), state: &s)
        #expect(s.board!.document.cursor == (1, 14))   // below the text: the end
    }

    @Test func startScreenFiltersAndCreatesOrReopens() throws {
        var s = Fixtures.start()
        #expect(s.filteredProblems.map(\.id) == ["fraud", "tiny"])
        try Fixtures.run("t i n", on: &s)
        #expect(s.start.filter == "tin")
        #expect(s.filteredProblems.map(\.id) == ["tiny"])
        #expect(try Fixtures.run("Enter", on: &s) == [.createSession(problem: "tiny")])
        try Fixtures.run("BS BS BS ?", on: &s)
        #expect(s.start.filter == "?")                           // `?` is typed into the filter
        try Fixtures.run("<esc> Tab", on: &s)
        #expect(s.start.focus == .recent)
        #expect(try Fixtures.run("Enter", on: &s) == [.openSession(path: "/sessions/tiny-1.json")])
        try Fixtures.run("Down Enter", on: &s)
        #expect(s.start.error == "/sessions/broken.json: not JSON")  // never opened, never overwritten
        try Fixtures.run("?", on: &s)
        #expect(s.overlay == .help(scroll: 0))
        try Fixtures.run("q", on: &s)
        #expect(s.overlay == nil)
        _ = App.handle(.paste("frau\nd"), state: &s)
        #expect(s.start.filter == "frau")
        #expect(s.start.focus == .problems)
        try Fixtures.run("C-q", on: &s)
        #expect(s.quitting)
    }

    @Test func openingFromStartShowsTheWhiteboard() {
        var s = Fixtures.start()
        _ = App.reduce(&s, .opened(Fixtures.session([.data: "clicks"]), path: "/sessions/new.json"))
        #expect(s.screen == .whiteboard)
        #expect(s.board?.focus == .editor)
        #expect(s.board?.report?.step(.data)?.score ?? 0 > 0)
    }

    @Test func everyBindingIsInTheHelpOverlay() {
        let text = HelpOverlay.lines(width: 200).map(\.text).joined(separator: "\n")
        for map in Keymaps.all {
            #expect(text.contains(map.title))
            for b in map.bindings {
                #expect(text.contains(b.help), "\(b.help)")
                for k in b.keys { #expect(text.contains(k.description), "\(k.description)") }
            }
        }
    }

    @Test func noKeyIsBoundTwiceInOneContext() {
        for map in Keymaps.all {
            let keys = map.bindings.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(map.title)")
        }
        // Pane keymaps are consulted before the whiteboard's, so they must not shadow its fixed keys.
        let fixed = try! KeySpec.parseScript("C-s C-q C-n C-p Tab S-Tab F1")
        for map in [Keymaps.editor, Keymaps.navigator, Keymaps.rubric, CanvasKeymap.keymap] {
            for k in fixed { #expect(map.action(for: k) == nil, "\(map.title) shadows \(k)") }
        }
    }
}
