import ArgumentParser
import Foundation
import WhiteboardCore

/// `mlsd import`: turns Markdown notes into a session file.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn Markdown notes into a session; print its path.",
        discussion: """
        Step headings are matched by number ("## 3. ..."), canonical id or title, case-insensitive.

        Under "## Diagram", the first fenced block holding a text drawing goes onto the canvas as drawn: boxes (+-|, .-', *, Unicode lines, [Label] or (Label) on one line), arrows (->, -->, ==>, ...>, <-->, v and ^ heads, gaps of a cell or two, labels such as --req-->) and other text as notes. With no text drawing, a ```mermaid flowchart block is read instead and laid out from left to right.

        Text outside the step headings is appended to the clarify step after a marker line. Formats: docs/score-format.md and docs/diagram.md.
        """
    )

    @OptionGroup var locations: Locations
    @Argument(help: ArgumentHelp("The Markdown file.", valueName: "notes.md"), completion: .file(extensions: ["md", "markdown"])) var file: String
    @Option(help: ArgumentHelp("Problem id (see `mlsd problems`).", valueName: "id"), completion: .problemID) var problem: String
    @Option(help: ArgumentHelp("Write the session to this file instead of the sessions folder; it must not exist.", valueName: "file"), completion: .sessionFile) var out: String?

    func run() throws {
        let library: TemplateLibrary
        do { library = try locations.loadTemplates() } catch let e as CLIError { fail(e) }
        let template = locations.template(id: problem, in: library)
        guard let data = FileManager.default.contents(atPath: file) else {
            fail(CLIError("\(file): " + (FileManager.default.fileExists(atPath: file) ? "cannot read the file" : "no such file")))
        }
        guard let markdown = String(data: data, encoding: .utf8) else { fail(CLIError("\(file): not UTF-8 text")) }
        let doc: SessionMarkdown.Document
        do { doc = try SessionMarkdown.parse(markdown) } catch {
            fail(CLIError("\(file): no step headings found (expected \"## 1. Clarifying requirements\" … \"## 7. Monitoring and infrastructure\", or a step id or title after ##)"))
        }
        let now = Date()
        let title = doc.title.flatMap { $0.isEmpty ? nil : $0 } ?? template.title
        let session = SessionMarkdown.session(from: doc, problem: template.id, title: title,
                                              canvas: MarkdownImport.canvas(fromDiagramBlocks: doc.diagramBlocks), now: now)
        let path = locations.saveNewSession(session, out: out, title: title, now: now)
        print(path)
    }
}
