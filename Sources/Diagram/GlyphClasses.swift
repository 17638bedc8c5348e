/// What the parser knows about characters found in pasted diagrams.
enum GlyphClasses {
    /// Box-drawing characters whose arms do not depend on their neighbours.
    static let fixedArms: [Character: LineArms] = {
        var d: [Character: LineArms] = [:]
        for table in [DiagramStyle.singleGlyphs, DiagramStyle.roundedGlyphs, DiagramStyle.doubleGlyphs, DiagramStyle.heavyGlyphs] {
            for mask in 1..<16 where mask.nonzeroBitCount >= 2 {
                d[table[mask]] = LineArms(rawValue: UInt8(mask))
            }
        }
        let extra: [(String, LineArms)] = [
            ("-=─━═┄┅┈┉╌╍╼╾", .horizontal),
            ("|│┃║┆┇┊┋╎╏╽╿", .vertical),
            ("╒╓┍┎", [.down, .right]), ("╕╖┑┒", [.down, .left]),
            ("╘╙┕┖", [.up, .right]), ("╛╜┙┚", [.up, .left]),
            ("╞╟┝┞┟┠┡┢", [.up, .down, .right]), ("╡╢┥┦┧┨┩┪", [.up, .down, .left]),
            ("╤╥┭┮┯┰┱┲", [.down, .left, .right]), ("╧╨┵┶┷┸┹┺", [.up, .left, .right]),
            ("╪╫┽┾┿╀╁╂╃╄╅╆╇╈╉╊", [.up, .down, .left, .right]),
        ]
        for (chars, arms) in extra { for c in chars { d[c] = arms } }
        return d
    }()

    /// Characters that are corners or junctions when their neighbours say so: `+` and `*`, the
    /// `.` / `'` corners of rounded ASCII boxes, and PlantUML's `,` / `` ` `` corners.
    static let contextual: Set<Character> = ["+", "*", ".", "'", ",", "`"]

    /// Corners that take any two arms their neighbours give (`+---+`, `*****`).
    static let junctions: Set<Character> = ["+", "*"]

    /// Line cells that make an arrow dotted (`...>`, `┄┄▶`; ASCII `:` runs vertically).
    static let dotted: Set<Character> = Set(".:┄┅┈┉╌╍┆┇┊┋╎╏")

    /// Line cells that make an arrow thick when its boxes are not drawn in that weight.
    static let thick: Set<Character> = Set("=━┃═║")

    /// Box corners drawn heavy or double: arrows from such boxes are heavy or double because
    /// of the drawing style, not because they are thick.
    static let heavyCorners: Set<Character> = Set("┏╔┳╦┣╠╋╬")

    /// One-line boxes: `[Label]` and `(Label)`.
    static let bracketPairs: [Character: Character] = ["[": "]", "(": ")"]

    /// Arrow heads and the way they point.
    static let heads: [Character: Direction] = {
        var d: [Character: Direction] = [:]
        for c in ">▶►→▷⇒" { d[c] = .right }
        for c in "<◀◄←◁⇐" { d[c] = .left }
        for c in "vV▼↓▽⇓" { d[c] = .down }
        for c in "^▲↑△⇑" { d[c] = .up }
        return d
    }()

    /// Heads that are ordinary letters or punctuation unless a line touches them.
    static let asciiHeads: Set<Character> = [">", "<", "v", "V", "^"]
}
