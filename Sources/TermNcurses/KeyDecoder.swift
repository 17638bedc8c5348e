import CNcursesw
import TermUI

/// Turns what ncurses reads (`get_wch`) into `InputEvent`s: control bytes into Ctrl keys,
/// Escape-prefixed keys into Alt keys, bracketed paste into one `.paste`, mouse reports,
/// resize, the Home/End variants and modified arrow/Home/End keys terminals send
/// (`EscapeSequence`), and a burst of text read at once into one `.paste` (`PasteBurst`), so a
/// paste into a terminal without bracketed paste is inserted as text.
final class KeyDecoder {
    /// Key codes given to sequences we define with `define_key`.
    private enum Code {
        static let pasteStart = mlsd_key_max() + 1
        static let pasteEnd = mlsd_key_max() + 2
        static let firstModified = mlsd_key_max() + 3
    }

    /// xterm-style modified keys: the sequence and the key press it means.
    private static let modifiedSequences: [(String, KeyPress)] = {
        var out: [(String, KeyPress)] = []
        let finals: [(String, Key)] = [("A", .up), ("B", .down), ("C", .right), ("D", .left), ("H", .home), ("F", .end)]
        let mods: [(String, Modifiers)] = [("2", .shift), ("3", .alt), ("5", .ctrl), ("6", [.ctrl, .shift]), ("7", [.ctrl, .alt])]
        for (m, mod) in mods { for (f, key) in finals { out.append(("\u{1b}[1;\(m)\(f)", KeyPress(key, mod))) } }
        for (m, mod) in mods {
            out.append(("\u{1b}[5;\(m)~", KeyPress(.pageUp, mod)))
            out.append(("\u{1b}[6;\(m)~", KeyPress(.pageDown, mod)))
            out.append(("\u{1b}[3;\(m)~", KeyPress(.delete, mod)))
        }
        return out
    }()

    private var definedCodes: [Int32: KeyPress] = [:]
    /// Events read ahead (e.g. a resize that arrived right after an Escape).
    private var pending: [InputEvent] = []
    /// The left button is down: motion reports are drags.
    private var buttonDown = false

    /// Teaches ncurses the bracketed-paste markers and the modified-key sequences it does not
    /// know already for this terminal.
    func defineExtraKeys() {
        define_key("\u{1b}[200~", Code.pasteStart)
        define_key("\u{1b}[201~", Code.pasteEnd)
        var code = Code.firstModified
        let homeAndEnd = EscapeSequence.homeAndEnd.map { ($0.sequence, KeyPress($0.key)) }
        for (seq, press) in Self.modifiedSequences + homeAndEnd {
            let existing = key_defined(seq)
            if existing > 0 {
                definedCodes[existing] = press
            } else {
                define_key(seq, code)
                definedCodes[code] = press
                code += 1
            }
        }
    }

    /// The next event, waiting up to `timeoutMilliseconds`; nil when none.
    func next(timeoutMilliseconds: Int32) -> InputEvent? {
        if !pending.isEmpty { return pending.removeFirst() }
        guard let raw = read(timeout: timeoutMilliseconds) else { return nil }
        switch raw {
        case .code(let code): return decode(code: code)
        case .char(let c):
            if let s = Unicode.Scalar(c), PasteBurst.isBurstCharacter(s) { return burst(startingWith: s) }
            return decode(char: c)
        }
    }

    /// Reads the text characters already waiting after `first` (no wait between them): a
    /// paste when `PasteBurst` says so, else the keys one grapheme cluster at a time (so an
    /// emoji with a skin tone arrives as one key). What ends the burst is decoded after it.
    private func burst(startingWith first: Unicode.Scalar) -> InputEvent? {
        var scalars = String.UnicodeScalarView()
        scalars.append(first)
        var after: Raw? = nil
        while let r = read(timeout: 0) {
            if case .char(let c) = r, let s = Unicode.Scalar(c), PasteBurst.isBurstCharacter(s) {
                scalars.append(s)
                continue
            }
            after = r
            break
        }
        let text = String(scalars)
        var events: [InputEvent]
        if let (paste, lastKey) = PasteBurst.split(text) {
            events = [.paste(paste)]
            if let lastKey, let key = decode(char: lastKey.value) { events.append(key) }
        } else {
            events = text.compactMap { ch -> InputEvent? in
                if ch.unicodeScalars.count == 1 || ch == "\r\n" { return decode(char: ch.unicodeScalars.first!.value) }
                return .key(KeyPress(.char(ch)))
            }
        }
        let readAhead = pending
        pending = []
        if let after {
            let event: InputEvent?
            switch after {
            case .code(let code): event = decode(code: code)
            case .char(let c): event = decode(char: c)
            }
            if let event { events.append(event) }
        }
        events += pending
        pending = readAhead + events.dropFirst()
        return events.first
    }

    private enum Raw { case code(Int32), char(UInt32) }

    private func read(timeout: Int32) -> Raw? {
        wtimeout(mlsd_stdscr(), timeout)
        var ch: wint_t = 0
        let rc = mlsd_get_wch(&ch)
        if rc == mlsd_key_code_yes() { return .code(Int32(bitPattern: ch)) }
        if rc == mlsd_ok() { return .char(UInt32(ch)) }
        return nil
    }

    private func decode(char c: UInt32) -> InputEvent? {
        switch c {
        case 0x1B: return escape()
        case 0x0D, 0x0A: return .key(KeyPress(.enter))
        case 0x09: return .key(KeyPress(.tab))
        case 0x7F, 0x08: return .key(KeyPress(.backspace))
        case 0x00: return .key(KeyPress(.char(" "), .ctrl))
        case 0x1F: return .key(KeyPress(.char("_"), .ctrl))
        case 0x01...0x1A: return .key(KeyPress(.char(Character(Unicode.Scalar(c + 0x60)!)), .ctrl))
        case 0x1C...0x1E: return nil
        default:
            guard let scalar = Unicode.Scalar(c) else { return nil }
            if c >= 0x80 && c < 0xA0 { return nil }
            return .key(KeyPress(.char(Character(scalar))))
        }
    }

    /// After an Escape: Alt plus the next key, an unknown escape sequence (dropped, or a
    /// bracketed paste if ncurses did not catch the marker), or Escape alone.
    private func escape() -> InputEvent? {
        guard let next = read(timeout: 5) else { return .key(KeyPress(.escape)) }
        switch next {
        case .code(let code):
            let event = decode(code: code)
            guard case .key(var press)? = event else {
                if let event { pending.append(event) }
                return .key(KeyPress(.escape))
            }
            press.modifiers.insert(.alt)
            return .key(press)
        case .char(let c):
            if c == 0x5B || c == 0x4F { // ESC [ or ESC O: a sequence ncurses did not know
                var body = ""
                while let r = read(timeout: 5), case .char(let b) = r {
                    body.unicodeScalars.append(Unicode.Scalar(b) ?? " ")
                    if b >= 0x40 && b <= 0x7E { break }
                }
                if body == "200~" { return .paste(collectPaste()) }
                let introducer = c == 0x5B ? "[" : "O"
                return EscapeSequence.key(for: "\u{1b}" + introducer + body).map { .key($0) }
            }
            if c == 0x1B { return .key(KeyPress(.escape)) }
            guard case .key(var press)? = decode(char: c) else { return nil }
            // Escape then a key in the same read is Alt+key (the key went out within the
            // 25 ms Escape delay); `App.handle` splits it again where Alt+key means nothing.
            press.modifiers.insert(.alt)
            return .key(press)
        }
    }

    /// Reads pasted text up to the end marker (or until input stops for half a second).
    private func collectPaste() -> String {
        var text = String.UnicodeScalarView()
        while let r = read(timeout: 500) {
            switch r {
            case .code(let code):
                if code == Code.pasteEnd { return PasteBurst.normalized(String(text)) }
                if code == mlsd_key_enter() { text.append("\n") }
            case .char(let c):
                if c == 0x1B {
                    // A raw end marker: ESC [ 2 0 1 ~
                    var tail = ""
                    while let t = read(timeout: 5), case .char(let b) = t {
                        tail.unicodeScalars.append(Unicode.Scalar(b) ?? " ")
                        if b >= 0x40 && b <= 0x7E { break }
                    }
                    if tail == "[201~" { return PasteBurst.normalized(String(text)) }
                    continue
                }
                if let s = Unicode.Scalar(c) { text.append(s) }
            }
        }
        return PasteBurst.normalized(String(text))
    }

    private func decode(code: Int32) -> InputEvent? {
        if code == Code.pasteStart { return .paste(collectPaste()) }
        if code == Code.pasteEnd { return nil }
        if let press = definedCodes[code] { return .key(press) }
        if code == mlsd_key_resize() {
            return .resize(width: Int(mlsd_cols()), height: Int(mlsd_lines()))
        }
        if code == mlsd_key_mouse() { return mouse() }
        for n in 1...24 where code == mlsd_key_f(Int32(n)) { return .key(KeyPress(.function(n))) }
        switch code {
        case KEY_UP: return .key(KeyPress(.up))
        case KEY_DOWN: return .key(KeyPress(.down))
        case KEY_LEFT: return .key(KeyPress(.left))
        case KEY_RIGHT: return .key(KeyPress(.right))
        case KEY_HOME: return .key(KeyPress(.home))
        case KEY_END: return .key(KeyPress(.end))
        case KEY_PPAGE: return .key(KeyPress(.pageUp))
        case KEY_NPAGE: return .key(KeyPress(.pageDown))
        case KEY_DC: return .key(KeyPress(.delete))
        case KEY_IC: return .key(KeyPress(.insert))
        case KEY_BACKSPACE: return .key(KeyPress(.backspace))
        case KEY_ENTER: return .key(KeyPress(.enter))
        case KEY_BTAB: return .key(KeyPress(.tab, .shift))
        case KEY_SLEFT: return .key(KeyPress(.left, .shift))
        case KEY_SRIGHT: return .key(KeyPress(.right, .shift))
        case KEY_SHOME: return .key(KeyPress(.home, .shift))
        case KEY_SEND: return .key(KeyPress(.end, .shift))
        default: break
        }
        // Extended capabilities some terminfo entries define (kLFT5 = Ctrl-Left, …).
        if let name = keyname(code).map({ String(cString: $0) }), let press = Self.extendedKeyNames[name] {
            return .key(press)
        }
        return nil
    }

    private static let extendedKeyNames: [String: KeyPress] = {
        var out: [String: KeyPress] = [:]
        let keys: [(String, Key)] = [("kUP", .up), ("kDN", .down), ("kLFT", .left), ("kRIT", .right),
                                     ("kHOM", .home), ("kEND", .end), ("kPRV", .pageUp), ("kNXT", .pageDown), ("kDC", .delete)]
        let mods: [(String, Modifiers)] = [("", .shift), ("3", .alt), ("5", .ctrl), ("6", [.ctrl, .shift]), ("7", [.ctrl, .alt])]
        for (k, key) in keys { for (m, mod) in mods where !m.isEmpty { out[k + m] = KeyPress(key, mod) } }
        return out
    }()

    private func mouse() -> InputEvent? {
        var x: Int32 = 0, y: Int32 = 0
        var state: mmask_t = 0
        guard mlsd_getmouse(&x, &y, &state) == mlsd_ok() else { return nil }
        let kind: MouseEvent.Kind
        if state & mlsd_button4_pressed() != 0 { kind = .wheelUp }
        else if mlsd_button5_pressed() != 0 && state & mlsd_button5_pressed() != 0 { kind = .wheelDown }
        else if state & (mlsd_button1_pressed() | mlsd_button1_clicked()) != 0 { kind = .press; buttonDown = true }
        else if state & mlsd_button1_released() != 0 { kind = .release; buttonDown = false }
        else if state & mlsd_report_mouse_position() != 0 {
            guard buttonDown else { return nil } // hovering is not reported
            kind = .drag
        }
        else { return nil }
        return .mouse(MouseEvent(kind, x: Int(x), y: Int(y)))
    }
}
