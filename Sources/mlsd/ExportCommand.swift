import ArgumentParser
import Diagram
import Foundation
import Rubric
import WhiteboardCore
import WhiteboardStore

/// `mlsd export`: prints a session as Markdown, or its diagram as text, Mermaid, DOT or SVG.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print a session: Markdown, text, Mermaid, DOT or SVG.",
        discussion: """
        markdown: the steps, the diagram (as a text drawing and as a mermaid block) and the score; `mlsd import` of it gives back the same step texts and diagram.

        text: the diagram drawn with box-drawing characters (--ascii for + - | > v). mermaid: a flowchart LR (box kinds as node shapes, arrow labels and line styles). dot: a Graphviz digraph (render it with `dot -Tpng`). svg: the canvas as a picture that a browser opens.

        Every format carries each label whole, even when the canvas shows it cut. Formats: docs/diagram.md and docs/score-format.md.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, text, mermaid, dot, svg }

    @OptionGroup var locations: Locations
    @Argument(help: ArgumentHelp("The session file.", valueName: "file"), completion: .sessionFile) var file: String
    @Option(help: "What to print (each format is described above).") var format: Format = .markdown
    @Flag(help: "Draw text and Markdown diagrams in plain ASCII instead of Unicode box drawing.") var ascii = false

    func run() throws {
        let session: Session
        do { session = try SessionStore.load(path: file).session } catch { fail(CLIError(error.description)) }
        let diagram = MarkdownExport.diagramText(session.canvas, style: ascii ? .ascii : .single)
        switch format {
        case .text:
            if !diagram.isEmpty { print(diagram) }
        case .mermaid:
            print(MermaidWriter.render(session.canvas), terminator: "")
        case .dot:
            print(DotWriter.render(session.canvas), terminator: "")
        case .svg:
            print(SVGWriter.render(LabelFit.fitted(session.canvas)), terminator: "")
        case .markdown:
            var template: ProblemTemplate? = nil
            var catalogue = TradeoffCatalogue(tradeoffs: [])
            do {
                let library = try locations.loadTemplates()
                template = library.problem(id: session.problem)
                catalogue = library.catalogue
            } catch let e as CLIError {
                printError("\(e.message); exporting without a score")
            }
            if template == nil { printError("\(file): unknown problem \"\(session.problem)\"; exporting without a score") }
            let scoreText = template.map { ScoreReportText.render(Rubric.score(session, template: $0, catalogue: catalogue)) }
            print(SessionMarkdown.render(session, problemTitle: template?.title, diagramText: diagram,
                                        mermaidText: MarkdownExport.isEmpty(session.canvas) ? nil : String(MermaidWriter.render(session.canvas).dropLast()),
                                        scoreText: scoreText), terminator: "")
        }
    }
}
