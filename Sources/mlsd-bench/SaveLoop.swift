import Foundation
import WhiteboardCore
import WhiteboardStore

/// `mlsd-bench save-loop FILE [--count N]`: saves a session to FILE over and over (forever
/// unless `--count`), for the crash-safety test that kills it with SIGKILL at random moments.
///
/// On start it removes stale temp files beside FILE, as the whiteboard does, and prints
/// `removed N stale temp files`; after the first complete save it prints `ready`.
/// Save number `n` has the title `save-loop n`; every step's text is the token `n ` repeated,
/// and its `secondsSpent` is the text's length in bytes, so a reader can tell a whole save
/// from a torn or mixed one. Text sizes vary between saves (1 KB to about 200 KB).
enum SaveLoop {
    static func run(_ arguments: [String]) -> Int32 {
        guard let file = arguments.first else {
            printError("usage: mlsd-bench save-loop FILE [--count N]")
            return 2
        }
        var count = Int.max
        if let i = arguments.firstIndex(of: "--count"), i + 1 < arguments.count, let n = Int(arguments[i + 1]) { count = n }
        let dir = URL(fileURLWithPath: file).deletingLastPathComponent().path
        let removed = SessionStore.removeStaleTempFiles(in: dir)
        printNow("removed \(removed.count) stale temp files")
        var n = 1
        while n <= count {
            do {
                try SessionStore.save(session(number: n), to: file)
            } catch {
                printError("\(error)")
                return 1
            }
            if n == 1 { printNow("ready") }
            n += 1
        }
        return 0
    }

    /// Save number `n`.
    static func session(number n: Int) -> Session {
        let created = Date(timeIntervalSince1970: 1_800_000_000)
        var steps: [StepID: StepEntry] = [:]
        for (i, step) in StepID.allCases.enumerated() {
            let repeats = 1 + ((n &* 7919 &+ i &* 104_729) % 20_000) / (i + 1)
            let text = String(repeating: "\(n) ", count: repeats)
            steps[step] = StepEntry(text: text, secondsSpent: text.utf8.count)
        }
        return Session(id: "save-loop", problem: "crash-safety", title: "save-loop \(n)", createdAt: created,
                       steps: steps)
    }
}

/// Writes one line to stdout at once (unbuffered: the reader may be waiting for it).
func printNow(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// Prints one line to stderr.
func printError(_ line: String) {
    FileHandle.standardError.write(Data(("mlsd-bench: " + line + "\n").utf8))
}
