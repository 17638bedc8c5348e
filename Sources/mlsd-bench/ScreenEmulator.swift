import TextMetrics

/// A small VT100/xterm screen model: enough of the escape sequences ncurses and vim send with
/// TERM=xterm-256color to know which characters are where and where the cursor is. Colours and
/// attributes are ignored. Feed it the bytes a program writes to its pty.
///
/// Shared with Tests/EndToEndTests (symbolic link), so the benchmark and the end-to-end tests
/// read the screen the same way.
struct ScreenEmulator {
    private(set) var width: Int
    private(set) var height: Int
    /// Rows of cells; a wide character's second cell holds "".
    private(set) var rows: [[String]]
    private(set) var cursorX = 0
    private(set) var cursorY = 0
    private(set) var cursorVisible = true
    private(set) var alternateScreen = false
    /// Mouse reporting modes (1000, 1002, 1003, 1006) currently on.
    private(set) var mouseModes: Set<Int> = []
    private(set) var bracketedPaste = false
    /// Window titles set with OSC 0 / 2.
    private(set) var titles: [String] = []
    /// Replies the terminal would send back (cursor position reports), to be written to the pty.
    var replies: [UInt8] = []

    private var top = 0
    private var bottom: Int
    private var pendingWrap = false
    private var saved = (x: 0, y: 0)
    private var last: String = " "
    private var state = ParseState.ground
    private var params: [UInt8] = []
    private var oscText: [UInt8] = []
    private var utf8: [UInt8] = []
    private var utf8Needed = 0

    private enum ParseState { case ground, escape, csi, osc, oscEscape, dcs, dcsEscape, charset }

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        rows = Array(repeating: Array(repeating: " ", count: width), count: height)
        bottom = height - 1
    }

    /// The screen as text lines (wide characters once, trailing blanks kept).
    var lines: [String] { rows.map { $0.joined() } }

    /// The whole screen as one string, rows separated by newlines.
    var text: String { lines.joined(separator: "\n") }

    /// True when `s` appears on one row.
    func contains(_ s: String) -> Bool { lines.contains { $0.contains(s) } }

    /// The character in the cell at (x, y).
    func cell(_ x: Int, _ y: Int) -> String {
        guard y >= 0, y < height, x >= 0, x < width else { return "" }
        return rows[y][x]
    }

    mutating func resize(width w: Int, height h: Int) {
        var new = Array(repeating: Array(repeating: " ", count: w), count: h)
        for y in 0..<min(h, height) { for x in 0..<min(w, width) { new[y][x] = rows[y][x] } }
        rows = new
        width = w; height = h
        top = 0; bottom = h - 1
        cursorX = min(cursorX, w - 1); cursorY = min(cursorY, h - 1)
        pendingWrap = false
    }

    mutating func feed<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        for b in bytes { feedByte(b) }
    }

    private mutating func feedByte(_ b: UInt8) {
        switch state {
        case .ground: ground(b)
        case .escape: escape(b)
        case .csi:
            if b >= 0x40 && b <= 0x7E { csi(final: b); state = .ground } else { params.append(b) }
        case .osc:
            if b == 0x07 { osc(); state = .ground } else if b == 0x1B { state = .oscEscape } else { oscText.append(b) }
        case .oscEscape:
            osc(); state = b == UInt8(ascii: "\\") ? .ground : .ground
        case .dcs:
            if b == 0x1B { state = .dcsEscape }
        case .dcsEscape:
            state = b == UInt8(ascii: "\\") ? .ground : .dcs
        case .charset:
            state = .ground
        }
    }

    private mutating func ground(_ b: UInt8) {
        if utf8Needed > 0 {
            if b & 0xC0 == 0x80 {
                utf8.append(b); utf8Needed -= 1
                if utf8Needed == 0 { put(String(decoding: utf8, as: UTF8.self)); utf8 = [] }
                return
            }
            put("\u{FFFD}"); utf8 = []; utf8Needed = 0
        }
        switch b {
        case 0x1B: state = .escape
        case 0x07, 0x00, 0x0E, 0x0F: break
        case 0x08: if cursorX > 0 { cursorX -= 1 }; pendingWrap = false
        case 0x09: cursorX = min(width - 1, (cursorX / 8 + 1) * 8); pendingWrap = false
        case 0x0A, 0x0B, 0x0C: lineFeed()
        case 0x0D: cursorX = 0; pendingWrap = false
        case 0x20...0x7E: put(String(UnicodeScalar(b)))
        case 0xC0...0xDF: utf8 = [b]; utf8Needed = 1
        case 0xE0...0xEF: utf8 = [b]; utf8Needed = 2
        case 0xF0...0xF7: utf8 = [b]; utf8Needed = 3
        default: break
        }
    }

    private mutating func escape(_ b: UInt8) {
        state = .ground
        switch b {
        case UInt8(ascii: "["): params = []; state = .csi
        case UInt8(ascii: "]"): oscText = []; state = .osc
        case UInt8(ascii: "P"): state = .dcs
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"): state = .charset
        case UInt8(ascii: "7"): saved = (cursorX, cursorY)
        case UInt8(ascii: "8"): cursorX = saved.x; cursorY = saved.y; pendingWrap = false
        case UInt8(ascii: "D"): lineFeed()
        case UInt8(ascii: "E"): cursorX = 0; lineFeed()
        case UInt8(ascii: "M"): reverseIndex()
        case UInt8(ascii: "c"): self = ScreenEmulator(width: width, height: height)
        default: break
        }
    }

    private mutating func osc() {
        let text = String(decoding: oscText, as: UTF8.self)
        if text.hasPrefix("0;") || text.hasPrefix("2;") { titles.append(String(text.dropFirst(2))) }
        oscText = []
    }

    private mutating func put(_ ch: String) {
        let w = ch.unicodeScalars.first.map { DisplayWidth.of(Character(String($0))) } ?? 1
        if w == 0 { return }
        if pendingWrap { cursorX = 0; lineFeed() }
        if w == 2 && cursorX == width - 1 { rows[cursorY][cursorX] = " "; cursorX = 0; lineFeed() }
        rows[cursorY][cursorX] = ch
        if w == 2 && cursorX + 1 < width { rows[cursorY][cursorX + 1] = "" }
        last = ch
        let next = cursorX + w
        if next >= width { cursorX = width - 1; pendingWrap = true } else { cursorX = next }
    }

    private mutating func lineFeed() {
        pendingWrap = false
        if cursorY == bottom { scrollUp(1) } else if cursorY < height - 1 { cursorY += 1 }
    }

    private mutating func reverseIndex() {
        if cursorY == top { scrollDown(1) } else if cursorY > 0 { cursorY -= 1 }
    }

    private mutating func scrollUp(_ n: Int) {
        for _ in 0..<min(n, bottom - top + 1) {
            rows.remove(at: top)
            rows.insert(blankRow, at: bottom)
        }
    }

    private mutating func scrollDown(_ n: Int) {
        for _ in 0..<min(n, bottom - top + 1) {
            rows.remove(at: bottom)
            rows.insert(blankRow, at: top)
        }
    }

    private var blankRow: [String] { Array(repeating: " ", count: width) }

    private mutating func csi(final: UInt8) {
        var privateMarker: UInt8?
        var body = params[...]
        if let f = body.first, f == UInt8(ascii: "?") || f == UInt8(ascii: ">") || f == UInt8(ascii: "=") { privateMarker = f; body = body.dropFirst() }
        let numbers = String(decoding: body, as: UTF8.self).split(separator: ";", omittingEmptySubsequences: false).map { Int($0.split(separator: ":").first ?? "") }
        func p(_ i: Int, _ d: Int) -> Int { i < numbers.count ? (numbers[i] ?? d) : d }
        let n = max(1, p(0, 1))
        if final != UInt8(ascii: "m") { pendingWrap = false }
        switch final {
        case UInt8(ascii: "A"): cursorY = max(cursorY < top ? 0 : top, cursorY - n)
        case UInt8(ascii: "B"), UInt8(ascii: "e"): cursorY = min(cursorY > bottom ? height - 1 : bottom, cursorY + n)
        case UInt8(ascii: "C"), UInt8(ascii: "a"): cursorX = min(width - 1, cursorX + n)
        case UInt8(ascii: "D"): cursorX = max(0, cursorX - n)
        case UInt8(ascii: "E"): cursorX = 0; cursorY = min(height - 1, cursorY + n)
        case UInt8(ascii: "F"): cursorX = 0; cursorY = max(0, cursorY - n)
        case UInt8(ascii: "G"), UInt8(ascii: "`"): cursorX = min(width - 1, max(0, p(0, 1) - 1))
        case UInt8(ascii: "d"): cursorY = min(height - 1, max(0, p(0, 1) - 1))
        case UInt8(ascii: "H"), UInt8(ascii: "f"):
            cursorY = min(height - 1, max(0, p(0, 1) - 1)); cursorX = min(width - 1, max(0, p(1, 1) - 1))
        case UInt8(ascii: "J"):
            switch p(0, 0) {
            case 0: clear(row: cursorY, from: cursorX, to: width); for y in (cursorY + 1)..<max(cursorY + 1, height) { rows[y] = blankRow }
            case 1: clear(row: cursorY, from: 0, to: cursorX + 1); for y in 0..<cursorY { rows[y] = blankRow }
            default: for y in 0..<height { rows[y] = blankRow }
            }
        case UInt8(ascii: "K"):
            switch p(0, 0) {
            case 0: clear(row: cursorY, from: cursorX, to: width)
            case 1: clear(row: cursorY, from: 0, to: cursorX + 1)
            default: rows[cursorY] = blankRow
            }
        case UInt8(ascii: "X"): clear(row: cursorY, from: cursorX, to: min(width, cursorX + n))
        case UInt8(ascii: "@"):
            rows[cursorY].insert(contentsOf: Array(repeating: " ", count: min(n, width - cursorX)), at: cursorX)
            rows[cursorY].removeLast(min(n, width - cursorX))
        case UInt8(ascii: "P"):
            let k = min(n, width - cursorX)
            rows[cursorY].removeSubrange(cursorX..<cursorX + k)
            rows[cursorY].append(contentsOf: Array(repeating: " ", count: k))
        case UInt8(ascii: "L"):
            if cursorY >= top && cursorY <= bottom {
                for _ in 0..<min(n, bottom - cursorY + 1) { rows.remove(at: bottom); rows.insert(blankRow, at: cursorY) }
            }
        case UInt8(ascii: "M"):
            if cursorY >= top && cursorY <= bottom {
                for _ in 0..<min(n, bottom - cursorY + 1) { rows.remove(at: cursorY); rows.insert(blankRow, at: bottom) }
            }
        case UInt8(ascii: "S"): scrollUp(n)
        case UInt8(ascii: "T"): if privateMarker == nil { scrollDown(n) }
        case UInt8(ascii: "r"):
            top = max(0, p(0, 1) - 1); bottom = min(height - 1, p(1, height) - 1)
            if bottom <= top { top = 0; bottom = height - 1 }
            cursorX = 0; cursorY = 0
        case UInt8(ascii: "b"): for _ in 0..<n { put(last) }
        case UInt8(ascii: "s"): saved = (cursorX, cursorY)
        case UInt8(ascii: "u"): cursorX = saved.x; cursorY = saved.y
        case UInt8(ascii: "n"):
            if p(0, 0) == 6 { replies += Array("\u{1B}[\(cursorY + 1);\(cursorX + 1)R".utf8) }
        case UInt8(ascii: "h"), UInt8(ascii: "l"):
            let on = final == UInt8(ascii: "h")
            guard privateMarker == UInt8(ascii: "?") else { break }
            for mode in numbers.compactMap({ $0 }) {
                switch mode {
                case 25: cursorVisible = on
                case 1049, 1047, 47:
                    if on != alternateScreen {
                        alternateScreen = on
                        for y in 0..<height { rows[y] = blankRow }
                    }
                case 1000, 1002, 1003, 1006, 1015: if on { mouseModes.insert(mode) } else { mouseModes.remove(mode) }
                case 2004: bracketedPaste = on
                default: break
                }
            }
        default: break
        }
    }

    private mutating func clear(row y: Int, from a: Int, to b: Int) {
        guard y >= 0, y < height, a < b else { return }
        for x in max(0, a)..<min(width, b) { rows[y][x] = " " }
    }
}
