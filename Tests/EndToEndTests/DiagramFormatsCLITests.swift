import Foundation
import Testing
import WhiteboardCore
import WhiteboardStore

/// `mlsd import` and `mlsd export` with diagrams, through the built binary: the two examples
/// of issue 10, the Mermaid, DOT and SVG formats (checked by the real tools when installed),
/// and the two export bugs of issue 13.
@Suite struct DiagramFormatsCLITests {
    static func notes(_ diagram: String, fence: String = "") -> String {
        "# Notes\n\n## 1. Clarifying requirements\n100 M users.\n\n## Diagram\n\n```\(fence)\n\(diagram)\n```\n"
    }

    /// Imports `markdown` and returns the session's canvas.
    static func importCanvas(_ markdown: String, in dir: String, name: String) throws -> Canvas {
        try markdown.write(toFile: dir + "/\(name).md", atomically: true, encoding: .utf8)
        let r = try CLITests.run(["import", "\(name).md", "--problem", "video-recommendation", "--out", "\(name).json"], cwd: dir)
        #expect(r.code == 0, "\(r.err)")
        return try SessionStore.load(path: dir + "/\(name).json").session.canvas
    }

    static func arrows(_ c: Canvas) -> [String] {
        c.arrows.map { "\(c.box(id: $0.from)?.label ?? "?") -> \(c.box(id: $0.to)?.label ?? "?")" + ($0.label.map { " [\($0)]" } ?? "") }.sorted()
    }

    @Test(.enabled(if: CLITests.available, "needs .build/debug/mlsd: run `swift build` first"))
    func theTwoIssueExamplesGiveEveryBoxAndArrow() throws {
        let dir = CLITests.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let gap = try Self.importCanvas(Self.notes("+-----+     +-----+\n|  A  | --> |  B  |\n+-----+     +-----+"), in: dir, name: "gap")
        #expect(gap.boxes.map(\.label) == ["A", "B"])
        #expect(Self.arrows(gap) == ["A -> B"])
        #expect(gap.notes.isEmpty)
        let brackets = try Self.importCanvas(Self.notes("[Client] --> [Ranker] --> [Store]"), in: dir, name: "brackets")
        #expect(brackets.boxes.map(\.label) == ["Client", "Ranker", "Store"])
        #expect(Self.arrows(brackets) == ["Client -> Ranker", "Ranker -> Store"])
    }

    static func tool(_ name: String) -> String? {
        ["/usr/bin/", "/usr/local/bin/", "/bin/"].map { $0 + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `tool args` on `file` and returns its exit code and error output.
    static func check(_ tool: String, _ args: [String]) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        let e = Pipe()
        p.standardError = e
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let err = e.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: err, as: UTF8.self))
    }

    @Test(.enabled(if: CLITests.available, "needs .build/debug/mlsd"))
    func exportsMermaidDotAndSVGThatRealToolsAccept() throws {
        let dir = CLITests.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let drawing = """
        [App] --click--> [Collector] -- 10k/s --> [Kafka]
                              |
                              v
                         [Feature store] <--> [Ranker]
        """
        let canvas = try Self.importCanvas(Self.notes(drawing), in: dir, name: "s")
        #expect(canvas.boxes.count == 5 && canvas.arrows.count == 4)

        let mermaid = try CLITests.run(["export", "s.json", "--format", "mermaid"], cwd: dir)
        #expect(mermaid.code == 0, "\(mermaid.err)")
        #expect(mermaid.out.hasPrefix("flowchart LR\n"))
        #expect(mermaid.out.contains("-->|\"click\"|") && mermaid.out.contains("<-->"))
        // A Markdown file holding only that Mermaid block imports to the same structure.
        let back = try Self.importCanvas(Self.notes(mermaid.out, fence: "mermaid"), in: dir, name: "m")
        #expect(back.boxes.map(\.label) == canvas.boxes.map(\.label))
        #expect(Self.arrows(back) == Self.arrows(canvas))

        let dot = try CLITests.run(["export", "s.json", "--format", "dot"], cwd: dir)
        #expect(dot.code == 0 && dot.out.hasPrefix("digraph mlsd {"), "\(dot.err)")
        try dot.out.write(toFile: dir + "/s.dot", atomically: true, encoding: .utf8)
        if let tool = Self.tool("dot") {
            let (code, err) = try Self.check(tool, ["-Tsvg", "-o", dir + "/from-dot.svg", dir + "/s.dot"])
            #expect(code == 0 && err.isEmpty, "dot: \(err)")
        } else {
            print("skipped the dot check: `dot` is not installed (apt-get install graphviz)")
        }

        let svg = try CLITests.run(["export", "s.json", "--format", "svg"], cwd: dir)
        #expect(svg.code == 0 && svg.out.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), "\(svg.err)")
        try svg.out.write(toFile: dir + "/s.svg", atomically: true, encoding: .utf8)
        if let tool = Self.tool("rsvg-convert") {
            let (code, err) = try Self.check(tool, ["-o", dir + "/s.png", dir + "/s.svg"])
            #expect(code == 0 && err.isEmpty, "rsvg-convert: \(err)")
            let png = FileManager.default.contents(atPath: dir + "/s.png") ?? Data()
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        } else {
            print("skipped the SVG check: `rsvg-convert` is not installed (apt-get install librsvg2-bin)")
        }
    }

    @Test(.enabled(if: CLITests.available, "needs .build/debug/mlsd"))
    func markdownExportEmbedsTextAndMermaidAndImportsBackTheSameCanvas() throws {
        let dir = CLITests.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let canvas = try Self.importCanvas(Self.notes("[Client] --query--> [Ranker] ==> [Store]"), in: dir, name: "a")
        let md = try CLITests.run(["export", "a.json"], cwd: dir)
        #expect(md.code == 0, "\(md.err)")
        #expect(md.out.contains("## Diagram\n\n```text\n┌"))
        #expect(md.out.contains("\n```mermaid\nflowchart LR\n"))
        let again = try Self.importCanvas(md.out, in: dir, name: "b")
        #expect(again == canvas)
        #expect(try SessionStore.load(path: dir + "/b.json").session.text(of: .clarify) == "100 M users.")
    }

    /// Issue 13: a step ending with a newline was exported inside a code block, and labels cut
    /// on screen (`Monitoring d…`) were exported cut.
    @Test(.enabled(if: CLITests.available, "needs .build/debug/mlsd"))
    func exportKeepsProseAndWholeLabels() throws {
        let dir = CLITests.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var session = Session.new(problem: "video-recommendation", title: "Export bugs")
        session.setText("We shard by user id.\n", for: .data)
        session.canvas = Canvas(boxes: [Box(id: "b1", x: 0, y: 0, width: 14, height: 3, label: "Monitoring dashboard"),
                                        Box(id: "b2", x: 20, y: 0, width: 9, height: 3, label: "Alerts")],
                                arrows: [Arrow(id: "a1", from: "b1", to: "b2")])
        try SessionStore.save(session, to: dir + "/s.json")

        let md = try CLITests.run(["export", "s.json"], cwd: dir)
        #expect(md.code == 0, "\(md.err)")
        #expect(md.out.contains("## 3. Data preparation\n\nWe shard by user id.\n<!--"))
        #expect(!md.out.contains("```mlsd-text"))
        #expect(md.out.contains("Monitoring dashboard") && !md.out.contains("…"))
        try md.out.write(toFile: dir + "/s.md", atomically: true, encoding: .utf8)
        let imported = try CLITests.run(["import", "s.md", "--problem", "video-recommendation", "--out", "t.json"], cwd: dir)
        #expect(imported.code == 0, "\(imported.err)")
        let back = try SessionStore.load(path: dir + "/t.json").session
        #expect(back.text(of: .data) == "We shard by user id.\n")
        #expect(back.canvas.boxes.map(\.label) == ["Monitoring dashboard", "Alerts"])

        for format in ["text", "mermaid", "dot", "svg"] {
            let r = try CLITests.run(["export", "s.json", "--format", format], cwd: dir)
            #expect(r.code == 0 && r.out.contains("Monitoring dashboard") && !r.out.contains("…"), "\(format): \(r.out)")
        }
    }

    @Test(.enabled(if: CLITests.available, "needs .build/debug/mlsd"))
    func importAndExportHelpReadAsParagraphs() throws {
        let dir = CLITests.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for (command, sentence) in [
            ("import", "With no text drawing, a ```mermaid flowchart block is read instead and laid out from left to right."),
            ("export", "Every format carries each label whole, even when the canvas shows it cut."),
        ] {
            let r = try CLITests.run([command, "--help"], cwd: dir, env: ["COLUMNS": "80"])
            #expect(r.code == 0)
            let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.allSatisfy { $0.count <= 80 || $0.hasPrefix("USAGE:") }, "\(r.out)")
            // Wrapped only at the terminal's width: joining each paragraph's lines gives the sentence back.
            let paragraphs = r.out.components(separatedBy: "\n\n").map { $0.replacingOccurrences(of: "\n", with: " ") }
            #expect(paragraphs.contains { $0.contains(sentence) }, "\(command) --help:\n\(r.out)")
        }
    }
}
