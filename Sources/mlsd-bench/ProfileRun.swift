import Diagram
import Foundation
import Rubric
import TermUI
import WhiteboardApp
import WhiteboardCore
import WhiteboardStore
import WhiteboardRuntime

/// `mlsd-bench profile WORKLOAD`: runs one workload of the benchmark alone, unmeasured, for a
/// profiler (`valgrind --tool=callgrind` or `--tool=massif`). See docs/PERFORMANCE.md.
///   score     Rubric.score on the 1,500-word session, 20 times
///   startup   load templates (warm cache) and the session, build the state, start the run loop
///   typing    200 keys into the 1,500-word session with ticks and frames
///   canvas    render the whole 300-box/600-arrow diagram 5 times
///   memory    open a 1 MiB session as the whiteboard does and render one frame
///   fixtures DIR   write the pty benchmark's session and text files into DIR
enum ProfileRun {
    static func run(_ arguments: [String]) -> Int32 {
        guard let workload = arguments.first else {
            printError("usage: mlsd-bench profile score|startup|typing|canvas|memory")
            return 2
        }
        let library: TemplateLibrary
        let dir: String
        do {
            dir = try TemplateLocator.locate(flag: nil)
            library = try TemplateLibrary.load(directory: dir)
        } catch {
            printError("\(error)")
            return 1
        }
        guard let template = library.problem(id: "video-recommendation") else { printError("no video-recommendation template"); return 1 }
        let session = Fixtures.session(words: 1500, template: template, catalogue: library.catalogue)
        let now = Date(timeIntervalSince1970: 1_900_000_000)
        switch workload {
        case "score":
            for _ in 0..<20 { keep(Rubric.score(session, template: template, catalogue: library.catalogue)) }
        case "startup":
            // As `mlsd open` starts: the templates through a warm cache (written here first).
            let path = NSTemporaryDirectory() + "/mlsd-profile-startup.json"
            let cache = NSTemporaryDirectory() + "/mlsd-profile-cache"
            try? SessionStore.save(session, to: path)
            _ = try? TemplateLibrary.load(directory: dir, cacheDirectory: cache)
            guard let lib = try? TemplateLibrary.load(directory: dir, cacheDirectory: cache), let decoded = try? SessionStore.load(path: path) else { return 1 }
            let state = AppState(width: 120, height: 40, now: now, library: lib, session: decoded.session, path: path)
            let runtime = WhiteboardRuntime(state: state, terminal: MemoryTerminal(width: 120, height: 40, now: now), effects: MemoryEffectRunner())
            runtime.start()
            keep(runtime.lastFrame)
        case "typing":
            var state = AppState(width: 120, height: 40, now: now, library: library, session: session, path: "/tmp/x.json")
            _ = App.reduce(&state, .documentEnd)
            let terminal = MemoryTerminal(width: 120, height: 40, now: now)
            let runtime = WhiteboardRuntime(state: state, terminal: terminal, effects: MemoryEffectRunner())
            runtime.start()
            for c in String(repeating: "typing into the answer ", count: 9).prefix(200) {
                terminal.advanceClock(by: 1.0 / 12)
                terminal.pendingInput.append(.key(KeyPress.char(c)))
                runtime.step()
            }
        case "canvas":
            let canvas = Fixtures.canvas(boxes: 300, arrows: 600)
            for _ in 0..<5 { keep(DiagramText.render(canvas, style: .single)) }
        case "memory":
            var big = Fixtures.session(bytes: 1_048_576, base: session)
            big.title = "memory"
            let state = AppState(width: 120, height: 40, now: now, library: library, session: big, path: "/tmp/x.json")
            keep(AppView.render(state))
            if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
               let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM") }) { print(line) }
        case "fixtures":
            // The pty benchmark's files, for cross-checking with other harnesses.
            let out = arguments.count > 1 ? arguments[1] : "."
            var s = session
            s.setText(PtyBenchmarks.marker + "\n" + s.text(of: .clarify), for: .clarify)
            do {
                try SessionStore.save(s, to: out + "/pty-session.json")
                let plain = StepID.allCases.map { s.text(of: $0) }.joined(separator: "\n\n") + "\n"
                try Data(plain.utf8).write(to: URL(fileURLWithPath: out + "/pty-session.txt"))
            } catch {
                printError("\(error)")
                return 1
            }
            print("wrote \(out)/pty-session.json and \(out)/pty-session.txt")
        default:
            printError("unknown workload \(workload)")
            return 2
        }
        return 0
    }
}
