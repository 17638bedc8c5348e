import Foundation
import SeededRandom
import Testing
import WhiteboardCore
import WhiteboardStore

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

    /// Writes a fraud-detection session with these step texts into `dir`; returns its path.
    static func fraudSession(_ dir: String, _ name: String, _ texts: [StepID: String]) throws -> String {
        var s = Session(id: name, problem: "fraud-detection", title: name, createdAt: Date(timeIntervalSince1970: 1_790_000_000))
        for (step, text) in texts { s.setText(text, for: step) }
        try SessionStore.save(s, to: dir + "/" + name + ".json")
        return dir + "/" + name + ".json"
    }

    static let clarify = "The risk score must come back within 20 ms at p99 inside the authorisation call. Fraud is about 0.1% of transactions."
    static let serving = "We score every transaction online within 15 ms, because the decision must happen before the payment is approved."

    @Test(.enabled(if: CLITests.available, "needs .build/debug/mlsd"))
    func askGivesDifferentQuestionsForDifferentGaps() throws {
        let dir = CLITests.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let ignored = try Self.fraudSession(dir, "ignored", [.clarify: Self.clarify, .serving: "We score every transaction online with the model."])
        let fallback = try Self.fraudSession(dir, "fallback", [.clarify: Self.clarify, .serving: Self.serving
            + " If the model times out we fall back to the rules engine, at the cost of more fraud getting through for those payments."])
        let review = try Self.fraudSession(dir, "review", [.clarify: Self.clarify, .serving: Self.serving
            + " Clear cases are declined automatically and the middle band goes to human review, since analysts can only handle a few thousand cases a day; the downside is slower decisions for those cardholders."])
        let contradiction = try Self.fraudSession(dir, "llm", [.clarify: Self.clarify, .model: "I'd use a 70B LLM to score every transaction."])

        let a = try CLITests.run(["ask", ignored, "--step", "serving"], cwd: dir)
        #expect(a.code == 0, "\(a.err)")
        #expect(a.out.hasPrefix("> Interviewer: Your scoring budget is 20 ms: "), "\(a.out)")
        #expect(a.out.contains("(6. Deployment and serving: the clarify step says “20 ms” (latency) but serving never uses it)"))
        let b = try CLITests.run(["ask", fallback, "--step", "6"], cwd: dir)
        let c = try CLITests.run(["ask", review, "--step", "serving"], cwd: dir)
        #expect(b.out.contains("auto-action-vs-human-review (core) is missing"), "\(b.out)")
        #expect(c.out.contains("ml-path-vs-fallback (core) is missing"), "\(c.out)")
        let questions = [a, b, c].map { $0.out.split(separator: "\n").first.map(String.init) ?? "" }
        #expect(Set(questions).count == 3, "\(questions)")
        let d = try CLITests.run(["ask", contradiction, "--step", "model", "--json"], cwd: dir)
        let j = try Self.json(d.out)
        #expect(j["reason"] as? String == "contradiction")
        #expect((j["question"] as? String)?.contains("“I'd use a 70B LLM to score every transaction.”") == true)
        // The session file is only read.
        #expect(try SessionStore.load(path: contradiction).session.text(of: .model) == "I'd use a 70B LLM to score every transaction.")
    }

    @Test(.enabled(if: CLITests.available, "needs .build/debug/mlsd"))
    func askOnTheShippedExamplesAndBadInput() throws {
        let r = try CLITests.run(["ask", "sessions/example-fraud-detection.json"], cwd: Self.root)
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.hasPrefix("> Interviewer: ") && r.out.split(separator: "\n").count == 2, "\(r.out)")
        let step = try CLITests.run(["ask", "sessions/example-fraud-detection.json", "--step", "deploy"], cwd: Self.root)
        #expect(step.code == 1)
        #expect(step.err == "mlsd: ask: unknown step \"deploy\"; one of: clarify, framing, data, model, evaluation, serving, monitoring\n")
        let missing = try CLITests.run(["ask", "nope.json"], cwd: Self.root)
        #expect(missing.code == 1 && missing.err.hasPrefix("mlsd: nope.json: ") && missing.err.split(separator: "\n").count == 1, "\(missing.err)")
    }

    @Test(.enabled(if: CLITests.available, "needs .build/debug/mlsd"))
    func lintChecksFollowUps() throws {
        let dir = CLITests.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.copyItem(atPath: Self.root + "/templates", toPath: dir + "/templates")
        let problem = dir + "/templates/problems/news-feed.yaml"
        var text = try String(contentsOfFile: problem, encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("  latency: [") })
        text = text.replacingOccurrences(of: line + "\n", with: "  budget: [\"What is the {budget}?\"]\n  latency: [\"Tell me about {latency}.\"]\n")
        try text.write(toFile: problem, atomically: true, encoding: .utf8)
        let r = try CLITests.run(["templates", "lint", dir + "/templates"], cwd: dir)
        #expect(r.code == 1)
        let lines = (r.out + r.err).split(separator: "\n").map(String.init).filter { $0.contains("followUps") }
        #expect(lines.contains { $0.contains("news-feed.yaml: followUps: unknown kind \"budget\"") }, "\(r.out)\(r.err)")
        #expect(lines.contains { $0.contains("news-feed.yaml: followUps.budget: follow-up names unknown figure {budget}") })
        #expect(lines.contains { $0.contains("news-feed.yaml: followUps.latency: follow-up \"Tell me about {latency}.\" is not a question") })
    }

    @Test(.enabled(if: CLITests.available, "needs .build/debug/mlsd"))
    func referenceDrawsEveryTemplate() throws {
        for t in Self.library.problems {
            let r = try CLITests.run(["reference", t.id, "--ascii"], cwd: Self.root)
            #expect(r.code == 0, "\(t.id): \(r.err)")
            let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines[0] == "Reference architecture: \(t.title) [\(t.id)], \(t.components.count) components, \(t.flows.count) flows")
            let picture = lines.dropFirst(2).joined(separator: "\n")
            #expect(picture.unicodeScalars.allSatisfy { $0.isASCII }, "--ascii draws ASCII only")
            for c in t.components { #expect(picture.contains(c.name) || c.name.split(separator: " ").allSatisfy { picture.contains($0) }, "\(t.id): \(c.name)") }
        }
        let unknown = try CLITests.run(["reference", "nope"], cwd: Self.root)
        #expect(unknown.code == 1 && unknown.err.hasPrefix("mlsd: unknown problem \"nope\"; one of: "))
    }

    @Test(.enabled(if: CLITests.available, "needs .build/debug/mlsd"))
    func drillPicksTheWeakestScoresAndSavesASession() throws {
        let dir = CLITests.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // Two fraud sessions that never discuss a fallback but do the rest of serving.
        for name in ["one", "two"] {
            _ = try Self.fraudSession(dir, name, [.serving: Self.serving + " Clear cases are declined automatically and the middle band goes to human review, since analysts can only handle a few thousand cases a day; the downside is slower decisions for those cardholders."])
        }
        let progress = try Self.json(try CLITests.run(["progress", "--dir", dir, "--json"], cwd: dir).out)
        let weakest = try #require((progress["weakTradeoffs"] as? [[String: Any]])?.first)
        let answer = dir + "/answer.txt"
        try "If the risk model or the feature store misses its deadline we fall back to the rules engine instead of blocking the transaction, because payments must keep flowing for cardholders; the downside is more fraud getting through while the fallback runs.".write(toFile: answer, atomically: true, encoding: .utf8)
        let r = try CLITests.run(["drill", "--dir", dir, "--answer", answer], cwd: dir)
        #expect(r.code == 0, "\(r.err)")
        let lines = r.out.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("Drill: "), "\(r.out)")
        #expect(lines[0].contains("[\(weakest["id"] as! String)], your weakest: not covered in 2 of 2"), "\(r.out)")
        #expect(lines[1].hasPrefix("Payment fraud detection: "))
        #expect(lines.contains { $0.hasPrefix("Level ") })
        let saved = try #require(lines.last?.hasPrefix("Saved ") == true ? String(lines.last!.dropFirst(6)) : nil)
        #expect(URL(fileURLWithPath: saved).deletingLastPathComponent().path == URL(fileURLWithPath: dir).standardizedFileURL.path)
        let session = try SessionStore.load(path: saved).session
        #expect(session.problem == "fraud-detection" && session.id.hasPrefix("drill-\(weakest["id"] as! String)-"))

        // A named trade-off, the answer on stdin; it counts in progress as a drill.
        let given = try CLITests.run(["drill", "--dir", dir, "--tradeoff", "ml-path-vs-fallback", "--problem", "fraud-detection", "--answer", answer], cwd: dir)
        #expect(given.code == 0, "\(given.err)")
        #expect(given.out.contains("Level 3 of 4") || given.out.contains("Level 4 of 4"), "\(given.out)")
        let after = try Self.json(try CLITests.run(["progress", "--dir", dir, "--json"], cwd: dir).out)
        #expect(after["sessions"] as? Int == 2 && after["drills"] as? Int == 2)

        // Bad input: one line, nothing saved.
        let before = try FileManager.default.contentsOfDirectory(atPath: dir).count
        try "   \n".write(toFile: dir + "/empty.txt", atomically: true, encoding: .utf8)
        let empty = try CLITests.run(["drill", "--dir", dir, "--answer", dir + "/empty.txt"], cwd: dir)
        #expect(empty.code == 1 && empty.err == "mlsd: drill: the answer is empty; nothing saved\n")
        let unknown = try CLITests.run(["drill", "--dir", dir, "--tradeoff", "nope", "--answer", answer], cwd: dir)
        #expect(unknown.code == 1 && unknown.err == "mlsd: drill: unknown trade-off \"nope\" (see templates/catalogue.yaml)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).count == before + 1, "only empty.txt was added")
    }

    @Test(.enabled(if: CLITests.available, "needs .build/debug/mlsd"))
    func drillReadsTheAnswerFromStdin() throws {
        let dir = CLITests.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLITests.binary)
        p.arguments = ["drill", "--dir", dir, "--problem", "news-feed"]
        p.environment = IsolatedHome.overlay()
        let input = Pipe(), out = Pipe()
        p.standardInput = input
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        input.fileHandleForWriting.write(Data("I'd optimise meaningful social interactions rather than time spent, because clickbait inflates time on the feed; hide rate is the guardrail.".utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(text.contains("a core trade-off (no weak spot in your sessions yet)"), "\(text)")
        #expect(text.contains("\nLevel "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".json") }.count == 1)
    }

    @Test(.enabled(if: CLITests.available, "needs .build/debug/mlsd"))
    func practiceCommandsHaveHelp() throws {
        for cmd in ["progress", "ask", "reference", "drill"] {
            let r = try CLITests.run([cmd, "--help"], cwd: CLITests.scratch())
            #expect(r.code == 0, "\(cmd)")
            #expect(r.out.contains("USAGE: mlsd \(cmd)"), "\(cmd): \(r.out)")
        }
        let top = try CLITests.run(["--help"], cwd: CLITests.scratch())
        for cmd in ["progress", "ask", "reference", "drill"] { #expect(top.out.contains("  \(cmd) "), "\(cmd) listed in mlsd --help") }
    }
}
