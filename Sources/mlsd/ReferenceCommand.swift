import ArgumentParser
import Diagram
import Foundation
import Practice
import WhiteboardCore

/// `mlsd reference`: a problem's reference architecture, laid out and drawn.
struct ReferenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reference",
        abstract: "Draw a problem's reference architecture.",
        discussion: "Flows that loop back (retraining into the model) are drawn but do not push boxes right. See docs/practice.md."
    )

    @OptionGroup var locations: Locations
    @Argument(help: ArgumentHelp("The problem id (see `mlsd problems`).", valueName: "problem")) var problem: String
    @Flag(help: "Draw with plain ASCII (+ - | > v) instead of Unicode box drawing.") var ascii = false

    func run() throws {
        let library: TemplateLibrary
        do { library = try locations.loadTemplates() } catch let e as CLIError { fail(e) }
        let template = locations.template(id: problem, in: library)
        guard !template.components.isEmpty else {
            fail(CLIError("reference: \(template.id) lists no components in its template"))
        }
        let canvas = ReferenceDiagram.canvas(for: template)
        print("Reference architecture: \(template.title) [\(template.id)], \(canvas.boxes.count) components, \(canvas.arrows.count) flows")
        print("")
        print(DiagramText.render(canvas, style: ascii ? .ascii : .single))
    }
}
