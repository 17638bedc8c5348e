import Foundation
import WhiteboardCore
import WhiteboardStore
#if canImport(Glibc)
import Glibc
#endif

/// What one program measured in the pty.
struct ProgramFigures {
    var name: String
    var startup: Samples
    var latency: Samples
    var bytesPerKey: Double
    var keys: Int
    /// Bytes per key when each key is typed alone, after the output has been quiet for 300 ms
    /// (so each key gets its own rescore and clock repaint).
    var bytesPerIsolatedKey: Double = .nan
    /// Words typed at 20 keys a second at the end of the long last paragraph, and in its middle.
    var paragraphEnd: Typing?
    var paragraphMiddle: Typing?
}

/// Key-to-screen latencies (ns) and bytes written per key of one typing run.
struct Typing {
    var latency: Samples
    var bytesPerKey: Double
    var keys: Int
}

/// The pty part of the report.
struct PtyReport {
    var mlsd: ProgramFigures?
    var vim: ProgramFigures?
    /// Peak RSS of mlsd with a 1 MiB session, bytes.
    var mlsdPeakRSS: Double?
}

/// Startup to the first complete frame, key-to-screen latency and bytes written per typed key
/// for `mlsd open FILE` and `vim -u NONE FILE` on a 120×40 pty, and mlsd's peak RSS.
///
/// First complete frame: the end of the first burst of output in which the marker text is on
/// screen (the burst ends when 100 ms pass without output; the time is that of its last byte).
/// Key-to-screen: from writing a key to the pty until the screen emulator shows the typed
/// character just left of the cursor. Keys are typed at 20 per second in runs of 16 letters
/// then Enter, at the end of the 1,500-word text; bytes per key is all output during typing
/// (clock, score and all) divided by the keys sent.
struct PtyBenchmarks {
    let quick: Bool
    let workDirectory: String
    let templatesDirectory: String
    let library: TemplateLibrary
    let template: ProblemTemplate
    let mlsdPath: String?
    let vimPath: String?

    static let marker = "MLSDBENCHREADY"
    static let width = 120
    static let height = 40

    var environment: [String: String] {
        [
            "TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "HOME": workDirectory,
            "PATH": "/usr/local/bin:/usr/bin:/bin", "MLSD_TEMPLATES_DIR": templatesDirectory,
            "MLSD_SESSIONS_DIR": workDirectory + "/sessions",
        ]
    }

    /// A program to measure: how to start it on a file and the keys that put it into typing at
    /// the end of the text on a new line, at the end of the last paragraph, and `middleOffset`
    /// characters before that end.
    struct Program {
        var name: String
        var path: String
        var arguments: [String]
        var setupKeys: String
        var paragraphEndKeys: String
        var paragraphMiddleKeys: String
    }

    /// Characters between the insertion point and the end of the long paragraph, when typing
    /// in its middle.
    static let middleOffset = 300

    /// The long paragraph both programs' texts end with (about 1,200 characters, so it wraps
    /// over many rows in either).
    static let longParagraph = (0..<14).map { i in
        "Sentence \(i) weighs feature freshness against the serving latency budget of the ranker."
    }.joined(separator: " ")

    func run() -> PtyReport {
        var report = PtyReport()
        var session = Fixtures.session(words: 1500, template: template, catalogue: library.catalogue)
        // Both programs open the same text: the clarify step's answer, the step mlsd opens on.
        session.setText(Self.marker + "\n" + session.text(of: .clarify) + "\n\n" + Self.longParagraph, for: .clarify)
        let sessionPath = workDirectory + "/pty-session.json"
        let textPath = workDirectory + "/pty-session.txt"
        do {
            try FileManager.default.createDirectory(atPath: workDirectory + "/sessions", withIntermediateDirectories: true)
            try SessionStore.save(session, to: sessionPath)
            try Data((session.text(of: .clarify) + "\n").utf8).write(to: URL(fileURLWithPath: textPath))
        } catch {
            print("  cannot write the pty fixtures: \(error)")
            return report
        }

        let mlsd = mlsdPath ?? locateBuilt("mlsd")
        let vim = vimPath ?? findInPath("vim")
        var programs: [Program] = []
        if let vim {
            programs.append(Program(name: "vim -u NONE", path: vim, arguments: ["-u", "NONE", "-i", "NONE", "-n", textPath], setupKeys: "Go",
                                    paragraphEndKeys: "GA", paragraphMiddleKeys: "G$\(Self.middleOffset - 1)hi"))
        } else {
            print("  vim not found: skipping the vim baseline (install it: apt-get install -y vim)")
        }
        if let mlsd {
            programs.append(Program(name: "mlsd open", path: mlsd, arguments: ["open", sessionPath], setupKeys: "\u{1B}>\r",
                                    paragraphEndKeys: "\u{1B}>", paragraphMiddleKeys: "\u{1B}>" + String(repeating: "\u{1B}[D", count: Self.middleOffset)))
        } else {
            print("  mlsd not found beside mlsd-bench: build it (swift build -c release) or pass --mlsd PATH")
        }
        guard !programs.isEmpty else { return report }

        // Startup: alternate the programs so drift on a shared machine hits both alike.
        var startups = programs.map { Samples("startup to first frame: \($0.name)") }
        for _ in 0..<(quick ? 5 : 20) {
            for (i, p) in programs.enumerated() {
                if let t = startup(p) { startups[i].add(t) }
            }
        }
        for (i, p) in programs.enumerated() {
            let (latency, bytesPerKey, keys) = typing(p)
            var figures = ProgramFigures(name: p.name, startup: startups[i], latency: latency, bytesPerKey: bytesPerKey, keys: keys)
            figures.bytesPerIsolatedKey = isolatedKeys(p)
            figures.paragraphEnd = words(p, setup: p.paragraphEndKeys, label: "end of a long paragraph")
            figures.paragraphMiddle = words(p, setup: p.paragraphMiddleKeys, label: "middle of a long paragraph")
            print(startups[i].row)
            print(latency.row)
            print("\("bytes written per typed key: \(p.name)".padding(toLength: 46, withPad: " ", startingAt: 0)) \(String(format: "%.1f", bytesPerKey)) B (\(keys) keys)")
            print("\("  same, one key at a time: \(p.name)".padding(toLength: 46, withPad: " ", startingAt: 0)) \(String(format: "%.1f", figures.bytesPerIsolatedKey)) B")
            for t in [figures.paragraphEnd, figures.paragraphMiddle].compactMap({ $0 }) {
                print(t.latency.row)
                print("\("  bytes per key, same run".padding(toLength: 46, withPad: " ", startingAt: 0)) \(String(format: "%.1f", t.bytesPerKey)) B (\(t.keys) keys)")
            }
            if p.name.hasPrefix("mlsd") { report.mlsd = figures } else { report.vim = figures }
        }
        if let mlsd {
            report.mlsdPeakRSS = peakRSS(mlsd)
            if let rss = report.mlsdPeakRSS { print("peak RSS of mlsd open, 1 MiB session          \(Samples.format(rss, unit: "MiB"))") }
        }
        return report
    }

    /// Seconds from start to the first complete frame, or nil if the marker never showed.
    func startup(_ p: Program) -> Double? {
        let t0 = ContinuousClock.now
        guard let proc = try? PtyProcess(p.path, p.arguments, environment: environment, width: Self.width, height: Self.height) else { return nil }
        defer { proc.signal(SIGKILL); _ = proc.wait(timeout: 5) }
        guard proc.waitFor(timeout: 15, { $0.contains(Self.marker) }) else {
            print("  \(p.name): the marker never appeared; screen:\n\(proc.screen.text)")
            return nil
        }
        proc.waitQuiet(0.1)
        return seconds(proc.lastOutputAt - t0) * 1e9
    }

    /// Key-to-screen latencies (ns), bytes per key and the number of keys sent.
    func typing(_ p: Program) -> (Samples, Double, Int) {
        var latency = Samples("key-to-screen: \(p.name)")
        guard let proc = try? PtyProcess(p.path, p.arguments, environment: environment, width: Self.width, height: Self.height) else {
            return (latency, .nan, 0)
        }
        defer { proc.signal(SIGKILL); _ = proc.wait(timeout: 5) }
        guard proc.waitFor(timeout: 15, { $0.contains(Self.marker) }) else { return (latency, .nan, 0) }
        proc.waitQuiet(0.3)
        proc.send(p.setupKeys)
        proc.waitQuiet(0.3)
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let groups = quick ? 5 : 20
        let startBytes = proc.bytesRead
        var keys = 0
        var n = 0
        for _ in 0..<groups {
            for _ in 0..<16 {
                let c = letters[n % letters.count]
                n += 1
                let before = proc.bytesRead
                let t0 = ContinuousClock.now
                proc.send(String(c))
                keys += 1
                let shown = proc.waitFor(timeout: 3) { $0.cell($0.cursorX - 1, $0.cursorY) == String(c) && proc.bytesRead > before }
                if shown { latency.add(seconds(ContinuousClock.now - t0) * 1e9) }
                pace(since: t0)
            }
            let row = proc.screen.cursorY
            let t0 = ContinuousClock.now
            proc.send("\r")
            keys += 1
            _ = proc.waitFor(timeout: 3) { $0.cursorY != row || $0.cursorX == 0 }
            pace(since: t0)
        }
        proc.waitQuiet(0.3)
        return (latency, Double(proc.bytesRead - startBytes) / Double(keys), keys)
    }

    /// Words of five letters and a space typed at 20 keys a second after `setup` (the end or
    /// the middle of the long last paragraph): key-to-screen of the letters, bytes per key of all.
    func words(_ p: Program, setup: String, label: String) -> Typing? {
        var latency = Samples("key-to-screen, \(label): \(p.name)")
        guard let proc = try? PtyProcess(p.path, p.arguments, environment: environment, width: Self.width, height: Self.height) else { return nil }
        defer { proc.signal(SIGKILL); _ = proc.wait(timeout: 5) }
        guard proc.waitFor(timeout: 15, { $0.contains(Self.marker) }) else { return nil }
        proc.waitQuiet(0.3)
        proc.send(setup)
        proc.waitQuiet(0.5)
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let startBytes = proc.bytesRead
        var keys = 0
        for n in 0..<(quick ? 60 : 240) {
            let t0 = ContinuousClock.now
            if n % 6 == 5 {
                proc.send(" ")
                keys += 1
                proc.pump(timeout: 0.005)
            } else {
                let c = letters[n % letters.count]
                let before = proc.bytesRead
                proc.send(String(c))
                keys += 1
                let shown = proc.waitFor(timeout: 3) { $0.cell($0.cursorX - 1, $0.cursorY) == String(c) && proc.bytesRead > before }
                if shown { latency.add(seconds(ContinuousClock.now - t0) * 1e9) }
            }
            pace(since: t0)
        }
        proc.waitQuiet(0.3)
        return Typing(latency: latency, bytesPerKey: Double(proc.bytesRead - startBytes) / Double(keys), keys: keys)
    }

    /// Bytes written per key when each letter is typed after 300 ms of quiet, at the end of the text.
    func isolatedKeys(_ p: Program) -> Double {
        guard let proc = try? PtyProcess(p.path, p.arguments, environment: environment, width: Self.width, height: Self.height) else { return .nan }
        defer { proc.signal(SIGKILL); _ = proc.wait(timeout: 5) }
        guard proc.waitFor(timeout: 15, { $0.contains(Self.marker) }) else { return .nan }
        proc.waitQuiet(0.3)
        proc.send(p.setupKeys)
        proc.waitQuiet(0.3)
        let count = quick ? 10 : 30
        var total = 0
        for (i, c) in "abcdefghijklmnopqrstuvwxyzabcd".prefix(count).enumerated() {
            let before = proc.bytesRead
            proc.send(String(c))
            proc.waitQuiet(0.3)
            total += proc.bytesRead - before
            _ = i
        }
        return Double(total) / Double(count)
    }

    /// Waits until 50 ms have passed since `t0` (typing at 20 keys a second), reading nothing.
    func pace(since t0: ContinuousClock.Instant) {
        let left = 0.05 - seconds(ContinuousClock.now - t0)
        if left > 0 { usleep(UInt32(left * 1e6)) }
    }

    /// mlsd's VmHWM while it has a 1 MiB session open and a few keys were typed.
    func peakRSS(_ mlsd: String) -> Double? {
        let base = Fixtures.session(words: 1500, template: template, catalogue: library.catalogue)
        var big = Fixtures.session(bytes: 1_048_576, base: base)
        big.setText(Self.marker + "\n" + big.text(of: .clarify), for: .clarify)
        let path = workDirectory + "/rss-session.json"
        guard (try? SessionStore.save(big, to: path)) != nil,
              let proc = try? PtyProcess(mlsd, ["open", path], environment: environment, width: Self.width, height: Self.height) else { return nil }
        defer { proc.signal(SIGKILL); _ = proc.wait(timeout: 5) }
        guard proc.waitFor(timeout: 20, { $0.contains(Self.marker) }) else { return nil }
        proc.send("\u{1B}>\r")
        for c in "peak resident set size" { proc.send(String(c)); proc.pump(timeout: 0.02) }
        proc.waitQuiet(0.5)
        return proc.peakRSS().map(Double.init)
    }

    func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

    /// `name` built beside this executable.
    func locateBuilt(_ name: String) -> String? {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let p = URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent(name).path
        return FileManager.default.isExecutableFile(atPath: p) ? p : nil
    }

    func findInPath(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let p = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }
}
