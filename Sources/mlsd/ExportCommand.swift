import ArgumentParser
import Diagram
import Foundation
import Rubric
import WhiteboardCore

/// `mlsd export`: prints a session as Markdown, or its diagram as text.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print a session as Markdown (steps, diagram, score) or its diagram alone as text.",
        discussion: "Markdown export followed by `mlsd import` gives back the same step texts. See docs/score-format.md."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, text }

    @OptionGroup var locations: Locations
    @Argument(help: ArgumentHelp("The session file.", valueName: "file"), completion: .sessionFile) var file: String
    @Option(help: "markdown (steps, diagram and score) or text (the diagram alone).") var format: Format = .markdown
    @Flag(help: "Draw the diagram with plain ASCII (+ - | > v) instead of Unicode box drawing.") var ascii = false

    func run() throws {
        let session: Session
        do { session = try SessionStore.load(path: file).session } catch { fail(CLIError(error.description)) }
        let diagram = MarkdownExport.diagramText(session.canvas, style: ascii ? .ascii : .single)
        switch format {
        case .text:
            if !diagram.isEmpty { print(diagram) }
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
            print(SessionMarkdown.render(session, problemTitle: template?.title, diagramText: diagram, scoreText: scoreText), terminator: "")
        }
    }
}
