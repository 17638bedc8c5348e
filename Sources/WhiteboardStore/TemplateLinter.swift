import Foundation
import WhiteboardCore

/// Checks a templates folder and reports every problem it finds, one line each
/// (`mlsd templates lint`). Unlike `TemplateLibrary.load`, it does not stop at the first.
public enum TemplateLinter {
    /// One thing wrong with a template file.
    public struct Finding: Equatable, Sendable, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    public static func lint(directory: String) -> [Finding] {
        var findings: [Finding] = []
        let cataloguePath = directory + "/" + TemplateLibrary.catalogueFile
        var catalogue: TradeoffCatalogue?
        do {
            catalogue = try TemplateLibrary.decodeYAML(TradeoffCatalogue.self, path: cataloguePath)
        } catch {
            findings.append(Finding(path: error.path, message: error.message))
        }
        if let catalogue { findings += lint(catalogue: catalogue, path: cataloguePath) }

        let files = TemplateLibrary.problemFiles(in: directory)
        if files.isEmpty {
            findings.append(Finding(path: directory + "/" + TemplateLibrary.problemsFolder, message: "no problem templates (*.yaml) found"))
        }
        var seenIDs: [String: String] = [:]
        for path in files {
            let problem: ProblemTemplate
            do {
                problem = try TemplateLibrary.decodeYAML(ProblemTemplate.self, path: path)
            } catch {
                findings.append(Finding(path: error.path, message: error.message))
                continue
            }
            if let other = seenIDs[problem.id] {
                findings.append(Finding(path: path, message: "duplicate problem id \"\(problem.id)\" (also in \(other))"))
            }
            seenIDs[problem.id] = path
            findings += lint(problem: problem, path: path, catalogue: catalogue)
        }
        return findings
    }

    /// Checks the catalogue on its own.
    public static func lint(catalogue: TradeoffCatalogue, path: String) -> [Finding] {
        var out: [Finding] = []
        func add(_ m: String) { out.append(Finding(path: path, message: m)) }
        var ids = Set<String>()
        for t in catalogue.tradeoffs {
            if t.id.isEmpty { add("a trade-off has an empty id") }
            if !ids.insert(t.id).inserted { add("duplicate trade-off id \"\(t.id)\"") }
            if t.title.trimmed.isEmpty { add("trade-off \(t.id): empty title") }
            if t.hint.trimmed.isEmpty { add("trade-off \(t.id): empty hint") }
            if t.sides.count < 2 { add("trade-off \(t.id): needs at least 2 sides, has \(t.sides.count)") }
            for q in t.followUps { if let m = followUpProblem(q) { add("trade-off \(t.id): follow-up \(m)") } }
            var owner: [String: String] = [:]
            for side in t.sides {
                if side.label.trimmed.isEmpty { add("trade-off \(t.id): a side has an empty label") }
                for phrase in side.phrases {
                    let key = phrase.trimmed.lowercased()
                    if key.isEmpty { add("trade-off \(t.id): side \"\(side.label)\" has an empty alias"); continue }
                    if let other = owner[key], other != side.label {
                        add("trade-off \(t.id): alias \"\(phrase)\" is on both sides \"\(other)\" and \"\(side.label)\"")
                    }
                    owner[key] = side.label
                }
            }
        }
        return out
    }

    /// Checks one problem template against the catalogue.
    public static func lint(problem p: ProblemTemplate, path: String, catalogue: TradeoffCatalogue?) -> [Finding] {
        var out: [Finding] = []
        func add(_ m: String) { out.append(Finding(path: path, message: m)) }
        let fileID = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        if p.id != fileID { add("id \"\(p.id)\" does not match the file name \"\(fileID)\"") }
        if p.title.trimmed.isEmpty { add("empty title") }
        if p.statement.trimmed.isEmpty { add("empty statement") }
        var seenTradeoffs: [String: StepID] = [:]
        for step in StepID.allCases {
            guard let st = p.steps[step] else { add("step \(step.rawValue) is missing"); continue }
            if st.prompts.isEmpty { add("step \(step.rawValue): no prompts") }
            if st.prompts.contains(where: { $0.trimmed.isEmpty }) { add("step \(step.rawValue): an empty prompt") }
            if st.talkingPoints.contains(where: { $0.trimmed.isEmpty }) { add("step \(step.rawValue): an empty talking point") }
            if st.minutes <= 0 { add("step \(step.rawValue): minutes must be positive") }
            if st.tradeoffs.isEmpty { add("step \(step.rawValue): no trade-offs") }
            for ref in st.tradeoffs {
                if let catalogue, catalogue[ref.id] == nil { add("step \(step.rawValue): unknown trade-off id \"\(ref.id)\"") }
                if let first = seenTradeoffs[ref.id] {
                    add("step \(step.rawValue): duplicate trade-off id \"\(ref.id)\" (already under \(first.rawValue))")
                }
                seenTradeoffs[ref.id] = step
            }
        }
        for (kind, questions) in p.followUps.sorted(by: { $0.key < $1.key }) {
            if !ProblemTemplate.followUpKinds.contains(kind) {
                add("followUps: unknown kind \"\(kind)\" (expected one of \(ProblemTemplate.followUpKinds.joined(separator: ", ")))")
            }
            for q in questions { if let m = followUpProblem(q) { add("followUps.\(kind): follow-up \(m)") } }
        }
        var names = Set<String>()
        for c in p.components {
            if c.name.trimmed.isEmpty { add("a component has an empty name") }
            if !names.insert(c.name.lowercased()).inserted { add("duplicate component \"\(c.name)\"") }
        }
        for f in p.flows {
            for end in [f.from, f.to] where !names.contains(end.lowercased()) {
                add("flow \"\(f.from)\" -> \"\(f.to)\" names unknown component \"\(end)\"")
            }
        }
        return out
    }
}

extension TemplateLinter {
    /// What is wrong with one follow-up question, or nil: empty, not ending in `?`, or a
    /// `{placeholder}` that is not a figure kind.
    static func followUpProblem(_ q: String) -> String? {
        let text = q.trimmed
        if text.isEmpty { return "is empty" }
        if !text.hasSuffix("?") { return "\"\(text.prefix(40))\" is not a question (end it with ?)" }
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { return "\"\(text.prefix(40))\" has an unclosed {" }
            let name = String(rest[rest.index(after: open)..<close])
            if !ProblemTemplate.followUpKinds.contains(name) {
                return "names unknown figure {\(name)} (expected one of \(ProblemTemplate.followUpKinds.map { "{\($0)}" }.joined(separator: ", ")))"
            }
            rest = rest[rest.index(after: close)...]
        }
        return nil
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
