import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// On a real pty, a `TERM` the whiteboard cannot draw on is refused before ncurses starts:
/// one line from mlsd saying what is wrong and what to do, exit code 2, and no escape
/// sequences written (the screen was never taken).
@Suite struct TerminalTypeTests {
    static var available: Bool { BuiltProducts.missingReason("mlsd") == nil }

    /// Runs `mlsd` on a pty with `term` (nil: TERM unset); returns the exit code and the output.
    static func run(term: String?) throws -> (code: Int32?, output: String) {
        let mlsd = try #require(BuiltProducts.path("mlsd"))
        var env = IsolatedHome.environment
        env["LANG"] = "C.UTF-8"
        env["PATH"] = "/usr/bin:/bin"
        env["MLSD_TEMPLATES_DIR"] = TerminalSafetyTests.packageRoot + "/templates"
        if let term { env["TERM"] = term }
        let proc = try PtyProcess(mlsd, [], environment: env, width: 80, height: 24, keepOutput: true)
        let status = try #require(proc.wait(timeout: 10), "mlsd did not end with TERM=\(term ?? "unset")")
        return (PtyProcess.exitCode(status), String(decoding: proc.output, as: UTF8.self))
    }

    @Test(.enabled(if: TerminalTypeTests.available), arguments: [
        (nil, "TERM is not set"),
        ("dumb", "TERM=dumb cannot move the cursor"),
        ("no-such-terminal-xyz", "TERM=no-such-terminal-xyz is unknown to terminfo"),
    ] as [(String?, String)])
    func unusableTerminalGetsOneClearLineAndExitTwo(term: String?, expected: String) throws {
        let (code, output) = try Self.run(term: term)
        #expect(code == 2, "exit \(String(describing: code)): \(output)")
        let lines = output.split(whereSeparator: \.isNewline).filter { !$0.isEmpty }
        #expect(lines.count == 1, "\(output.debugDescription)")
        #expect(output.hasPrefix("mlsd: " + expected), "\(output.debugDescription)")
        #expect(!output.contains("\u{1b}"), "escape sequences written: \(output.debugDescription)")
    }
}
