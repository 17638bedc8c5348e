import TermUI
import WhiteboardCore

import Diagram

/// The key tables of the app (the canvas pane's are in `CanvasKeymap`).
public enum Keymaps {
    /// Keys that work in every pane of the whiteboard.
    public static let whiteboard = Keymap(title: "Whiteboard (any pane)", context: .whiteboard, bindings: [
        KeyBinding(["C-s"], .save, "save the session"),
        KeyBinding(["C-q", "C-c"], .quit, "quit (asks first when there are unsaved changes)"),
        KeyBinding(["C-n"], .nextStep, "next step"),
        KeyBinding(["C-p"], .previousStep, "previous step"),
        KeyBinding(["Tab"], .focusNext, "focus the next pane"),
        KeyBinding(["S-Tab"], .focusPrevious, "focus the previous pane"),
        KeyBinding(["F1"], .showHelp, "this help"),
        KeyBinding(["F2", "C-g"], .toggleGuide, "show or hide the statement, prompts and talking points"),
        KeyBinding(["F3", "C-o"], .editExternally, "edit this step's answer in $EDITOR"),
        KeyBinding(["F4", "M-z"], .toggleZoom, "zoom the focused pane (again to restore)"),
        KeyBinding(["F5", "M-p"], .showProblem, "the problem: statement, scale, every step's prompts and questions"),
        KeyBinding(["F6", "M-t"], .toggleClock, "pause or resume the interview clock"),
        KeyBinding(["M-0"], .resetStepClock, "reset this step's time to 0:00"),
        KeyBinding(["F7", "M-q"], .practice(.askFollowUp), "ask an interviewer's follow-up on this step (inserted as a quoted line to answer below)"),
        KeyBinding(["F8", "M-r"], .practice(.toggleReference), "reveal the reference design over the answer, missing parts marked (asks first; again or Esc hides)"),
    ] + StepID.allCases.map { s in
        KeyBinding(["M-\(s.number)"], .gotoStep(s), "go to step \(s.number), \(s.title)")
    })

    /// The step editor: typing inserts text.
    public static let editor = Keymap(title: "Answer editor (typing inserts text)", context: .pane(.editor), bindings: [
        KeyBinding(["Left"], .cursorLeft, "cursor left"),
        KeyBinding(["Right"], .cursorRight, "cursor right"),
        KeyBinding(["Up"], .cursorUp, "cursor up one row"),
        KeyBinding(["Down"], .cursorDown, "cursor down one row"),
        KeyBinding(["Home", "C-a"], .rowStart, "start of the row"),
        KeyBinding(["End", "C-e"], .rowEnd, "end of the row"),
        KeyBinding(["PgUp"], .pageUp, "page up"),
        KeyBinding(["PgDn"], .pageDown, "page down"),
        KeyBinding(["M-b", "C-Left", "M-Left"], .wordLeft, "previous word"),
        KeyBinding(["M-f", "C-Right", "M-Right"], .wordRight, "next word"),
        KeyBinding(["C-Home", "M-<"], .documentStart, "start of the answer"),
        KeyBinding(["C-End", "M->"], .documentEnd, "end of the answer"),
        KeyBinding(["Enter"], .newline, "new line"),
        KeyBinding(["BS", "C-h"], .backspace, "delete before the cursor"),
        KeyBinding(["Del", "C-d"], .deleteForward, "delete under the cursor"),
        KeyBinding(["C-z", "C-_"], .undo, "undo"),
        KeyBinding(["C-y"], .redo, "redo"),
        KeyBinding(["Esc"], .focus(.navigator), "leave the editor (focus the step list)"),
    ])

    /// The step list.
    public static let navigator = Keymap(title: "Step list", context: .pane(.navigator), bindings: [
        KeyBinding(["j", "Down"], .nextStep, "next step"),
        KeyBinding(["k", "Up"], .previousStep, "previous step"),
        KeyBinding(["g", "Home"], .gotoStep(.clarify), "first step"),
        KeyBinding(["G", "End"], .gotoStep(.monitoring), "last step"),
        KeyBinding(["Enter", "l", "i", "Right"], .focus(.editor), "write this step's answer"),
        KeyBinding(["?"], .showHelp, "this help"),
    ])

    /// The rubric pane.
    public static let rubric = Keymap(title: "Rubric", context: .pane(.rubric), bindings: [
        KeyBinding(["j", "Down"], .rubricSelect(1), "select the next trade-off"),
        KeyBinding(["k", "Up"], .rubricSelect(-1), "select the previous trade-off"),
        KeyBinding(["Enter", "o"], .jumpToEvidence, "show the selected trade-off's quoted sentence in the answer"),
        KeyBinding(["PgDn", "Space"], .scrollPage(1), "page down"),
        KeyBinding(["PgUp"], .scrollPage(-1), "page up"),
        KeyBinding(["g", "Home"], .scrollToTop, "top"),
        KeyBinding(["?"], .showHelp, "this help"),
        KeyBinding(["Esc"], .focus(.editor), "back to the editor"),
    ])

    /// The Start screen. Typing filters the problem list.
    public static let start = Keymap(title: "Start screen (typing filters the problems)", context: .start, bindings: [
        KeyBinding(["Down", "C-n"], .startMove(1), "next problem or session"),
        KeyBinding(["Up", "C-p"], .startMove(-1), "previous problem or session"),
        KeyBinding(["PgDn"], .startMove(10), "ten down"),
        KeyBinding(["PgUp"], .startMove(-10), "ten up"),
        KeyBinding(["Tab", "S-Tab"], .startSwitchList, "switch between new problem, recent sessions and progress"),
        KeyBinding(["Enter"], .startActivate, "start a session on the problem / reopen the session / in progress, drill your weakest trade-off"),
        KeyBinding(["BS"], .filterBackspace, "delete a filter character"),
        KeyBinding(["Esc", "C-u"], .clearFilter, "clear the filter"),
        KeyBinding(["F1"], .showHelp, "this help (also ? in the recent list)"),
        KeyBinding(["C-q", "C-c"], .quit, "quit"),
    ])

    /// The help overlay.
    public static let help = Keymap(title: "Help", context: .help, bindings: [
        KeyBinding(["Esc", "F1", "q", "?", "Enter"], .closeOverlay, "close the help"),
        KeyBinding(["j", "Down"], .scroll(1), "scroll down"),
        KeyBinding(["k", "Up"], .scroll(-1), "scroll up"),
        KeyBinding(["PgDn", "Space"], .scrollPage(1), "page down"),
        KeyBinding(["PgUp"], .scrollPage(-1), "page up"),
    ])

    /// The problem overlay.
    public static let problem = Keymap(title: "Problem", context: .problem, bindings: [
        KeyBinding(["Esc", "F5", "M-p", "q", "Enter"], .closeOverlay, "close the problem"),
        KeyBinding(["j", "Down"], .scroll(1), "scroll down"),
        KeyBinding(["k", "Up"], .scroll(-1), "scroll up"),
        KeyBinding(["PgDn", "Space"], .scrollPage(1), "page down"),
        KeyBinding(["PgUp"], .scrollPage(-1), "page up"),
        KeyBinding(["g", "Home"], .scrollToTop, "top"),
        KeyBinding(["C-q"], .quit, "quit"),
    ])

    /// The question asked when quitting with unsaved changes.
    public static let quitConfirm = Keymap(title: "Quit with unsaved changes", context: .quitConfirm, bindings: [
        KeyBinding(["s", "y", "C-s"], .confirmSave, "save, then quit"),
        KeyBinding(["d", "n"], .confirmDiscard, "discard the changes and quit"),
        KeyBinding(["c", "Esc", "C-q"], .closeOverlay, "cancel, keep working"),
    ])

    /// Every keymap, in the order the help overlay lists them.
    public static let all: [Keymap] = [whiteboard, editor, navigator, CanvasKeymap.keymap, CanvasKeymap.labelEditing,
                                       CanvasKeymap.connecting, rubric, PracticeKeymaps.reveal, PracticeKeymaps.reference,
                                       start, help, problem, quitConfirm]

    /// The keymaps that apply in the current state, most specific first.
    public static func active(in state: AppState) -> [Keymap] {
        switch state.overlay {
        case .help: return [help]
        case .problem: return [problem]
        case .quitConfirm: return [quitConfirm]
        case nil: break
        }
        switch state.screen {
        case .start: return [start]
        case .whiteboard:
            if let maps = PracticeKeymaps.active(in: state) { return maps }
            switch state.board?.focus ?? .editor {
            case .editor: return [editor, whiteboard]
            case .navigator: return [navigator, whiteboard]
            case .canvas: return [CanvasKeymap.keymap(for: state.board?.canvasEditor.mode ?? .normal), whiteboard]
            case .rubric: return [rubric, whiteboard]
            }
        }
    }

    /// The action for a key press in the current state: the first matching binding of the
    /// active keymaps, else typed text where text is being typed (answer editor, Start filter).
    public static func action(for key: KeyPress, in state: AppState) -> Action? {
        for map in active(in: state) {
            if let a = map.action(for: key) { return a }
        }
        guard state.overlay == nil, let c = key.typedCharacter else { return nil }
        if state.screen == .whiteboard, state.board?.practice.capturesTyping == true { return nil }
        switch state.screen {
        case .whiteboard:
            guard let b = state.board else { return nil }
            if b.focus == .editor { return .insert(String(c)) }
            if b.focus == .canvas, b.canvasEditor.mode.isTyping { return .canvas(.insertText(String(c))) }
            return nil
        case .start:
            if state.start.focus == .recent && c == "?" { return .showHelp }
            return .filterType(c)
        }
    }
}
