import WhiteboardCore

/// Reads a Mermaid flowchart (`flowchart` / `graph`, the subset below) into a canvas laid out
/// by `LayeredLayout`.
///
/// Read: node ids with shapes (`[..]`, `(..)`, `([..])`, `[(..)]`, `((..))`, `{..}`, `{{..}}`,
/// `>..]`, `[/../]`, `[\..\]`, `[[..]]`, quoted or not), the shape giving the box kind as
/// `MermaidWriter` writes it; links `-->`, `---`, `-.->`, `==>`, `<-->` (any length, `o`/`x`
/// ends read as heads), labels as `-->|text|` or `-- text -->`; chains (`a --> b --> c`) and
/// `&` groups; `subgraph … end` as a note naming the group and its members; `%% note:`
/// comments as notes. Styling (`classDef`, `class`, `style`, `linkStyle`, `click`, `:::x`) and
/// other comments are skipped. Any other line becomes a note as written: nothing is lost and
/// nothing is an error.
public enum MermaidReader {
    /// Whether `text` looks like a Mermaid flowchart (its first non-blank, non-comment line is
    /// `flowchart` or `graph`).
    public static func isFlowchart(_ text: String) -> Bool {
        for raw in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let line = String(raw).trimmingSpaces()
            if line.isEmpty || line.hasPrefix("%%") { continue }
            let word = line.prefix { $0.isLetter }
            return word == "flowchart" || word == "graph"
        }
        return false
    }

    struct Link { var from: String; var to: String; var label: String?; var line: ArrowLine; var bothWays: Bool }

    /// The canvas for a flowchart.
    public static func parse(_ text: String) -> Canvas {
        var order: [String] = []
        var nodes: [String: LayeredLayout.Node] = [:]
        var links: [Link] = []
        var notes: [String] = []
        var groups: [(title: String, members: [String])] = []
        var open: [Int] = []

        func mention(_ id: String, _ shape: (label: String, kind: String?)?) {
            if nodes[id] == nil { order.append(id); nodes[id] = LayeredLayout.Node(label: id) }
            if let shape { nodes[id] = LayeredLayout.Node(label: shape.label, kind: shape.kind) }
            for g in open where !groups[g].members.contains(id) { groups[g].members.append(id) }
        }

        var sawHeader = false
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            for piece in splitStatements(String(raw)) {
                let line = String(piece.map { $0 == "\t" ? " " : $0 }).trimmingSpaces()
                if line.isEmpty { continue }
                if line.hasPrefix("%%") {
                    let body = String(line.dropFirst(2)).trimmingSpaces()
                    if body.hasPrefix("note:") { notes.append(decode(String(body.dropFirst(5)).trimmingSpaces())) }
                    continue
                }
                let word = String(line.prefix { $0.isLetter })
                if !sawHeader, word == "flowchart" || word == "graph" { sawHeader = true; continue }
                switch word {
                case "subgraph":
                    var title = String(line.dropFirst(8)).trimmingSpaces()
                    if let b = title.firstIndex(of: "["), title.hasSuffix("]") {
                        title = String(title[title.index(after: b)..<title.index(before: title.endIndex)])
                    }
                    groups.append((decode(unquote(title)), []))
                    open.append(groups.count - 1)
                    continue
                case "end" where line == "end":
                    if !open.isEmpty { open.removeLast() }
                    continue
                case "direction", "classDef", "class", "style", "linkStyle", "click":
                    continue
                default: break
                }
                var scanner = Scanner(Array(line))
                if let chain = scanner.chain(), scanner.atEnd {
                    for group in chain.groups { for (id, shape) in group { mention(id, shape) } }
                    for (k, link) in chain.links.enumerated() {
                        for (a, _) in chain.groups[k] {
                            for (b, _) in chain.groups[k + 1] {
                                links.append(Link(from: a, to: b, label: link.label, line: link.line, bothWays: link.bothWays))
                            }
                        }
                    }
                } else {
                    notes.append(line)
                }
            }
        }
        for g in groups {
            let members = g.members.map { nodes[$0].map { replacing($0.label, "\n", with: " ") } ?? $0 }
            notes.append("group \(g.title): " + members.joined(separator: ", "))
        }

        let index = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($0.element, $0.offset) })
        let boxes = LayeredLayout.place(order.map { nodes[$0]! }, edges: links.map { (index[$0.from]!, index[$0.to]!) }, labels: links.map(\.label))
        var canvas = Canvas(boxes: boxes)
        for l in links where l.from != l.to {
            canvas.arrows.append(Arrow(id: "a\(canvas.arrows.count + 1)", from: "b\(index[l.from]! + 1)", to: "b\(index[l.to]! + 1)",
                                       label: l.label, bothWays: l.bothWays, line: l.line))
        }
        var y = (boxes.map { $0.y + $0.height }.max() ?? -1) + 1 + (boxes.isEmpty ? 0 : 1)
        for text in notes {
            canvas.notes.append(Note(id: "n\(canvas.notes.count + 1)", x: 0, y: y, text: text))
            y += text.split(separator: "\n", omittingEmptySubsequences: false).count + 1
        }
        return canvas
    }

    /// Splits a line at `;` outside quotes and brackets.
    static func splitStatements(_ line: String) -> [String] {
        var out: [String] = []
        var cur = ""
        var quoted = false, depth = 0
        for ch in line {
            if ch == "\"" { quoted.toggle() }
            if !quoted { if "([{".contains(ch) { depth += 1 } else if ")]}".contains(ch) { depth = max(0, depth - 1) } }
            if ch == ";" && !quoted && depth == 0 { out.append(cur); cur = ""; continue }
            cur.append(ch)
        }
        out.append(cur)
        return out
    }

    /// `s` with every `target` replaced (the Diagram target does without Foundation).
    static func replacing(_ s: String, _ target: String, with replacement: String) -> String {
        let t = Array(target)
        guard !t.isEmpty else { return s }
        let c = Array(s)
        var out = ""
        var i = 0
        while i < c.count {
            if i + t.count <= c.count, Array(c[i..<(i + t.count)]) == t { out += replacement; i += t.count } else { out.append(c[i]); i += 1 }
        }
        return out
    }

    static func unquote(_ s: String) -> String {
        let t = s.trimmingSpaces()
        if t.count >= 2, t.hasPrefix("\""), t.hasSuffix("\"") { return String(t.dropFirst().dropLast()) }
        if t.count >= 2, t.hasPrefix("`"), t.hasSuffix("`") { return String(t.dropFirst().dropLast()) }
        return t
    }

    /// Mermaid label text to plain text: `<br>` as a line break, `#quot;`, `#35;`, `#NNN;`
    /// entity codes as characters.
    static func decode(_ s: String) -> String {
        var t = s
        for br in ["<br>", "<br/>", "<br />", "<BR>", "<BR/>"] { t = replacing(t, br, with: "\n") }
        var out = ""
        var i = t.startIndex
        while i < t.endIndex {
            if t[i] == "#", let semi = t[i...].firstIndex(of: ";"), t.distance(from: i, to: semi) <= 8 {
                let name = t[t.index(after: i)..<semi]
                let named: [Substring: Character] = ["quot": "\"", "amp": "&", "lt": "<", "gt": ">", "nbsp": " "]
                if let c = named[name] { out.append(c); i = t.index(after: semi); continue }
                if let n = UInt32(name), let u = Unicode.Scalar(n) { out.append(Character(u)); i = t.index(after: semi); continue }
            }
            out.append(t[i])
            i = t.index(after: i)
        }
        return out
    }

    /// A character-level reader for one statement.
    struct Scanner {
        let c: [Character]
        var p = 0
        init(_ c: [Character]) { self.c = c }

        var atEnd: Bool { mutating get { skipSpaces(); return p >= c.count } }
        mutating func skipSpaces() { while p < c.count, c[p] == " " || c[p] == "\t" { p += 1 } }
        func peek(_ k: Int = 0) -> Character? { p + k < c.count ? c[p + k] : nil }
        func starts(_ s: String) -> Bool {
            let a = Array(s)
            return p + a.count <= c.count && Array(c[p..<(p + a.count)]) == a
        }

        typealias Node = (id: String, shape: (label: String, kind: String?)?)

        mutating func chain() -> (groups: [[Node]], links: [(label: String?, line: ArrowLine, bothWays: Bool)])? {
            guard let first = group() else { return nil }
            var groups = [first]
            var links: [(label: String?, line: ArrowLine, bothWays: Bool)] = []
            while true {
                let save = p
                guard let l = link() else { p = save; break }
                guard let g = group() else { return nil }
                links.append(l); groups.append(g)
            }
            return (groups, links)
        }

        mutating func group() -> [Node]? {
            var nodes: [Node] = []
            repeat {
                if !nodes.isEmpty { p += 1 }
                guard let n = node() else { return nil }
                nodes.append(n)
                skipSpaces()
            } while peek() == "&"
            return nodes
        }

        mutating func node() -> Node? {
            skipSpaces()
            var id = ""
            while let ch = peek(), ch.isLetter || ch.isNumber || ch == "_" {
                // `-` may be part of an id only when no link starts here.
                id.append(ch); p += 1
                if peek() == "-", let n = peek(1), n.isLetter || n.isNumber { id.append("-"); p += 1 }
            }
            guard !id.isEmpty else { return nil }
            let shape = self.shape()
            if starts(":::") { p += 3; while let ch = peek(), ch.isLetter || ch.isNumber || ch == "_" || ch == "-" { p += 1 } }
            return (id, shape)
        }

        /// Shapes, longest opener first, with the closers that end them.
        static let openers: [(String, [String], String?)] = [
            ("(((", [")))"], "cache"), ("([", ["])"], "client"), ("((", ["))"], "cache"), ("[(", [")]"], "store"),
            ("[[", ["]]"], "feature-store"), ("[/", ["/]", "\\]"], "index"), ("[\\", ["\\]", "/]"], "index"),
            ("{{", ["}}"], "model"), ("[", ["]"], nil), ("(", [")"], "service"), ("{", ["}"], "monitor"), (">", ["]"], "queue"),
        ]

        mutating func shape() -> (label: String, kind: String?)? {
            for (open, closes, kind) in Self.openers where starts(open) {
                let save = p
                p += open.count
                var text = ""
                if peek() == "\"" {
                    p += 1
                    while let ch = peek(), ch != "\"" { text.append(ch); p += 1 }
                    guard peek() == "\"" else { p = save; return nil }
                    p += 1
                    skipSpaces()
                    guard let close = closes.first(where: { starts($0) }) else { p = save; return nil }
                    p += close.count
                } else {
                    var found: String? = nil
                    while p < c.count {
                        if let close = closes.first(where: { starts($0) }) { found = close; break }
                        text.append(c[p]); p += 1
                    }
                    guard let close = found else { p = save; return nil }
                    p += close.count
                }
                return (MermaidReader.decode(MermaidReader.unquote(text)), kind)
            }
            return nil
        }

        static func isLinkChar(_ ch: Character?) -> Bool { ch == "-" || ch == "=" || ch == "." }

        mutating func link() -> (label: String?, line: ArrowLine, bothWays: Bool)? {
            skipSpaces()
            var startHead = false
            if peek() == "<" || ((peek() == "o" || peek() == "x") && Self.isLinkChar(peek(1))) { startHead = true; p += 1 }
            var body = ""
            while Self.isLinkChar(peek()) { body.append(peek()!); p += 1 }
            guard body.count >= 2 || (body.count == 1 && peek() == ">") else { return nil }
            var endHead = false
            var label: String? = nil
            if peek() == ">" { endHead = true; p += 1 }
            else if (peek() == "o" || peek() == "x") && (peek(1) == " " || peek(1) == nil) { endHead = true; p += 1 }
            else if !body.contains(where: { $0 != body.first }) || body == "-." || body.count == 2, peek() == " " {
                // `-- text -->`, `-. text .->`, `== text ==>`: text up to the closing link.
                let save = p
                var text = ""
                var q = p
                var closed = false
                while q < c.count {
                    if Self.isLinkChar(c[q]), q + 1 < c.count, Self.isLinkChar(c[q + 1]) || c[q + 1] == ">", q > p, c[q - 1] == " " {
                        p = q
                        var tail = ""
                        while Self.isLinkChar(peek()) { tail.append(peek()!); p += 1 }
                        body += tail
                        if peek() == ">" { endHead = true; p += 1 }
                        else if (peek() == "o" || peek() == "x") && (peek(1) == " " || peek(1) == nil) { endHead = true; p += 1 }
                        closed = true
                        break
                    }
                    text.append(c[q]); q += 1
                }
                if closed { label = text.trimmingSpaces() } else { p = save }
            }
            _ = endHead
            skipSpaces()
            if peek() == "|" {
                p += 1
                var text = ""
                while let ch = peek(), ch != "|" { text.append(ch); p += 1 }
                guard peek() == "|" else { return nil }
                p += 1
                label = text
            }
            let line: ArrowLine = body.contains(".") ? .dotted : (body.contains("=") ? .thick : .solid)
            let decoded = label.map { MermaidReader.decode(MermaidReader.unquote($0)) }
            return (decoded.flatMap { $0.isEmpty ? nil : $0 }, line, startHead && endHead)
        }
    }
}
