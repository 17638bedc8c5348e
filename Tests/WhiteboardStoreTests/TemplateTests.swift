import Foundation
import Testing
@testable import WhiteboardCore
@testable import WhiteboardStore

/// The shipped templates: complete, consistent, lint-clean and each written for its own problem.
@Suite struct TemplateTests {
    static let root = SchemaTests.root
    static let templates = root + "/templates"
    static let expectedIDs = [
        "visual-search", "street-view-blurring", "video-search", "harmful-content-detection",
        "video-recommendation", "event-recommendation", "ad-click-prediction", "similar-listings",
        "news-feed", "people-you-may-know", "search-ranking", "fraud-detection",
        "image-classification", "delivery-eta", "document-qa",
    ]

    static func library() throws -> TemplateLibrary { try TemplateLibrary.load(directory: templates) }

    @Test func allFifteenLoadWithTheirIDs() throws {
        let lib = try Self.library()
        #expect(Set(lib.problems.map(\.id)) == Set(Self.expectedIDs))
        #expect(lib.catalogue.tradeoffs.count >= 80)
    }

    @Test func everyTemplateCoversTheFramework() throws {
        let lib = try Self.library()
        for p in lib.problems {
            var total = 0
            for step in StepID.allCases {
                let st = p.step(step)
                #expect(st.tradeoffs.count >= 2, "\(p.id) \(step): \(st.tradeoffs.count) trade-offs")
                #expect(!st.prompts.isEmpty && st.prompts.allSatisfy { !$0.trimmed.isEmpty }, "\(p.id) \(step): prompts")
                #expect(!st.talkingPoints.isEmpty, "\(p.id) \(step): talking points")
                #expect(st.minutes > 0)
                total += st.tradeoffs.count
            }
            #expect(total >= 25, "\(p.id): \(total) trade-offs")
            #expect(StepID.allCases.map { p.step($0).minutes }.reduce(0, +) == 45, "\(p.id): minutes")
            #expect(p.components.count >= 6, "\(p.id): components")
            #expect(p.flows.count >= 5, "\(p.id): flows")
            #expect(!p.statement.trimmed.isEmpty)
            #expect(p.nouns.count >= 5, "\(p.id): nouns")
            for key in ProblemTemplate.assumptionOrder {
                #expect(!(p.assumptions[key] ?? "").trimmed.isEmpty, "\(p.id): assumption \(key)")
            }
            for ref in p.tradeoffRefs.map(\.ref) {
                let t = lib.catalogue[ref.id]
                #expect(t != nil, "\(p.id): unknown trade-off \(ref.id)")
                #expect(!(t?.hint.trimmed.isEmpty ?? true), "\(ref.id): empty hint")
            }
        }
    }

    @Test func shippedTemplatesLintClean() {
        let findings = TemplateLinter.lint(directory: Self.templates)
        #expect(findings.isEmpty, "\(findings.map(\.description).joined(separator: "\n"))")
    }

    /// Word trigrams shared between two templates' prose: copies with the names changed share most.
    @Test func noTwoTemplatesAreCopies() throws {
        let lib = try Self.library()
        func shingles(_ p: ProblemTemplate) -> Set<String> {
            let prose = ([p.statement] + StepID.allCases.flatMap { p.step($0).prompts + p.step($0).talkingPoints }).joined(separator: " ")
            let words = prose.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
            guard words.count >= 3 else { return [] }
            return Set((0..<(words.count - 2)).map { words[$0..<$0 + 3].joined(separator: " ") })
        }
        let sets = lib.problems.map { ($0.id, shingles($0)) }
        for i in 0..<sets.count {
            for j in (i + 1)..<sets.count {
                let a = sets[i].1, b = sets[j].1
                let jaccard = Double(a.intersection(b).count) / Double(max(1, a.union(b).count))
                #expect(jaccard < 0.2, "\(sets[i].0) and \(sets[j].0) share \(Int(jaccard * 100))% of their word trigrams")
            }
        }
    }

    /// Lint catches a template broken on purpose, one useful line per problem.
    @Test func lintFailsOnABrokenTemplate() throws {
        let dir = Fixtures.tempDir()
        try FileManager.default.createDirectory(atPath: dir + "/problems", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.templates + "/catalogue.yaml", toPath: dir + "/catalogue.yaml")
        var text = try String(contentsOfFile: Self.templates + "/problems/fraud-detection.yaml", encoding: .utf8)
        text = text.replacingOccurrences(of: "id: ml-vs-rules", with: "id: no-such-tradeoff")
        try text.write(toFile: dir + "/problems/fraud-detection.yaml", atomically: true, encoding: .utf8)
        let broken = """
        id: wrong-name
        title: Broken
        statement: ""
        steps:
          clarify:
            minutes: 5
            prompts: []
            tradeoffs: []
        components:
          - name: A
        flows:
          - {from: A, to: B}
        """
        try broken.write(toFile: dir + "/problems/broken.yaml", atomically: true, encoding: .utf8)
        let lines = TemplateLinter.lint(directory: dir).map(\.description)
        let expected = [
            "fraud-detection.yaml: step clarify: unknown trade-off id \"no-such-tradeoff\"",
            "broken.yaml: id \"wrong-name\" does not match the file name \"broken\"",
            "broken.yaml: empty statement",
            "broken.yaml: step clarify: no prompts",
            "broken.yaml: step clarify: no trade-offs",
            "broken.yaml: step framing is missing",
            "broken.yaml: flow \"A\" -> \"B\" names unknown component \"B\"",
        ]
        for e in expected {
            #expect(lines.contains { $0.hasSuffix(e) }, "missing lint line: \(e)\n got: \(lines)")
        }
    }

    @Test func lintCatchesAnAliasOnBothSides() {
        let cat = TradeoffCatalogue(tradeoffs: [Tradeoff(id: "x", title: "X", step: .serving, sides: [
            .init(label: "batch prediction", aliases: ["precompute", "Nightly"]),
            .init(label: "online prediction", aliases: ["nightly", "on request"]),
        ], hint: "h")])
        #expect(TemplateLinter.lint(catalogue: cat, path: "c.yaml").map(\.description) ==
            ["c.yaml: trade-off x: alias \"nightly\" is on both sides \"batch prediction\" and \"online prediction\""])
    }

    @Test func yamlSyntaxErrorNamesTheFile() throws {
        let dir = Fixtures.tempDir()
        try FileManager.default.createDirectory(atPath: dir + "/problems", withIntermediateDirectories: true)
        try "tradeoffs: [\n".write(toFile: dir + "/catalogue.yaml", atomically: true, encoding: .utf8)
        let lines = TemplateLinter.lint(directory: dir).map(\.description)
        #expect(lines.contains { $0.hasPrefix(dir + "/catalogue.yaml: YAML syntax:") && !$0.contains("\n") }, "\(lines)")
    }
}

/// The complete example in docs/template-format.md must stay valid.
@Suite struct TemplateDocTests {
    @Test func documentedExampleLintsClean() throws {
        let doc = try String(contentsOfFile: SchemaTests.root + "/docs/template-format.md", encoding: .utf8)
        let parts = doc.components(separatedBy: "```yaml\nid: spam-filter")
        #expect(parts.count == 2)
        guard parts.count == 2, let body = parts[1].components(separatedBy: "```").first else { return }
        let dir = Fixtures.tempDir()
        try FileManager.default.createDirectory(atPath: dir + "/problems", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: TemplateTests.templates + "/catalogue.yaml", toPath: dir + "/catalogue.yaml")
        try ("id: spam-filter" + body).write(toFile: dir + "/problems/spam-filter.yaml", atomically: true, encoding: .utf8)
        #expect(TemplateLinter.lint(directory: dir).map(\.description) == [])
        #expect(try TemplateLibrary.load(directory: dir).problem(id: "spam-filter")?.step(.model).tradeoffs.count == 2)
    }
}
