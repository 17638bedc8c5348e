import Foundation
import SeededRandom
import Testing
import WhiteboardCore

/// `mlsd progress`, `ask`, `reference` and `drill` through the built binary, on the shipped
/// example sessions and on folders of generated ones.
@Suite struct PracticeCommandTests {
    static let root = CLITests.root
    static var library: TemplateLibrary { try! TemplateLibrary.load(directory: root + "/templates") }

    /// Writes `count` sessions answering each step with a random subset of the template's
    /// prompts, one day apart, with random step times; returns the folder.
    static func generatedFolder(count: Int, seed: UInt64, problems: [String]? = nil) throws -> String {
        let dir = CLITests.scratch()
        var rng = SplitMix64(seed: seed)
        let lib = library
        let templates = problems.map { ids in ids.map { lib.problem(id: $0)! } } ?? lib.problems
        for i in 0..<count {
            let t = templates[Int(rng.next() % UInt64(templates.count))]
            var s = Session(id: "gen-\(i)", problem: t.id, title: "generated \(i)",
                            createdAt: Date(timeIntervalSince1970: 1_790_000_000 + Double(i) * 86_400))
            for step in StepID.allCases {
                s.setText(t.step(step).prompts.filter { _ in rng.next() % 2 == 0 }.joined(separator: " "), for: step)
                s.steps[step]!.secondsSpent = Int(rng.next() % UInt64(t.step(step).minutes * 120 + 1))
            }
            try SessionStore.save(s, to: dir + "/gen-\(i).json")
        }
        return dir
    }

    static func json(_ text: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
    }

    @Test(.enabled(if: CLITests.available, "needs .build/debug/mlsd"))
    func progressOnTheShippedExamples() throws {
        let r = try CLITests.run(["progress"], cwd: Self.root)
        #expect(r.code == 0, "\(r.err)")
        #expect(r.err == "")
        #expect(r.out.hasPrefix("2 sessions on 2 problems\n"))
        #expect(r.out.contains("Payment fraud detection [fraud-detection]: 1 session"))
        #expect(r.out.contains("Video recommendation [video-recommendation]: 1 session"))
        #expect(r.out.contains("Most often missing or half-covered\n  "))
        let j = try Self.json(try CLITests.run(["progress", "--json"], cwd: Self.root).out)
        #expect(j["sessions"] as? Int == 2)
        #expect((j["problems"] as? [[String: Any]])?.count == 2)
    }

    @Test(.enabled(if: CLITests.available, "needs .build/debug/mlsd"))
    func progressOnGeneratedSessionsSkipsABadFileWithOneLine() throws {
        let dir = try Self.generatedFolder(count: 40, seed: 12, problems: ["fraud-detection", "news-feed"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let bad = "{\"schemaVersion\": 1, \"id\": "
        try Data(bad.utf8).write(to: URL(fileURLWithPath: dir + "/bad.json"))
        let r = try CLITests.run(["progress", "--dir", dir, "--json"], cwd: CLITests.scratch())
        #expect(r.code == 0)
        let lines = r.err.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].hasPrefix("mlsd: \(dir)/bad.json: ") && lines[0].hasSuffix("; skipped"), "\(r.err)")
        #expect(try String(contentsOfFile: dir + "/bad.json", encoding: .utf8) == bad, "the bad file is left as it was")
        let j = try Self.json(r.out)
        #expect(j["sessions"] as? Int == 40)
        let problems = j["problems"] as! [[String: Any]]
        #expect(Set(problems.map { $0["id"] as! String }) == ["fraud-detection", "news-feed"])
        #expect(problems.map { ($0["totals"] as! [Int]).count }.reduce(0, +) == 40)
        for p in problems {
            let totals = p["totals"] as! [Int], dates = p["dates"] as! [String]
            #expect(dates == dates.sorted(), "oldest first")
            #expect((p["sparkline"] as! String).count == min(30, totals.count))
        }
        // Random times up to twice each budget: some steps ran over.
        #expect(j["timedSessions"] as? Int == 40)
        #expect(!(j["overBudget"] as! [[String: Any]]).isEmpty)
        #expect(!(j["weakTradeoffs"] as! [[String: Any]]).isEmpty)

        // --since keeps the later sessions only (one a day from the first date).
        let first = Date(timeIntervalSince1970: 1_790_000_000)
        let since = ISO8601.format(first.addingTimeInterval(30 * 86_400))
        let recent = try Self.json(try CLITests.run(["progress", "--dir", dir, "--json", "--since", since], cwd: dir).out)
        #expect(recent["sessions"] as? Int == 10)

        let text = try CLITests.run(["progress", "--dir", dir], cwd: dir)
        #expect(text.out.hasPrefix("40 sessions on 2 problems\n"))
        #expect(text.out.contains("Over the time budget\n  "))
    }

    @Test(.enabled(if: CLITests.available, "needs .build/debug/mlsd"))
    func progressRejectsABadDateWithOneLine() throws {
        let r = try CLITests.run(["progress", "--since", "yesterday"], cwd: Self.root)
        #expect(r.code == 1)
        #expect(r.err == "mlsd: progress: --since \"yesterday\" is not a date (use 2026-11-20 or 2026-11-20T09:30:00Z)\n")
        #expect(r.out == "")
    }
}
