import Foundation
import Testing
import WhiteboardCore
@testable import Diagram

/// Mermaid in and out, the layered layout, DOT and SVG, and labels kept whole on export.
@Suite struct DiagramFormatsTests {
    static let sample = Canvas(
        boxes: [
            Box(id: "b1", x: 0, y: 0, width: 10, height: 3, label: "Client", kind: "client"),
            Box(id: "b2", x: 20, y: 0, width: 14, height: 4, label: "Ranking\n\"v2\" #1", kind: "model"),
            Box(id: "b3", x: 20, y: 8, width: 10, height: 3, label: "Events", kind: "queue"),
            Box(id: "end", x: 40, y: 8, width: 10, height: 3, label: "Store"),
        ],
        arrows: [
            Arrow(id: "a1", from: "b1", to: "b2", label: "query | top 500"),
            Arrow(id: "a2", from: "b2", to: "b3", line: .dotted),
            Arrow(id: "a3", from: "b3", to: "end", line: .thick),
            Arrow(id: "a4", from: "b1", to: "b3", bothWays: true),
        ],
        notes: [Note(id: "n1", x: 0, y: 14, text: "p99 < 100 ms")])

    @Test func mermaidOutputIsTheExpectedFlowchart() {
        #expect(MermaidWriter.render(Self.sample) == """
        flowchart LR
            b1(["Client"])
            b2{{"Ranking<br>#quot;v2#quot; #35;1"}}
            b3>"Events"]
            box4["Store"]
            b1 -->|"query #124; top 500"| b2
            b2 -.-> b3
            b3 ==> box4
            b1 <--> b3
            %% note: p99 < 100 ms

        """)
    }

    /// "from -> to [label] line" by label, as a sorted list.
    static func arrows(_ c: Canvas) -> [String] {
        c.arrows.map { a in
            let f = c.box(id: a.from)?.label ?? "?", t = c.box(id: a.to)?.label ?? "?"
            return "\(f) \(a.bothWays ? "<->" : "->") \(t) [\(a.label ?? "")] \(a.line.rawValue)"
        }.sorted()
    }

    @Test func mermaidReadsBackWhatItWrites() {
        let back = MermaidReader.parse(MermaidWriter.render(Self.sample))
        #expect(back.boxes.map(\.label) == Self.sample.boxes.map(\.label))
        #expect(back.boxes.map(\.kind) == ["client", "model", "queue", nil])
        #expect(Self.arrows(back) == Self.arrows(Self.sample))
        #expect(back.notes.map(\.text) == ["p99 < 100 ms"])
    }

    @Test func mermaidSubsetAsPeopleWriteIt() {
        let c = MermaidReader.parse("""
        graph TD
          %% a comment
          U[User] --> API(API gateway) --> R{{Ranker}}
          R -- top 100 --> S[(Feature store)]
          R -.->|async| L[/Logs/]
          A & B --- C
          S ==> M((Cache)); M --> U
          subgraph serving [Serving tier]
            API
            R
          end
          classDef hot fill:#f00
          class R hot
          this is not mermaid !!
        """)
        let byID = Dictionary(uniqueKeysWithValues: c.boxes.map { ($0.label, $0.kind ?? "-") })
        #expect(byID == ["User": "-", "API gateway": "service", "Ranker": "model", "Feature store": "store",
                         "Logs": "index", "A": "-", "B": "-", "C": "-", "Cache": "cache"])
        #expect(Self.arrows(c) == [
            "A -> C [] solid", "API gateway -> Ranker [] solid", "B -> C [] solid", "Cache -> User [] solid",
            "Feature store -> Cache [] thick", "Ranker -> Feature store [top 100] solid", "Ranker -> Logs [async] dotted",
            "User -> API gateway [] solid",
        ])
        #expect(c.notes.map(\.text) == ["this is not mermaid !!", "group Serving tier: API gateway, Ranker"])
    }

    @Test func layeredLayoutHasNoOverlapsAndRoutesAroundBoxes() {
        let c = MermaidReader.parse("""
        flowchart LR
          a --> b --> c --> d
          a --> c
          a --> d
          b --> e --> d
          d --> a
          x
        """)
        for (i, p) in c.boxes.enumerated() {
            for q in c.boxes[(i + 1)...] {
                let apart = p.x + p.width <= q.x || q.x + q.width <= p.x || p.y + p.height <= q.y || q.y + q.height <= p.y
                #expect(apart, "\(p.label) overlaps \(q.label)")
            }
        }
        let x = Dictionary(uniqueKeysWithValues: c.boxes.map { ($0.label, $0.x) })
        #expect(x["a"]! < x["b"]! && x["b"]! < x["c"]! && x["c"]! < x["d"]! && x["e"]! < x["d"]!)
        let layout = DiagramLayout(canvas: c)
        #expect(layout.routes.count == c.arrows.count)
        #expect(layout.routes.allSatisfy { !$0.crossesBoxes })
    }

    @Test func laidOutMermaidDrawsAndReadsBack() {
        let c = MermaidReader.parse("""
        flowchart LR
          a --> b --> c --> d
          a --> c
          b -- feeds --> e --> d
          f
        """)
        #expect(c.boxes.count == 6 && c.arrows.count == 6)
        #expect(Self.arrows(DiagramText.parse(DiagramText.render(c, style: .single))) == Self.arrows(c))
    }

    /// text → session → Mermaid → session keeps boxes, labels and arrows, for every corpus diagram.
    @Test func corpusSurvivesTextToMermaidAndBack() throws {
        let folder = ImportCorpusTests.folder
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(names.count >= 40)
        for name in names {
            let first = DiagramText.parse(try String(contentsOfFile: folder + "/" + name, encoding: .utf8))
            let second = MermaidReader.parse(MermaidWriter.render(first))
            #expect(second.boxes.map(\.label) == first.boxes.map(\.label), "\(name)")
            #expect(Self.arrows(second) == Self.arrows(first), "\(name)")
            #expect(second.notes.map(\.text) == first.notes.map(\.text), "\(name)")
            // And laid out, it draws and reads back the same again.
            #expect(Self.arrows(DiagramText.parse(DiagramText.render(second, style: .ascii))) == Self.arrows(first), "\(name)")
        }
    }

    @Test func labelFitKeepsWholeLabels() {
        let canvas = Canvas(boxes: [
            Box(id: "m", x: 0, y: 0, width: 14, height: 3, label: "Monitoring dashboard"),
            Box(id: "s", x: 20, y: 0, width: 8, height: 3, label: "Store"),
            Box(id: "t", x: 0, y: 6, width: 8, height: 3, label: "two\nlines\nhere"),
        ], arrows: [Arrow(id: "a", from: "m", to: "s")], notes: [Note(id: "n", x: 30, y: 1, text: "note")])
        // On screen the label is cut...
        let onScreen = DiagramText.render(canvas, style: .single)
        #expect(onScreen.contains("…") && !onScreen.contains("Monitoring dashboard"), "\(onScreen)")
        // ...the export form shows it whole, moving what lies to the right.
        let fitted = LabelFit.fitted(canvas)
        let text = DiagramText.render(fitted, style: .single)
        #expect(text.contains("Monitoring dashboard") && text.contains("two") && text.contains("here") && !text.contains("…"), "\(text)")
        #expect(fitted.boxes.map(\.x) == [0, 28, 0] && fitted.boxes[0].width == 22 && fitted.boxes[2].height == 5)
        #expect(fitted.notes[0].x == 38)
        #expect(Self.arrows(DiagramText.parse(text)) == ["Monitoring dashboard -> Store [] solid"])
    }

    @Test func dotEscapesAndShapes() {
        let dot = DotWriter.render(Self.sample)
        #expect(dot.hasPrefix("digraph mlsd {\n    rankdir=LR;\n"))
        #expect(dot.contains("    \"b2\" [label=\"Ranking\\n\\\"v2\\\" #1\", shape=hexagon];\n"))
        #expect(dot.contains("    \"b2\" -> \"b3\" [style=dotted];\n"))
        #expect(dot.contains("    \"b1\" -> \"b3\" [dir=both];\n"))
        #expect(dot.contains("shape=note"))
    }

    @Test func svgHasEveryBoxLabelAndArrow() {
        let svg = SVGWriter.render(Self.sample)
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.components(separatedBy: "<g class=\"box\"").count - 1 == 4)
        #expect(svg.components(separatedBy: "<g class=\"arrow\"").count - 1 == 4)
        #expect(svg.contains(">&quot;v2&quot; #1</text>") && svg.contains(">query | top 500</text>") && svg.contains("p99 &lt; 100 ms"))
        #expect(svg.contains("stroke-dasharray") && svg.contains("marker-start"))
        #expect(!svg.contains("href=\"http"))   // self-contained: nothing fetched
    }

    // MARK: Real tools

    static func tool(_ name: String) -> String? {
        for dir in ["/usr/bin", "/usr/local/bin", "/bin"] where FileManager.default.isExecutableFile(atPath: dir + "/" + name) {
            return dir + "/" + name
        }
        return nil
    }

    static func run(_ path: String, _ args: [String], input: String) throws -> (code: Int32, out: Data, err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = args
        let i = Pipe(), o = Pipe(), e = Pipe()
        p.standardInput = i; p.standardOutput = o; p.standardError = e
        try p.run()
        i.fileHandleForWriting.write(Data(input.utf8))
        try i.fileHandleForWriting.close()
        let out = o.fileHandleForReading.readDataToEndOfFile()
        let err = e.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, out, String(decoding: err, as: UTF8.self))
    }

    @Test func graphvizAcceptsTheDOT() throws {
        guard let dot = Self.tool("dot") else {
            print("skipped graphvizAcceptsTheDOT: `dot` is not installed (apt-get install graphviz)")
            return
        }
        for canvas in [Self.sample, DiagramText.parse("[a] --> [b]"), Canvas()] {
            let r = try Self.run(dot, ["-Tsvg"], input: DotWriter.render(canvas))
            #expect(r.code == 0 && r.err.isEmpty, "\(r.err)")
            #expect(String(decoding: r.out, as: UTF8.self).contains("<svg"))
        }
        // A broken graph is refused, so the check can fail.
        #expect(try Self.run(dot, ["-Tsvg"], input: "digraph { a -> }").code != 0)
    }

    @Test func librsvgRendersTheSVG() throws {
        guard let rsvg = Self.tool("rsvg-convert") else {
            print("skipped librsvgRendersTheSVG: `rsvg-convert` is not installed (apt-get install librsvg2-bin)")
            return
        }
        for canvas in [Self.sample, DiagramText.parse("[a] --> [b]")] {
            let r = try Self.run(rsvg, ["-f", "png"], input: SVGWriter.render(canvas))
            #expect(r.code == 0 && r.err.isEmpty, "\(r.err)")
            #expect(r.out.starts(with: [0x89, 0x50, 0x4E, 0x47]))   // a PNG came out
        }
        #expect(try Self.run(rsvg, ["-f", "png"], input: "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect").code != 0)
    }
}
