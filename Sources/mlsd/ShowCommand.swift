import ArgumentParser
import Foundation
import TextMetrics
import WhiteboardCore

/// `mlsd show`: prints a session as readable text.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a session as readable text."
    )

    @OptionGroup var locations: Locations
    @Argument(help: ArgumentHelp("The session file.", valueName: "file")) var file: String

    func run() throws {
        let decoded: SessionCodec.Decoded
        do { decoded = try SessionStore.load(path: file) } catch { fail(CLIError(error.description)) }
        for repair in decoded.repairs { printError("\(file): \(repair)") }
        print(SessionText.render(decoded.session), terminator: "")
    }
}

/// The plain-text form of a session used by `mlsd show`. Control characters are shown inert.
enum SessionText {
    static func render(_ s: Session) -> String {
        func inert(_ t: String) -> String { InertText.escape(t, keepNewlines: true, keepTabs: true) }
        var out = "\(inert(s.title))\n"
        out += "problem: \(inert(s.problem))   created: \(ISO8601.format(s.createdAt))   updated: \(ISO8601.format(s.updatedAt))\n"
        for step in StepID.allCases {
            out += "\n## \(step.number). \(step.title)\n\n"
            let text = s.text(of: step)
            out += text.isEmpty ? "(empty)\n" : inert(text) + (text.hasSuffix("\n") ? "" : "\n")
        }
        let c = s.canvas
        out += "\n## Diagram\n\n"
        if c.boxes.isEmpty && c.notes.isEmpty {
            out += "(empty)\n"
        } else {
            let names = Dictionary(uniqueKeysWithValues: c.boxes.map { ($0.id, inert($0.label).replacingOccurrences(of: "\n", with: " ")) })
            for b in c.boxes { out += "[\(names[b.id]!)]" + (b.kind.map { " (\(inert($0)))" } ?? "") + "\n" }
            for a in c.arrows {
                out += "\(names[a.from] ?? a.from) -> \(names[a.to] ?? a.to)" + (a.label.map { "  \"\(inert($0))\"" } ?? "") + "\n"
            }
            for n in c.notes { out += "note: \(inert(n.text))\n" }
        }
        return out
    }
}
