import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child process with its stdout on a pipe, for tests that must kill it at chosen moments.
final class SpawnedProcess {
    struct SpawnError: Error, CustomStringConvertible {
        var description: String
    }

    /// How the process ended.
    struct Status: CustomStringConvertible {
        var exitCode: Int32?
        var signalled: Int32?
        var description: String { signalled.map { "killed by signal \($0)" } ?? "exited with \(exitCode ?? -1)" }
    }

    let pid: pid_t
    private let output: Int32
    private var buffered: [UInt8] = []
    private var status: Status?

    /// Starts `path` with `arguments`; stdin is /dev/null, stderr is inherited.
    init(_ path: String, _ arguments: [String], environment: [String: String]? = nil) throws {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw SpawnError(description: "pipe failed") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let env = (environment ?? IsolatedHome.overlay()).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { env.forEach { free($0) } }
        var child: pid_t = 0
        let rc = posix_spawn(&child, path, &actions, nil, argv, env)
        close(fds[1])
        guard rc == 0 else {
            close(fds[0])
            throw SpawnError(description: "cannot start \(path): \(String(cString: strerror(rc)))")
        }
        pid = child
        output = fds[0]
    }

    deinit {
        if status == nil { Glibc.kill(pid, SIGKILL); _ = wait() }
        close(output)
    }

    /// The next line of stdout (without the newline); throws after `timeout` seconds or at end of output.
    func readLine(timeout: Double) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let nl = buffered.firstIndex(of: 0x0A) {
                let line = String(decoding: buffered[..<nl], as: UTF8.self)
                buffered.removeSubrange(...nl)
                return line
            }
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { throw SpawnError(description: "no line from pid \(pid) within \(timeout) s") }
            var p = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            let r = poll(&p, 1, Int32(left * 1000) + 1)
            if r < 0 && errno == EINTR { continue }
            if r <= 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let n = read(output, &chunk, chunk.count)
            if n <= 0 { throw SpawnError(description: "pid \(pid) closed its output") }
            buffered += chunk[..<n]
        }
    }

    /// Sends `signal`.
    func kill(_ signal: Int32) { _ = Glibc.kill(pid, signal) }

    /// Waits for the process to end.
    @discardableResult
    func wait() -> Status {
        if let status { return status }
        var raw: Int32 = 0
        while waitpid(pid, &raw, 0) < 0 && errno == EINTR {}
        // WIFSIGNALED / WTERMSIG / WEXITSTATUS are macros Swift cannot import.
        let s = (raw & 0x7F) != 0 && (raw & 0x7F) != 0x7F ? Status(exitCode: nil, signalled: raw & 0x7F) : Status(exitCode: (raw >> 8) & 0xFF, signalled: nil)
        status = s
        return s
    }
}
