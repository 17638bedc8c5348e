import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program in the terminal's foreground process group and waits for it. Foundation's
/// `Process` starts children in a process group of their own, which the terminal treats as
/// background: an editor such as vim then cannot read the tty (SIGTTIN, EIO) and exits with
/// status 1. Here the child stays in mlsd's group, the foreground one, with default signal
/// handling and no signals blocked, as a shell would start it.
public enum ForegroundProcess {
    /// Runs `argv` (argv[0] is the executable's path) and returns its exit status, 128 + the
    /// signal number if a signal ended it, or -1 if it could not be started.
    public static func run(_ argv: [String]) -> Int32 {
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attr, &none)
        posix_spawnattr_setsigdefault(&attr, &all)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var cargs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for a in cargs { free(a) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, argv[0], nil, &attr, &cargs, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return -1 }
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG by hand: Glibc's macros are not imported.
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}
