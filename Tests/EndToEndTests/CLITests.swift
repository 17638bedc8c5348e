import Foundation
import Testing
import WhiteboardCore
import WhiteboardStore

/// The built `mlsd` binary run as a script would run it: no terminal, real files.
@Suite struct CLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let binary = root + "/.build/debug/mlsd"

    struct Run { var code: Int32; var out: String; var err: String }

    static func run(_ args: [String], cwd: String, env: [String: String] = [:]) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: cwd)
        var environment = IsolatedHome.overlay()
        environment.removeValue(forKey: "MLSD_SESSIONS_DIR")
        environment.removeValue(forKey: "MLSD_TEMPLATES_DIR")
        for (k, v) in env { environment[k] = v }
        p.environment = environment
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(code: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    static func scratch() -> String {
        let dir = NSTemporaryDirectory() + "mlsd-cli-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    static var available: Bool { FileManager.default.isExecutableFile(atPath: binary) }

    @Test(.enabled(if: CLITests.available, "needs .build/debug/mlsd: run `swift build` first"))
    func newWritesAValidSessionFromAnyDirectory() throws {
        let dir = Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try Self.run(["new", "--problem", "video-recommendation", "--out", "x.json"], cwd: dir)
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out == "x.json\n")
        let session = try SessionStore.load(path: dir + "/x.json").session
        #expect(session.problem == "video-recommendation")
        #expect(session.title == "Video recommendation")
        // Refuses to overwrite.
        let again = try Self.run(["new", "--problem", "video-recommendation", "--out", "x.json"], cwd: dir)
        #expect(again.code == 1)
        #expect(again.err == "mlsd: x.json: already exists; not overwriting it (choose another --out)\n")
    }

    @Test(.enabled(if: CLITests.available, "needs .build/debug/mlsd"))
    func hostileTitleStaysInTheSessionsFolder() throws {
        let dir = Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/work", withIntermediateDirectories: true)
        let r = try Self.run(["new", "--problem", "fraud-detection", "--title", "../../x"], cwd: dir + "/work")
        #expect(r.code == 0, "\(r.err)")
        let path = r.out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(URL(fileURLWithPath: path).deletingLastPathComponent().path == dir + "/work/sessions")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["work"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/work").sorted() == ["sessions"])
        #expect(try SessionStore.load(path: path).session.title == "../../x")
    }

    @Test(.enabled(if: CLITests.available, "needs .build/debug/mlsd"))
    func validateNamesTruncatedFileAndLeavesItUntouched() throws {
        let dir = Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = try Self.run(["new", "--problem", "news-feed", "--out", "good.json"], cwd: dir)
        let full = try Data(contentsOf: URL(fileURLWithPath: dir + "/good.json"))
        let cut = full.prefix(full.count / 2)
        try cut.write(to: URL(fileURLWithPath: dir + "/cut.json"))
        let r = try Self.run(["validate", "good.json", "cut.json"], cwd: dir)
        #expect(r.code == 1)
        let lines = r.out.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("cut.json: invalid JSON at line ") == true, "\(r.out)")
        #expect(lines.first?.contains(", column ") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/cut.json")) == cut)
        let ok = try Self.run(["validate", "good.json"], cwd: dir)
        #expect(ok.code == 0)
    }

    @Test(.enabled(if: CLITests.available, "needs .build/debug/mlsd"))
    func whiteboardWithoutATerminalExitsTwo() throws {
        let dir = Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for args in [[], ["open", "x.json"]] {
            let r = try Self.run(args, cwd: dir)
            #expect(r.code == 2)
            #expect(r.out.isEmpty)
            #expect(r.err.hasPrefix("mlsd: the whiteboard needs a terminal"))
        }
    }

    @Test(.enabled(if: CLITests.available, "needs .build/debug/mlsd"))
    func problemsJSONListsStepsTradeoffsAndComponents() throws {
        let r = try Self.run(["problems", "--json"], cwd: Self.scratch())
        #expect(r.code == 0)
        let value = try JSONParser.parse(Array(r.out.utf8))
        guard case .array(let items) = value else { Issue.record("not an array"); return }
        #expect(items.count == 15)
        guard case .object(let first)? = items.first, case .array(let steps)? = first["steps"],
              case .array(let components)? = first["components"] else { Issue.record("bad shape"); return }
        #expect(steps.count == 7)
        #expect(components.count >= 6)
        #expect(first["id"] == .string("ad-click-prediction"))
    }

    @Test(.enabled(if: CLITests.available, "needs .build/debug/mlsd"))
    func everyCommandHasHelp() throws {
        for cmd in [["--help"], ["problems", "--help"], ["new", "--help"], ["open", "--help"], ["show", "--help"],
                    ["validate", "--help"], ["templates", "lint", "--help"]] {
            let r = try Self.run(cmd, cwd: Self.scratch())
            #expect(r.code == 0, "\(cmd)")
            #expect(r.out.contains("USAGE: mlsd"), "\(cmd)")
        }
        #expect(try Self.run(["--version"], cwd: Self.scratch()).out == "0.1.0\n")
    }

    @Test(.enabled(if: CLITests.available, "needs .build/debug/mlsd"))
    func badTemplatesDirIsAOneLineError() throws {
        let r = try Self.run(["problems", "--templates-dir", "/nonexistent"], cwd: Self.scratch())
        #expect(r.code == 1)
        #expect(r.err == "mlsd: /nonexistent: no catalogue.yaml here (from --templates-dir)\n")
    }

    @Test(.enabled(if: CLITests.available, "needs .build/debug/mlsd"))
    func exportThenImportKeepsStepsAndDiagram() throws {
        let dir = Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let example = Self.root + "/sessions/example-video-recommendation.json"
        for ascii in [false, true] {
            let exported = try Self.run(["export", example] + (ascii ? ["--ascii"] : []), cwd: dir)
            #expect(exported.code == 0, "\(exported.err)")
            try exported.out.write(toFile: dir + "/notes.md", atomically: true, encoding: .utf8)
            let out = "back-\(ascii).json"
            let imported = try Self.run(["import", "notes.md", "--problem", "video-recommendation", "--out", out], cwd: dir)
            #expect(imported.code == 0, "\(imported.err)")
            let original = try SessionStore.load(path: example).session
            let back = try SessionStore.load(path: dir + "/" + out).session
            for step in StepID.allCases { #expect(back.text(of: step) == original.text(of: step), "\(step)") }
            let labels = { (c: Canvas) in c.boxes.map(\.label).sorted() }
            #expect(labels(back.canvas) == labels(original.canvas))
            func edges(_ c: Canvas) -> [String] {
                c.arrows.map { a in "\(c.box(id: a.from)!.label) -> \(c.box(id: a.to)!.label) \(a.label ?? "")" }.sorted()
            }
            #expect(edges(back.canvas) == edges(original.canvas))
            #expect(back.canvas.notes.map(\.text) == ["p99 < 200 ms end to end"])
        }
    }
}
