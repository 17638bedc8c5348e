import Foundation
import Practice
import WhiteboardCore
import WhiteboardStore

/// `mlsd-bench progress [--sessions N] [--runs R]`: what `mlsd progress` does on a folder of N
/// generated sessions (default 1,000): read and decode every file, score it, build the report
/// and render the text. Reports the median of R runs (default 7) after one warm-up.
enum ProgressBenchmark {
    static func run(_ arguments: [String]) -> Int32 {
        var count = 1_000, runs = 7
        var i = 0
        while i < arguments.count {
            switch arguments[i] {
            case "--sessions": i += 1; count = Int(arguments[safe: i] ?? "") ?? -1
            case "--runs": i += 1; runs = Int(arguments[safe: i] ?? "") ?? -1
            default: printError("progress: unknown option \(arguments[i]) (use --sessions N, --runs R)"); return 2
            }
            i += 1
        }
        guard count > 0, runs > 0 else { printError("progress: --sessions and --runs take positive numbers"); return 2 }
        #if DEBUG
        print("warning: this is a debug build; run `swift run -c release mlsd-bench progress` for real figures")
        #endif
        let library: TemplateLibrary
        do { library = try TemplateLibrary.load(directory: try TemplateLocator.locate(flag: nil)) } catch {
            printError("\(error)")
            return 1
        }
        let dir = NSTemporaryDirectory() + "mlsd-bench-progress-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var words = 0, bytes = 0
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            var rng = BenchRandom(seed: 42)
            let start = Date(timeIntervalSince1970: 1_790_000_000)
            for n in 0..<count {
                let template = library.problems[Int(rng.next() % UInt64(library.problems.count))]
                // 150 to 1,500 words, as full sessions and half-finished ones come.
                var s = Fixtures.session(words: 150 + Int(rng.next() % 1_350), template: template,
                                         catalogue: library.catalogue, seed: rng.next())
                s.updatedAt = start.addingTimeInterval(Double(n) * 3_600)
                for step in StepID.allCases { s.steps[step]!.secondsSpent = Int(rng.next() % 900) }
                words += StepID.allCases.map { s.text(of: $0).split(separator: " ").count }.reduce(0, +)
                let data = SessionCodec.encode(s)
                bytes += data.count
                try SessionStore.writeAtomically(data, to: dir + "/s\(n).json")
            }
        } catch {
            printError("\(dir): \(error)")
            return 1
        }
        print("progress over \(count) generated sessions: \(words / count) words and \(bytes / count / 1024) KiB per file on average")
        var load = Samples("  load + decode + score \(count) sessions")
        var report = Samples("  build the report and render it")
        var total = Samples("mlsd progress over \(count) sessions")
        var lines = 0
        for r in 0...runs {
            var history: SessionHistory!
            let l = measure { history = SessionHistory.load(directory: dir, library: library) }
            var text = ""
            let b = measure { text = ProgressText.render(ProgressReport(history.sessions)) }
            guard history.sessions.count == count, history.skipped.isEmpty else {
                printError("progress: read \(history.sessions.count) of \(count) sessions")
                return 1
            }
            lines = text.split(separator: "\n").count
            if r == 0 { continue }   // warm-up: page cache, allocator
            load.add(l); report.add(b); total.add(l + b)
        }
        for s in [total, load, report] { print(s.row) }
        print(String(format: "  per session: %.3f ms (median), report of %d lines", total.p50 / 1e6 / Double(count), lines))
        return 0
    }
}
