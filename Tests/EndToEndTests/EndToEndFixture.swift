import Foundation
import Testing
import WhiteboardCore
import WhiteboardStore

/// A temp folder with a tiny template library and the path of the built `mlsd`.
struct EndToEndFixture {
    let root: String
    var templates: String { root + "/templates" }
    var sessions: String { root + "/sessions" }

    /// The `mlsd` product built with the tests: next to the test bundle in the build folder
    /// (`swift test` builds every product of the package), or `.build/debug/mlsd` in the package.
    static func binary() -> String? {
        var candidates: [String] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
            for _ in 0..<4 {
                candidates.append(dir.appendingPathComponent("mlsd").path)
                dir = dir.deletingLastPathComponent()
            }
        }
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(package.appendingPathComponent(".build/debug/mlsd").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    init() throws {
        root = NSTemporaryDirectory() + "mlsd-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: root + "/templates/problems", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/sessions", withIntermediateDirectories: true)
        try """
        tradeoffs:
          - id: scope
            title: Broad scope vs MVP
            step: clarify
            sides:
              - label: full scope
                aliases: [everything at once]
              - label: MVP
                aliases: [minimum viable]
            costCues: [time]
            groundingCues: [users]
            hint: State what the first version covers and what waits.
          - id: batch-vs-online
            title: Batch vs online prediction
            step: serving
            sides:
              - label: batch prediction
                aliases: [precompute]
              - label: online prediction
                aliases: [real-time inference]
            costCues: [staleness]
            groundingCues: [latency]
            hint: Pick one for this traffic and say what you give up.

        """.write(toFile: templates + "/catalogue.yaml", atomically: true, encoding: .utf8)
        try """
        id: tiny
        title: Tiny recommender
        statement: Suggest short videos to people on a phone app.
        assumptions:
          users: 10 M daily users
        steps:
          clarify:
            minutes: 5
            prompts: [Business goal]
            tradeoffs:
              - {id: scope, weight: core}
          framing: {minutes: 5}
          data: {minutes: 8}
          model: {minutes: 10}
          evaluation: {minutes: 6}
          serving:
            minutes: 7
            tradeoffs:
              - {id: batch-vs-online, weight: core}
          monitoring: {minutes: 4}

        """.write(toFile: templates + "/problems/tiny.yaml", atomically: true, encoding: .utf8)
    }

    /// A new empty session file for the tiny problem.
    func newSession(named name: String) throws -> String {
        let path = sessions + "/" + name
        try SessionStore.save(Session.new(problem: "tiny", title: "Tiny recommender"), to: path)
        return path
    }

    /// A shell command that runs mlsd with these folders, then prints its exit status and the
    /// terminal's echo/icanon/ixon settings, then waits (so the pane can be read).
    func command(_ binary: String, _ args: String) -> String {
        let mlsd = "'\(binary)' \(args) --templates-dir '\(templates)' --sessions-dir '\(sessions)'"
        return "sh -c \"\(mlsd.replacingOccurrences(of: "\"", with: "\\\"")); echo MLSD-EXIT=\\$?; stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(echo|icanon|ixon)$' | tr '\\n' ' '; echo STTY-END; sleep 60\""
    }

    func text(of path: String, step: StepID) -> String? {
        (try? SessionStore.load(path: path))?.session.text(of: step)
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}

extension EndToEndFixture {
    /// A fixture and the mlsd binary for a tmux test; nil (with the reason printed or recorded)
    /// when tmux or the binary is missing.
    static func prepare() throws -> (EndToEndFixture, String)? {
        if Tmux.path == nil {
            print("EndToEndTests skipped: tmux is not installed")
            return nil
        }
        guard let binary = EndToEndFixture.binary() else {
            Issue.record("the mlsd binary was not found next to the test bundle or in .build/debug; run `swift build` first")
            return nil
        }
        return (try EndToEndFixture(), binary)
    }
}
