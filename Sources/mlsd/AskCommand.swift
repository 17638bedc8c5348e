import ArgumentParser
import Foundation
import Practice
import Rubric
import WhiteboardCore
import WhiteboardStore

/// `mlsd ask`: one interviewer follow-up question for a step of a session.
struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Ask an interviewer's follow-up on a step of a session.",
        discussion: """
        Picks, in this order: a contradiction the rubric found in the step; a figure stated in the \
        clarify step that this step ignores; the weakest core trade-off below level 3, then an \
        optional one. Questions come from the templates' followUps and quote your own figures. \
        Prints the question as the quoted line the whiteboard inserts, then why it was asked. \
        Without --step: the step last worked on, else the last step with text.
        """
    )

    @OptionGroup var locations: Locations
    @Argument(help: ArgumentHelp("The session file.", valueName: "file"), completion: .sessionFile) var file: String
    @Option(help: ArgumentHelp("The step to ask about: \(StepID.allCases.map(\.rawValue).joined(separator: ", ")), or its number 1-7.", valueName: "step"))
    var step: String?
    @Flag(help: "Print JSON: step, question, reason, because.") var json = false

    func run() throws {
        let session: Session
        do { session = try SessionStore.load(path: file).session } catch { fail(CLIError(error.description)) }
        let library: TemplateLibrary
        do { library = try locations.loadTemplates() } catch let e as CLIError { fail(e) }
        guard let template = library.problem(id: session.problem) else {
            fail(CLIError("\(file): unknown problem \"\(session.problem)\" (no template with that id in \(library.directory))"))
        }
        let target: StepID
        if let step {
            guard let s = StepID(rawValue: step.lowercased()) ?? Int(step).flatMap({ n in StepID.allCases.first { $0.number == n } }) else {
                fail(CLIError("ask: unknown step \"\(step)\"; one of: \(StepID.allCases.map(\.rawValue).joined(separator: ", "))"))
            }
            target = s
        } else {
            target = session.currentStep
                ?? StepID.allCases.last { !session.text(of: $0).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
                ?? .clarify
        }
        let report = Rubric.score(session, template: template, catalogue: library.catalogue)
        let followUp = FollowUpPicker.pick(session: session, step: target, template: template, catalogue: library.catalogue, report: report)
        if json {
            var o: [String: JSONValue] = ["file": .string(file), "step": .string(target.rawValue)]
            if let f = followUp {
                o["question"] = .string(f.question)
                o["reason"] = .string(f.reason.name)
                o["because"] = .string(f.because)
            } else {
                o["question"] = .null
            }
            print(JSONWriter.write(.object(o)), terminator: "")
            return
        }
        guard let f = followUp else {
            print("Nothing left open in \(target.number). \(target.title): no contradiction, no ignored figure, every trade-off at level 3 or above.")
            return
        }
        print(f.quotedLine)
        print("(\(target.number). \(target.title): \(f.because))")
    }
}
