import Foundation
#if canImport(Glibc)
import Glibc
#endif

struct TmuxError: Error { var message: String }

/// A tmux server on its own socket, for driving the real binary in a real terminal.
/// `close()` always kills the server.
final class Tmux {
    let socket: String
    private var closed = false

    /// Path of the tmux binary, or nil when tmux is not installed.
    static let path: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux", "/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    init(name: String) {
        socket = "mlsd-e2e-\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    /// Runs tmux with arguments on this socket; returns stdout. Spawned with posix_spawn and
    /// waited for with waitpid, output through a file: the tmux server forks from the first
    /// call, and Foundation's Process would wait for it (and a pipe would stay open).
    @discardableResult
    func run(_ args: [String]) throws -> String {
        let outPath = NSTemporaryDirectory() + "\(socket)-\(UInt32.random(in: 0...UInt32.max)).out"
        defer { unlink(outPath) }
        let argv = [Tmux.path!, "-L", socket, "-f", "/dev/null"] + args
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var cargs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for a in cargs { free(a) } }
        // Start tmux (and so the app) with default signal handling and nothing blocked, as a
        // shell would, whatever the test runner did to its own signals.
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attr, &none)
        posix_spawnattr_setsigdefault(&attr, &all)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, argv[0], &actions, &attr, &cargs, environ)
        guard rc == 0 else { throw TmuxError(message: "cannot run tmux: \(String(cString: strerror(rc)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    }

    /// Starts a detached session running `command` (through sh) in a width×height window.
    func start(_ command: String, width: Int = 120, height: Int = 40, environment: [String: String] = [:]) throws {
        var args = ["new-session", "-d", "-s", "e2e", "-x", "\(width)", "-y", "\(height)"]
        for (k, v) in IsolatedHome.environment.merging(environment, uniquingKeysWith: { _, given in given }) {
            args += ["-e", "\(k)=\(v)"]
        }
        try run(args + [command])
    }

    /// Types text literally.
    func type(_ text: String) throws { try run(["send-keys", "-t", "e2e", "-l", text]) }

    /// Sends keys by tmux name (`C-s`, `Enter`, `F1`).
    func keys(_ names: String...) throws { try run(["send-keys", "-t", "e2e"] + names) }

    /// The visible screen as text.
    func capture() -> String { (try? run(["capture-pane", "-p", "-t", "e2e"])) ?? "" }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", "e2e", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The pid of the pane's first process (the sh running the command).
    func panePID() throws -> Int32? {
        Int32(try run(["display-message", "-p", "-t", "e2e", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The pid of the tmux server.
    func serverPID() throws -> Int32? {
        Int32(try run(["display-message", "-p", "-t", "e2e", "#{pid}"]).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Polls the screen until `predicate` holds or `timeout` seconds pass; returns the last screen.
    @discardableResult
    func waitFor(timeout: Double = 10, _ predicate: (String) -> Bool) -> (ok: Bool, screen: String) {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = capture()
        while !predicate(screen) {
            if Date() > deadline { return (false, screen) }
            usleep(50_000)
            screen = capture()
        }
        return (true, screen)
    }

    func close() {
        guard !closed else { return }
        closed = true
        _ = try? run(["kill-server"])
        // A server killed outright leaves its socket file behind.
        let dir = ProcessInfo.processInfo.environment["TMUX_TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        unlink("\(dir)/tmux-\(getuid())/\(socket)")
    }

    deinit { close() }
}

/// Polls a condition with a bounded timeout.
func eventually(timeout: Double = 10, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while !condition() {
        if Date() > deadline { return false }
        usleep(50_000)
    }
    return true
}
