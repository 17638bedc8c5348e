import ArgumentParser
import Foundation
import WhiteboardCore

/// `mlsd problems`: lists the problem templates.
struct ProblemsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "problems",
        abstract: "List the interview problems (id and title).",
        discussion: "With --json: an array of {id, title, steps: [{id, tradeoffs}], components}."
    )

    @OptionGroup var locations: Locations
    @Flag(help: "Print JSON instead of a table.") var json = false

    func run() throws {
        let library: TemplateLibrary
        do { library = try locations.loadTemplates() } catch let e as CLIError { fail(e) }
        if json {
            let items: [JSONValue] = library.problems.map { p in
                .object([
                    "id": .string(p.id),
                    "title": .string(p.title),
                    "steps": .array(StepID.allCases.map { s in
                        .object(["id": .string(s.rawValue), "tradeoffs": .array(p.step(s).tradeoffs.map { .string($0.id) })])
                    }),
                    "components": .array(p.components.map { .string($0.name) }),
                ])
            }
            print(JSONWriter.write(.array(items)), terminator: "")
        } else {
            let width = library.problems.map(\.id.count).max() ?? 0
            for p in library.problems {
                print(p.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + p.title)
            }
        }
    }
}
