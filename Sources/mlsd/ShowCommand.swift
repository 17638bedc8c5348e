import ArgumentParser
import Diagram
import Foundation
import TextMetrics
import WhiteboardCore
import WhiteboardStore

/// `mlsd show`: prints a session as readable text.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a session as readable text."
    )

    @OptionGroup var locations: Locations
    @Argument(help: ArgumentHelp("The session file.", valueName: "file"), completion: .sessionFile) var file: String
    @Flag(help: "Draw the diagram with plain ASCII (+ - | > v) instead of Unicode box drawing.") var ascii = false

    func run() throws {
        let decoded: SessionCodec.Decoded
        do { decoded = try SessionStore.load(path: file) } catch { fail(CLIError(error.description)) }
        for repair in decoded.repairs { printError("\(file): \(repair)") }
        print(SessionText.render(decoded.session, style: ascii ? .ascii : .single), terminator: "")
    }
}

/// The plain-text form of a session used by `mlsd show`. Control characters are shown inert.
enum SessionText {
    static func render(_ s: Session, style: DiagramStyle = .single) -> String {
        func inert(_ t: String) -> String { InertText.escape(t, keepNewlines: true, keepTabs: true) }
        var out = "\(inert(s.title))\n"
        out += "problem: \(inert(s.problem))   created: \(ISO8601.format(s.createdAt))   updated: \(ISO8601.format(s.updatedAt))\n"
        for step in StepID.allCases {
            out += "\n## \(step.number). \(step.title)\n\n"
            let text = s.text(of: step)
            out += text.isEmpty ? "(empty)\n" : inert(text) + (text.hasSuffix("\n") ? "" : "\n")
        }
        out += "\n## Diagram\n\n"
        if s.canvas.boxes.isEmpty && s.canvas.notes.isEmpty {
            out += "(empty)\n"
        } else {
            out += inert(DiagramText.render(s.canvas, style: style)) + "\n"
        }
        return out
    }
}
