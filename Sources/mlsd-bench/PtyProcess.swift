import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program running on a new pseudo-terminal, with a `ScreenEmulator` fed everything it
/// writes. Used by the benchmark (startup, key-to-screen latency, bytes per key, RSS) and, via
/// a symbolic link, by the end-to-end terminal-safety tests.
final class PtyProcess {
    struct StartError: Error, CustomStringConvertible { var description: String }

    let pid: pid_t
    let master: Int32
    private(set) var screen: ScreenEmulator
    /// Every byte the program wrote, when `keepOutput` was set.
    private(set) var output: [UInt8] = []
    private(set) var bytesRead = 0
    /// When the last output arrived.
    private(set) var lastOutputAt = ContinuousClock.now
    private let keepOutput: Bool
    private var exitStatus: Int32?

    /// Starts `path` with `arguments` on a `width`×`height` pty. `environment` replaces the
    /// environment (TERM and LANG are set by the caller).
    init(_ path: String, _ arguments: [String], environment: [String: String], width: Int, height: Int,
         keepOutput: Bool = false) throws {
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }
        var ws = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        var fd: Int32 = -1
        let child = forkpty(&fd, nil, nil, &ws)
        if child == 0 {
            // In the child only async-signal-safe calls. The parent (a test runner, say) may
            // block or ignore signals, and both survive exec: start the program clean.
            var none = sigset_t()
            sigemptyset(&none)
            sigprocmask(SIG_SETMASK, &none, nil)
            for sig: Int32 in 1..<32 where sig != SIGKILL && sig != SIGSTOP { _ = Glibc.signal(sig, SIG_DFL) }
            execve(path, argv, envp)
            _exit(127)
        }
        guard child > 0 else { throw StartError(description: "forkpty failed: \(String(cString: strerror(errno)))") }
        pid = child
        master = fd
        screen = ScreenEmulator(width: width, height: height)
        self.keepOutput = keepOutput
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        if exitStatus == nil { Glibc.kill(pid, SIGKILL); _ = wait(timeout: 5) }
        close(master)
    }

    /// Writes bytes to the program's input.
    func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(master, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { usleep(1000); continue }
                return
            }
            offset += n
        }
    }

    func send(_ text: String) { send(Array(text.utf8)) }

    /// Reads whatever output arrives within `timeout` seconds (returns at the first chunk).
    /// Returns false when nothing came or the program closed the pty.
    @discardableResult
    func pump(timeout: Double) -> Bool {
        var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let r = poll(&p, 1, Int32(max(0, timeout * 1000)))
        guard r > 0 else { return false }
        var got = false
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(master, &chunk, chunk.count)
            if n <= 0 { break }
            got = true
            bytesRead += n
            lastOutputAt = .now
            if keepOutput { output += chunk[..<n] }
            screen.feed(chunk[..<n])
            if !screen.replies.isEmpty { send(screen.replies); screen.replies = [] }
        }
        return got
    }

    /// Reads output until `condition` holds for the screen; false after `timeout` seconds.
    func waitFor(timeout: Double, _ condition: (ScreenEmulator) -> Bool) -> Bool {
        let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
        while !condition(screen) {
            let left = deadline - .now
            if left <= .zero { return false }
            if !pump(timeout: min(0.05, Double(left.components.seconds) + Double(left.components.attoseconds) / 1e18)) {
                if hasExited() && !pump(timeout: 0) { return condition(screen) }
            }
        }
        return true
    }

    /// Reads output until none has come for `quiet` seconds (at most `limit` seconds).
    func waitQuiet(_ quiet: Double, limit: Double = 5) {
        let end = ContinuousClock.now + .milliseconds(Int(limit * 1000))
        while ContinuousClock.now < end {
            if !pump(timeout: quiet) { return }
        }
    }

    /// Tells the program the terminal changed size (the kernel sends it SIGWINCH).
    func resize(width: Int, height: Int) {
        var ws = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &ws)
        screen.resize(width: width, height: height)
    }

    /// The pty's terminal settings now (shared by both ends on Linux).
    func termios() -> Glibc.termios {
        var t = Glibc.termios()
        tcgetattr(master, &t)
        return t
    }

    func signal(_ sig: Int32) { Glibc.kill(pid, sig) }

    /// True once the program has ended (reaps it).
    func hasExited() -> Bool {
        if exitStatus != nil { return true }
        var raw: Int32 = 0
        if waitpid(pid, &raw, WNOHANG) == pid { exitStatus = raw; return true }
        return false
    }

    /// Waits up to `timeout` seconds for the program to end, reading its output meanwhile.
    /// Returns the raw wait status, or nil if it is still running.
    func wait(timeout: Double) -> Int32? {
        let end = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
        while !hasExited() {
            if ContinuousClock.now > end { return nil }
            pump(timeout: 0.02)
        }
        while pump(timeout: 0) {}
        return exitStatus
    }

    /// Exit code when it exited normally.
    static func exitCode(_ raw: Int32) -> Int32? { (raw & 0x7F) == 0 ? (raw >> 8) & 0xFF : nil }
    /// The signal that ended it, if one did.
    static func termSignal(_ raw: Int32) -> Int32? { (raw & 0x7F) != 0 && (raw & 0x7F) != 0x7F ? raw & 0x7F : nil }

    /// Peak resident set size (VmHWM) in bytes, while the program runs.
    func peakRSS() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
        let kb = line.split(separator: " ").compactMap { Int($0) }.first
        return kb.map { $0 * 1024 }
    }
}
