import Foundation
import WhiteboardCore
import WhiteboardStore
#if canImport(Glibc)
import Glibc
#endif

/// One benchmark run: parses the options, runs every measurement, prints the report.
struct BenchmarkRun {
    var quick = false
    var skipPty = false
    var ptyOnly = false
    var mlsdPath: String?
    var vimPath: String?
    var templatesFlag: String?

    init(arguments: [String]) {
        var i = 0
        while i < arguments.count {
            switch arguments[i] {
            case "--quick": quick = true
            case "--skip-pty": skipPty = true
            case "--pty-only": ptyOnly = true
            case "--mlsd": i += 1; mlsdPath = arguments[safe: i]
            case "--vim": i += 1; vimPath = arguments[safe: i]
            case "--templates-dir": i += 1; templatesFlag = arguments[safe: i]
            case "-h", "--help":
                print("usage: mlsd-bench [--quick] [--skip-pty | --pty-only] [--mlsd PATH] [--vim PATH] [--templates-dir DIR]")
                exit(0)
            default:
                printError("unknown option \(arguments[i]) (try --help)")
                exit(2)
            }
            i += 1
        }
    }

    func run() -> Int32 {
        #if DEBUG
        print("warning: this is a debug build; run `swift run -c release mlsd-bench` for real figures")
        #endif
        let templatesDirectory: String
        let library: TemplateLibrary
        do {
            templatesDirectory = try TemplateLocator.locate(flag: templatesFlag)
            library = try TemplateLibrary.load(directory: templatesDirectory)
        } catch {
            printError("\(error)")
            return 1
        }
        guard let template = library.problem(id: "video-recommendation") ?? library.problems.first else {
            printError("\(templatesDirectory): no problem templates")
            return 1
        }
        var template_ = Array("/tmp/mlsd-bench-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template_) else { printError("cannot make a temp folder"); return 1 }
        let work = String(cString: made)
        defer { try? FileManager.default.removeItem(atPath: work) }

        print("mlsd-bench \(quick ? "(quick)" : "") — \(Machine.summary)")
        print("date: \(ISO8601.format(Date()))")
        let core = CoreBenchmarks(library: library, templatesDirectory: templatesDirectory, template: template, quick: quick, workDirectory: work)
        var all: [Samples] = []
        func section(_ title: String, _ body: () throws -> [Samples]) {
            print("\n## \(title)")
            do {
                let rows = try body()
                rows.forEach { print($0.row) }
                all += rows
            } catch {
                print("  failed: \(error)")
            }
        }
        if !ptyOnly {
            section("Scoring") { core.scoring() }
            section("Load and save") { try core.loadAndSave() }
            section("Canvas (Diagram)") { core.canvas() }
            section("Typing (the run loop on the in-memory terminal, 120x40)") { core.typing() }
            section("Headless startup") { try core.headlessStartup() }
        }
        var pty: PtyReport?
        if !skipPty {
            print("\n## In a pty (120x40, TERM=xterm-256color)")
            pty = PtyBenchmarks(quick: quick, workDirectory: work, templatesDirectory: templatesDirectory, library: library,
                                template: template, mlsdPath: mlsdPath, vimPath: vimPath).run()
        }
        print("\n## Targets")
        for line in Targets.check(core: all, pty: pty) { print(line) }
        return 0
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}

/// The machine the run is on.
enum Machine {
    static var summary: String {
        let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
        return "\(ProcessInfo.processInfo.activeProcessorCount) CPUs (\(cpu))"
    }
}
